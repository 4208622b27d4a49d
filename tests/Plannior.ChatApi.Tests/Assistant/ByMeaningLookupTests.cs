using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// A task named by meaning ("the plants are watered") is found by its content words in the database, among all of the
/// user's tasks, not only among a first page of them; and never among another user's.
/// </summary>
public sealed class ByMeaningLookupTests(AssistantFixture fixture) : IClassFixture<AssistantFixture>
{
    [Theory]
    [InlineData("the plants are watered")]
    [InlineData("پودوں کو پانی دے دیا")]
    public async Task A_task_named_by_meaning_is_found_behind_many_sooner_tasks(string said)
    {
        var user = await fixture.NewUserAsync();
        var stranger = await fixture.NewUserAsync();
        // more sooner tasks than any page the assistant reads, so only the database's word search reaches the one meant
        foreach (var n in Enumerable.Range(1, 120))
        {
            await user.NewTaskAsync(new { title = $"Errand {n}", due_at = AssistantFixture.Now.AddHours(n).ToString("O") });
        }
        var plants = (await user.NewTaskAsync(new { title = "Water the plants", due_at = AssistantFixture.Now.AddDays(30).ToString("O") })).Id();
        var strangers = (await stranger.NewTaskAsync(new { title = "Water the plants", due_at = AssistantFixture.Now.AddDays(1).ToString("O") })).Id();

        var reply = await user.PostAsync($"/api/{user.UserId}/chat", new { message = said });

        Assert.True(reply.Body!["tool_calls"]!.AsArray().Any(c => c!["name"]!.GetValue<string>() == "complete_task"), reply.Text);
        Assert.True((await user.GetAsync($"/api/{user.UserId}/tasks/{plants}")).Body!["completed"]!.GetValue<bool>(), reply.Text);
        Assert.False((await stranger.GetAsync($"/api/{stranger.UserId}/tasks/{strangers}")).Body!["completed"]!.GetValue<bool>());
    }
}
