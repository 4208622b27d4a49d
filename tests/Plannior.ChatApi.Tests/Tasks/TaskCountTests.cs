using System.Net;
using Npgsql;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// The list's <c>total_count</c> for all, pending and completed tasks comes from task_counts, kept by triggers;
/// whatever changes the tasks (the API, or SQL straight to the table), it must equal the tasks the user has.
/// </summary>
public sealed class TaskCountTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Totals_follow_every_kind_of_change(int seed)
    {
        var api = await factory.NewUserAsync();
        var random = new Random(seed);
        var tasks = new Dictionary<int, bool>(); // id → completed
        for (var step = 0; step < 40; step++)
        {
            var ids = tasks.Keys.ToList();
            var id = ids.Count > 0 ? ids[random.Next(ids.Count)] : 0;
            switch (ids.Count == 0 ? 0 : random.Next(7))
            {
                case 0 or 1:
                    tasks[(await api.NewTaskAsync(new { title = $"task {step}" })).Id()] = false;
                    break;
                case 2:
                    await api.CompleteTaskAsync(id);
                    tasks[id] = true;
                    break;
                case 3:
                    (await api.PostAsync($"{api.TaskPath(id)}/reopen")).AssertStatus(HttpStatusCode.OK);
                    tasks[id] = false;
                    break;
                case 4:
                    var completed = random.Next(2) == 0;
                    (await api.PatchAsync(api.TaskPath(id), new { completed })).AssertStatus(HttpStatusCode.OK);
                    tasks[id] = completed;
                    break;
                case 5:
                    (await api.DeleteAsync(api.TaskPath(id))).AssertStatus(HttpStatusCode.NoContent);
                    tasks.Remove(id);
                    break;
                default:
                    // Straight to the table, as an operator or an import would: the triggers count these too.
                    if (random.Next(2) == 0)
                    {
                        await ExecuteAsync($"DELETE FROM tasks WHERE id = {id}");
                        tasks.Remove(id);
                    }
                    else
                    {
                        await ExecuteAsync($"UPDATE tasks SET completed = NOT completed, completed_at = CASE WHEN completed THEN NULL ELSE now() END WHERE id = {id}");
                        tasks[id] = !tasks[id];
                    }
                    break;
            }

            Assert.Equal(tasks.Count, (await api.ListTasksAsync()).Int("total_count"));
            Assert.Equal(tasks.Count(task => !task.Value), (await api.ListTasksAsync("status=pending")).Int("total_count"));
            Assert.Equal(tasks.Count(task => task.Value), (await api.ListTasksAsync("status=completed")).Int("total_count"));
        }
        // A page past the end still reports the total.
        Assert.Equal(tasks.Count, (await api.ListTasksAsync($"offset={tasks.Count + 5}")).Int("total_count"));
    }

    [Fact]
    public async Task Concurrent_creates_are_each_counted()
    {
        var api = await factory.NewUserAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => api.NewTaskAsync(new { title = $"parallel {i}" })));

        Assert.Equal(20, (await api.ListTasksAsync()).Int("total_count"));
        Assert.Equal(20, (await api.ListTasksAsync("status=pending")).Int("total_count"));
    }

    [Fact]
    public async Task A_user_without_tasks_counts_zero_and_a_deleted_account_leaves_no_count()
    {
        var api = await factory.NewUserAsync();
        Assert.Equal(0, (await api.ListTasksAsync()).Int("total_count"));
        Assert.Equal(0, (await api.ListTasksAsync("status=completed")).Int("total_count"));

        await api.NewTaskAsync(new { title = "Only one" });
        (await api.DeleteAsync("/api/auth/me", new { password = "correct horse battery" })).AssertStatus(HttpStatusCode.NoContent);

        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM task_counts WHERE user_id = '{api.UserId}'"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
