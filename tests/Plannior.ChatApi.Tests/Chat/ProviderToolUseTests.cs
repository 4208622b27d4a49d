using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>The OpenAI-compatible provider through the real ChatApi: what the model is shown, and what its tool calls do.</summary>
public sealed class ProviderToolUseTests : IClassFixture<ScriptedChatApiFactory>
{
    private static readonly string[] TaskTools = ["add_task", "complete_task", "delete_task", "list_tasks", "undo_last_change", "update_task"];

    private readonly ScriptedChatApiFactory factory;

    public ProviderToolUseTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task Model_adds_a_task_then_lists_tasks_and_the_reply_reports_each_call()
    {
        var api = await factory.NewUserAsync(timezone: "Asia/Karachi");
        Model.Enqueue(
            ScriptedReply.Call("add_task", new { title = "Buy milk", due_at = "2030-01-02T18:00:00", priority = "high", tags = new[] { "home" } }),
            ScriptedReply.Call("list_tasks", new { status = "pending" }),
            ScriptedReply.Text("Added \"Buy milk\" for 6 pm."));

        var reply = await api.ChatAsync("add buy milk on 2 January 2030 at 6pm, high priority");

        Assert.Equal("Added \"Buy milk\" for 6 pm.", reply.Str("response"));
        Assert.Equal("en", reply.Str("language"));
        var calls = reply.ToolCalls();
        Assert.Equal(["add_task", "list_tasks"], calls.Select(call => call!.Str("name")));
        Assert.Equal("Buy milk", calls[0]!["arguments"]!.Str("title"));
        Assert.Equal("pending", calls[1]!["arguments"]!.Str("status"));
        var created = calls[0]!["result"]!;
        Assert.Equal("created", created.Str("status"));
        var taskId = created.Int("task_id");
        Assert.Equal([taskId], calls[1]!["result"]!.AsArray().Select(task => task!.Id()));

        // The task is real: REST sees it, with the bare local time read in the user's zone (UTC+5).
        var task = await api.GetTaskAsync(taskId);
        Assert.Equal("Buy milk", task.Str("title"));
        Assert.Equal("high", task.Str("priority"));
        Assert.Equal(["home"], task.Strings("tags"));
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 13, 0, 0, TimeSpan.Zero), task.Instant("due_at"));
    }

    [Fact]
    public async Task Model_sees_the_users_clock_the_tool_schemas_and_each_tool_result()
    {
        var api = await factory.NewUserAsync(timezone: "Asia/Karachi");
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Call the bank" }), ScriptedReply.Text("Done."));
        var before = KarachiDate();

        await api.ChatAsync("remind me to call the bank");

        var requests = Model.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.Equal(ScriptedChatApiFactory.PrimaryModel, request.Model));
        Assert.All(requests, request => Assert.False(request.Streaming));
        var first = requests[0];
        Assert.Contains("Asia/Karachi", first.SystemPrompt);
        Assert.Contains("UTC+05:00", first.SystemPrompt);
        Assert.True(first.SystemPrompt.Contains(before, StringComparison.Ordinal) || first.SystemPrompt.Contains(KarachiDate(), StringComparison.Ordinal),
            $"The prompt should carry the user's local date ({before}): {first.SystemPrompt}");
        Assert.Equal(("user", "remind me to call the bank"), first.Transcript[^1]);
        Assert.Equal(TaskTools, first.ToolNames.Order());
        Assert.Contains("title", first.ToolSchema("add_task")["required"]!.AsArray().Select(name => name!.GetValue<string>()));
        Assert.NotNull(first.ToolSchema("complete_task")["properties"]!["task_id"]);

        // The second round carries the call and its result back to the model.
        var transcript = requests[1].Transcript;
        Assert.Contains(transcript, message => message.Role == "assistant" && message.Text.Contains("add_task", StringComparison.Ordinal));
        var toolResult = Assert.Single(transcript, message => message.Role == "tool").Text;
        var result = System.Text.Json.Nodes.JsonNode.Parse(toolResult)!;
        Assert.Equal(("created", "Call the bank"), (result.Str("status"), result.Str("title")));
    }

    [Fact]
    public async Task Earlier_turns_with_their_tool_calls_are_sent_as_history()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Water the plants" }), ScriptedReply.Text("Added it."));
        var first = await api.ChatAsync("add water the plants");
        Model.Enqueue(ScriptedReply.Text("You have one task."));

        await api.ChatAsync("what do I have?", first.Str("conversation_id"));

        var transcript = Model.Requests[^1].Transcript;
        var roles = transcript.Select(message => message.Role).ToList();
        Assert.Equal(["system", "user", "assistant", "tool", "assistant", "user"], roles);
        Assert.Equal("add water the plants", transcript[1].Text);
        Assert.Contains("add_task", transcript[2].Text);
        Assert.Contains("Water the plants", transcript[3].Text);
        Assert.Equal("Added it.", transcript[4].Text);
        Assert.Equal("what do I have?", transcript[5].Text);
    }

    [Fact]
    public async Task A_tool_error_goes_back_to_the_model_which_explains_it()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(
            ScriptedReply.Calls(
                ScriptedToolCall.Of("complete_task", new { task_id = 987654 }),
                ScriptedToolCall.Of("add_task", new { title = "Dentist", due_at = "next-ish tuesday" })),
            ScriptedReply.Text("I could not find that task, and the date was unclear."));

        var response = await api.SendChatAsync("complete task 987654 and add dentist next-ish tuesday");

        response.AssertStatus(HttpStatusCode.OK);
        var calls = response.Body!.ToolCalls();
        Assert.Equal(2, calls.Count);
        Assert.Contains("987654", calls[0]!["result"]!.Str("error"));
        Assert.Contains("due_at", calls[1]!["result"]!.Str("error"));
        Assert.Equal(0, (await api.ListTasksAsync()).Int("total_count"));
        var toolResults = Model.Requests[1].Transcript.Where(message => message.Role == "tool").ToList();
        Assert.Equal(2, toolResults.Count);
        Assert.All(toolResults, result => Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(result.Text)!["error"]));
    }

    [Fact]
    public async Task Writing_urdu_makes_the_prompt_ask_for_an_urdu_reply()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Text("ٹھیک ہے۔"));

        var reply = await api.ChatAsync("دودھ خریدنے کا کام شامل کریں");

        Assert.Equal("ur", reply.Str("language"));
        Assert.Equal("ٹھیک ہے۔", reply.Str("response"));
        Assert.Contains("Reply in Urdu", Model.Requests[0].SystemPrompt);
    }

    private static string KarachiDate() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
