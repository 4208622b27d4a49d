namespace Plannior.ChatApi.Tests.Offline;

using System.Text.Json;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Offline;
using Xunit;

// How the client reads what the pipeline hands it: context properties, and tool results in every shape.
public sealed class ClientContractTests
{
    private static async Task<ChatResponse> AfterTool(string userText, string tool, IDictionary<string, object?> args, object? result)
    {
        using var client = new OfflineChatClient();
        var call = new FunctionCallContent("c1", tool, args);
        return await client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.User, userText),
            new ChatMessage(ChatRole.Assistant, [call]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", result)]),
        ], OfflineHarness.Options());
    }

    public static TheoryData<object?> DeletedResults() => new()
    {
        JsonSerializer.SerializeToElement(new { task_id = 4, status = "deleted", title = "Team meeting" }),
        """{"task_id": 4, "status": "deleted", "title": "Team meeting"}""",
        new Dictionary<string, object?> { ["taskId"] = 4, ["status"] = "deleted", ["title"] = "Team meeting" },
    };

    [Theory]
    [MemberData(nameof(DeletedResults))]
    public async Task Tool_results_are_read_as_json_elements_json_text_or_objects(object? result)
    {
        var response = await AfterTool("delete task 4", "delete_task", new Dictionary<string, object?> { ["task_id"] = 4 }, result);

        Assert.Equal("Deleted \"Team meeting\" (#4).", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
    }

    [Fact]
    public async Task A_bare_array_is_accepted_as_a_list_result()
    {
        var response = await AfterTool("show my tasks", "list_tasks", new Dictionary<string, object?>(),
            """[{"id": 2, "title": "Call mom", "completed": false, "priority": "high", "due_at": null}]""");

        Assert.Equal("You have 1 task:\n• #2 Call mom — high priority", response.Text);
    }

    [Fact]
    public async Task An_error_result_is_explained_kindly()
    {
        var response = await AfterTool("add a task to call mom on 31 february", "add_task", new Dictionary<string, object?> { ["title"] = "Call mom" },
            """{"error": "due_at is not a valid date", "code": "invalid_date"}""");

        Assert.Equal("Sorry, I couldn't add that task: due_at is not a valid date.", response.Text);
    }

    [Fact]
    public async Task Without_context_it_uses_the_clock_in_utc_and_detects_the_language()
    {
        using var client = new OfflineChatClient(new FixedClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "kal shaam 5 baje doodh lena hai, add karo")]);

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("2026-03-03T17:00:00+00:00", call.Arguments!["due_at"]);
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
    }

    [Fact]
    public async Task Now_given_as_text_is_moved_into_the_users_zone()
    {
        using var client = new OfflineChatClient();
        var options = new ChatOptions
        {
            AdditionalProperties = new()
            {
                [OfflineAssistantContext.NowKey] = "2026-07-01T02:00:00Z",
                [OfflineAssistantContext.TimeZoneKey] = "America/New_York",
            },
        };

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "remind me to call the bank tomorrow at 9am")], options);

        // 02:00 UTC is still 30 June in New York, in daylight time
        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("2026-07-01T09:00:00-04:00", call.Arguments!["due_at"]);
    }

    [Fact]
    public async Task Dates_across_a_daylight_saving_change_take_that_days_offset()
    {
        using var client = new OfflineChatClient();
        var options = new ChatOptions
        {
            AdditionalProperties = new()
            {
                [OfflineAssistantContext.NowKey] = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1)),
                [OfflineAssistantContext.TimeZoneKey] = "Europe/Berlin",
            },
        };

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "add renew passport on 15 april")], options);

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("2026-04-15T09:00:00+02:00", call.Arguments!["due_at"]);
    }

    [Fact]
    public void It_describes_itself_as_a_chat_client()
    {
        using IChatClient client = new OfflineChatClient();

        Assert.Equal(OfflineAssistantContext.ModelId, client.GetService<ChatClientMetadata>()?.DefaultModelId);
        Assert.Same(client, client.GetService<OfflineChatClient>());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
