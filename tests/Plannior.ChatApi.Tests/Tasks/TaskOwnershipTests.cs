using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>API.md: another user's task is a 404, indistinguishable from one that does not exist, and stays untouched.</summary>
public sealed class TaskOwnershipTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Theory]
    [InlineData("GET", "")]
    [InlineData("PATCH", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/complete")]
    [InlineData("POST", "/reopen")]
    public async Task Another_users_task_is_a_404_like_a_missing_one(string method, string suffix)
    {
        var alice = await factory.NewUserAsync();
        var bob = await factory.NewUserAsync();
        var alicesTask = await alice.NewTaskAsync(new
        {
            title = "Alice's secret", priority = "high", recurrence = "FREQ=DAILY", due_at = DateTimeOffset.UtcNow.AddDays(2).Iso(),
        });
        var body = method == "PATCH" ? new { title = "Pwned by Bob", completed = true } : null;

        var foreign = await bob.SendAsync(new HttpMethod(method), bob.TaskPath(alicesTask.Id()) + suffix, body);
        var missing = await bob.SendAsync(new HttpMethod(method), bob.TaskPath(int.MaxValue) + suffix, body);

        foreign.AssertProblem(HttpStatusCode.NotFound);
        missing.AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(missing.Body!.Str("title"), foreign.Body!.Str("title"));
        var after = await alice.GetTaskAsync(alicesTask.Id());
        Assert.True(JsonNode.DeepEquals(alicesTask, after), $"{alicesTask.ToJsonString()} vs {after.ToJsonString()}");
        Assert.Single((await alice.ListTasksAsync()).Ids());
    }

    [Fact]
    public async Task Listing_and_stats_only_see_the_users_own_tasks()
    {
        var alice = await factory.NewUserAsync();
        var bob = await factory.NewUserAsync();
        await alice.NewTaskAsync(new { title = "Shared word", tags = new[] { "common" } });
        var bobsTask = await bob.NewTaskAsync(new { title = "Shared word", tags = new[] { "common" } });

        var bobsList = await bob.ListTasksAsync("q=shared&tag=common");
        var bobsStats = (await bob.GetAsync($"{bob.TasksPath()}/stats")).Body!;

        Assert.Equal([bobsTask.Id()], bobsList.Ids());
        Assert.Equal(1, bobsList.Int("total_count"));
        Assert.Equal(1, bobsStats.Int("total"));
    }
}
