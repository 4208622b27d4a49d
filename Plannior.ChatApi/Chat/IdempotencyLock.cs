using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Plannior.ChatApi.Chat;

/// <summary>
/// A Postgres advisory lock on (user, client_message_id), held for a whole chat turn, so a duplicate that
/// arrives while the first copy is still running waits for its reply instead of running the tools again —
/// across every ChatApi instance, with no server memory.
/// </summary>
public sealed class IdempotencyLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private IdempotencyLock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<IdempotencyLock> AcquireAsync(
        string connectionString, Guid userId, string clientMessageId, CancellationToken cancellationToken)
    {
        var key = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}:{clientMessageId}")));
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // A transaction-scoped lock is released by the rollback below even if this instance dies mid-turn.
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new IdempotencyLock(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        finally
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
