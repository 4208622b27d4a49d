using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Plannior.ChatApi.Data;

/// <summary>
/// Applies the EF Core migrations before the server starts listening, so no request and no health probe
/// ever sees an old schema. Several instances starting together take turns: one migrates, the others wait for it
/// and then find nothing to do.
/// </summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseReadiness readiness, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    /// <summary>
    /// The PostgreSQL advisory lock every ChatApi instance takes around its migration: "plannior" in ASCII, a key
    /// nothing else on the server uses. A session lock, released when its connection closes, so an instance that
    /// dies mid-migration never leaves the others waiting.
    /// </summary>
    public const long MigrationLockKey = 0x706C616E6E696F72;

    private const int StartupRetries = 6;
    private static readonly TimeSpan StartupMaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Telemetry.ActivitySource.StartActivity("Migrate database");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanniorDbContext>();
        // Requests get a budget of seconds; start-up may wait about a minute for a database still coming up, and a
        // migration may run longer than any request's command.
        db.Database.SetCommandTimeout(MigrationCommandTimeout);
        var strategy = new NpgsqlRetryingExecutionStrategy(db, StartupRetries, StartupMaxRetryDelay, errorCodesToAdd: null);
        await strategy.ExecuteAsync(db, MigrateUnderLockAsync, cancellationToken);
        readiness.MarkMigrated();
        logger.LogInformation("Database schema is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> MigrateUnderLockAsync(PlanniorDbContext db, CancellationToken cancellationToken)
    {
        // A connection of its own, outside the pool: the lock must outlive whatever connections EF opens and closes
        // while migrating, and go away with this connection, never stay behind on a pooled one.
        var unpooled = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        await using var lockConnection = new NpgsqlConnection(unpooled.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                logger.LogInformation("No migration to apply");
                return true;
            }
            logger.LogInformation("Applying {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
            return true;
        }
        finally
        {
            if (lockConnection.State == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(lockConnection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)MigrationCommandTimeout.TotalSeconds };
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Set once the schema is migrated; the database health check reports unhealthy until then.</summary>
internal sealed class DatabaseReadiness
{
    private volatile bool migrated;

    public bool IsMigrated => migrated;

    public void MarkMigrated() => migrated = true;
}
