using System.Net;
using System.Text.Json;
using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests.EndToEnd;

[Collection(PlanniorSystemCollection.Name)]
public sealed class SystemTests(PlanniorSystemFixture system)
{
    [Theory]
    [InlineData("chat-api", "database")]
    [InlineData("gateway", "chat-api")]
    [InlineData("web", null)]
    public async Task Every_service_reports_its_health(string resource, string? requiredCheck)
    {
        using var http = system.Host.CreateHttpClient(resource);

        var health = await GatewayClient.ExpectAsync(await http.GetAsync("/health"), HttpStatusCode.OK);

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.StartsWith("Plannior ", health.GetProperty("service").GetString());
        Assert.False(string.IsNullOrWhiteSpace(health.GetProperty("version").GetString()));
        var checks = health.GetProperty("checks");
        Assert.Equal(JsonValueKind.Object, checks.ValueKind);
        if (requiredCheck is not null)
        {
            Assert.Equal("healthy", checks.GetProperty(requiredCheck).GetString());
        }

        using var alive = await http.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task A_new_user_creates_a_task_and_finds_it_in_the_list_through_the_gateway()
    {
        var gateway = new GatewayClient(system.Host.CreateHttpClient("gateway"));

        var account = await gateway.SignUpAsync(GatewayClient.NewEmail());
        var taskId = await gateway.CreateTaskAsync(account, "Buy milk");
        var tasks = await gateway.ListTasksAsync(account);

        Assert.Equal(1, tasks.GetProperty("total_count").GetInt32());
        var task = Assert.Single(tasks.GetProperty("items").EnumerateArray());
        Assert.Equal(taskId, task.GetProperty("id").GetInt64());
        Assert.Equal("Buy milk", task.GetProperty("title").GetString());
        Assert.Equal("high", task.GetProperty("priority").GetString());
        Assert.False(task.GetProperty("completed").GetBoolean());
    }
}
