using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests.EndToEnd;

/// <summary>The postgres resource's dashboard commands, run the way the dashboard runs them.</summary>
[Collection(PlanniorSystemCollection.Name)]
public sealed class BackupCommandTests(PlanniorSystemFixture system)
{
    [Fact]
    public async Task Restore_latest_backup_brings_back_a_task_deleted_after_Back_up_now()
    {
        var gateway = new GatewayClient(system.Host.CreateHttpClient("gateway"));
        var account = await gateway.SignUpAsync(GatewayClient.NewEmail());
        var taskId = await gateway.CreateTaskAsync(account, "Renew the passport");

        var backedUp = await ExecuteAsync("back-up");
        Assert.True(backedUp.Success, backedUp.Message);
        Assert.Contains("Backed up 'plannior'", backedUp.Message);

        await gateway.DeleteTaskAsync(account, taskId);
        Assert.Equal(0, (await gateway.ListTasksAsync(account)).GetProperty("total_count").GetInt32());

        var restored = await ExecuteAsync("restore-latest");
        Assert.True(restored.Success, restored.Message);

        var task = Assert.Single((await gateway.ListTasksAsync(account)).GetProperty("items").EnumerateArray());
        Assert.Equal(taskId, task.GetProperty("id").GetInt64());
        Assert.Equal("Renew the passport", task.GetProperty("title").GetString());
    }

    private Task<ExecuteCommandResult> ExecuteAsync(string command)
    {
        var postgres = system.Host.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == "postgres");
        return system.Host.App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(postgres, command);
    }
}
