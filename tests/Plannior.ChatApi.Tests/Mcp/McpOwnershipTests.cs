using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Mcp;

/// <summary>API.md: over MCP the acting user is always the token's; another user's tasks are out of reach.</summary>
public sealed class McpOwnershipTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Theory]
    [InlineData("complete_task")]
    [InlineData("delete_task")]
    [InlineData("update_task")]
    public async Task Another_users_task_is_not_found_and_stays_unchanged(string tool)
    {
        var alice = await factory.NewUserAsync();
        var alicesTask = await alice.NewTaskAsync(new { title = "Alice's secret", priority = "high" });
        var bob = await factory.NewUserAsync();
        await using var bobsMcp = await factory.ConnectMcpAsync(bob);

        var result = await bobsMcp.CallAsync(tool, new { task_id = alicesTask.Id(), title = "Pwned by Bob" });

        Assert.True(result.IsError);
        Assert.Contains("no task", result.Json().Str("error"));
        Assert.True(JsonNode.DeepEquals(alicesTask, await alice.GetTaskAsync(alicesTask.Id())));
    }

    [Fact]
    public async Task Listing_never_shows_another_users_tasks()
    {
        var alice = await factory.NewUserAsync();
        await alice.NewTaskAsync(new { title = "Alice's groceries", tags = new[] { "shop" } });
        var bob = await factory.NewUserAsync();
        var bobsTask = await bob.NewTaskAsync(new { title = "Bob's groceries", tags = new[] { "shop" } });
        await using var bobsMcp = await factory.ConnectMcpAsync(bob);

        var everything = (await bobsMcp.CallAsync("list_tasks", new { })).Json().AsArray();
        var searched = (await bobsMcp.CallAsync("list_tasks", new { query = "groceries", tag = "shop", status = "all" })).Json().AsArray();

        Assert.Equal([bobsTask.Id()], everything.Select(task => task!.Id()));
        Assert.Equal([bobsTask.Id()], searched.Select(task => task!.Id()));
    }

    [Theory]
    [InlineData("add_task")]
    [InlineData("list_tasks")]
    [InlineData("complete_task")]
    public async Task A_user_id_argument_that_is_not_the_tokens_user_is_refused(string tool)
    {
        var alice = await factory.NewUserAsync();
        var alicesTask = await alice.NewTaskAsync(new { title = "Alice's plan" });
        var bob = await factory.NewUserAsync();
        await using var bobsMcp = await factory.ConnectMcpAsync(bob);

        var refused = await bobsMcp.CallAsync(tool, new { user_id = alice.UserId, title = "Planted", task_id = alicesTask.Id() });
        var own = await bobsMcp.CallAsync("list_tasks", new { user_id = bob.UserId });

        Assert.True(refused.IsError);
        Assert.Contains("Refused", refused.Json().Str("error"));
        Assert.False((await alice.GetTaskAsync(alicesTask.Id()))["completed"]!.GetValue<bool>());
        Assert.Equal(["Alice's plan"], (await alice.ListTasksAsync()).Titles());
        Assert.Equal(0, (await bob.ListTasksAsync()).Int("total_count"));
        Assert.NotEqual(true, own.IsError);
        Assert.Empty(own.Json().AsArray());
    }
}
