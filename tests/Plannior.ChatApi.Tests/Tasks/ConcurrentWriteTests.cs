using System.Net;
using Npgsql;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>Two requests writing the same task at once: the one that loses the race is told so, never a 500.</summary>
public sealed class ConcurrentWriteTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Theory]
    [InlineData("DELETE", "")]
    [InlineData("PATCH", """{"title": "Renamed"}""")]
    public async Task A_write_to_a_task_deleted_meanwhile_is_a_409(string method, string body)
    {
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Contested" });

        // Another session holds the row, so the request reads the task and then waits to write it.
        await using var other = new NpgsqlConnection(factory.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await Execute(other, transaction, $"SELECT 1 FROM tasks WHERE id = {task.Id()} FOR UPDATE");
        var request = api.SendAsync(new HttpMethod(method), api.TaskPath(task.Id()), body.Length == 0 ? null : body);
        await Eventually.TrueAsync(() => WaitingOnLockAsync(), "the request waiting to write the task");
        // The other session deletes it first.
        await Execute(other, transaction, $"DELETE FROM tasks WHERE id = {task.Id()}");
        await transaction.CommitAsync();

        var response = await request.WaitAsync(TimeSpan.FromSeconds(30));

        response.AssertProblem(HttpStatusCode.Conflict);
        (await api.GetAsync(api.TaskPath(task.Id()))).AssertProblem(HttpStatusCode.NotFound);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<bool> WaitingOnLockAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
