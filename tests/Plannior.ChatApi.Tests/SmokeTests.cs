using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests;

public sealed class SmokeTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task Signed_up_user_creates_and_lists_a_task()
    {
        var api = await factory.CreateApiClient().SignUpAsync();

        var created = await api.CreateTaskAsync(new { title = "Buy groceries", priority = "high", tags = new[] { "Home" } });
        created.AssertStatus(HttpStatusCode.Created);
        Assert.Equal("Buy groceries", created.Body!["title"]!.GetValue<string>());
        Assert.Equal("high", created.Body["priority"]!.GetValue<string>());

        var list = await api.GetAsync($"/api/{api.UserId}/tasks");
        list.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(1, list.Body!["total_count"]!.GetValue<int>());
        Assert.Equal("home", list.Body["items"]![0]!["tags"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var health = await factory.CreateApiClient().GetAsync("/health");
        health.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("healthy", health.Body!["status"]!.GetValue<string>());
        Assert.Equal("Plannior ChatApi", health.Body["service"]!.GetValue<string>());
        Assert.Equal("healthy", health.Body["checks"]!["database"]!.GetValue<string>());
    }
}
