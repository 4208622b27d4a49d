using System.Text.Json;
using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests;

/// <summary>The local PostgreSQL keeps its data directory: what one AppHost run stored, the next one serves.</summary>
public sealed class LocalPostgresRestartTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("plannior-apphost-restart-");

    [Fact]
    public async Task Accounts_and_tasks_survive_an_AppHost_restart()
    {
        var email = GatewayClient.NewEmail();
        Account account;
        long taskId;

        await using (var first = await StartAsync())
        {
            var gateway = new GatewayClient(first.CreateHttpClient("gateway"));
            account = await gateway.SignUpAsync(email);
            taskId = await gateway.CreateTaskAsync(account, "Water the plants");
        }

        await using (var second = await StartAsync())
        {
            var gateway = new GatewayClient(second.CreateHttpClient("gateway"));
            var again = await gateway.LogInAsync(email);
            Assert.Equal(account.UserId, again.UserId);

            var tasks = await gateway.ListTasksAsync(again);
            var task = Assert.Single(tasks.GetProperty("items").EnumerateArray());
            Assert.Equal(taskId, task.GetProperty("id").GetInt64());
            Assert.Equal("Water the plants", task.GetProperty("title").GetString());
        }
    }

    public void Dispose() => _dataDirectory.Delete(recursive: true);

    // The whole model starts, as a user's restart would; only the gateway needs to be healthy for this test.
    private Task<TestAppHost> StartAsync() =>
        TestAppHost.StartAsync(_dataDirectory.FullName, StartTimeout, ["gateway"]);
}
