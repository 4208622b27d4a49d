using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>
/// Whatever the provider or the model does wrong, a turn ends within its bounds (Llm:MaxToolRounds rounds of
/// tools, Llm:TimeoutSeconds a call) with a 503 or a clear answer; the user's message is kept and the next one works.
/// </summary>
public sealed class LlmFaultTests : IClassFixture<ScriptedChatApiFactory>
{
    // A hang guard for a busy machine, not a timing: an unbounded turn fails here instead of hanging the run.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private const int MaxToolRounds = 5;

    private readonly ScriptedChatApiFactory factory;

    public LlmFaultTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    public static TheoryData<string> ProviderFaults => ["500", "502", "not-json", "no-choices"];

    [Theory]
    [MemberData(nameof(ProviderFaults))]
    public async Task A_provider_fault_on_every_model_is_a_503_and_the_next_message_works(string fault)
    {
        var api = await NewUserAsync();
        Model.Enqueue(Fault(fault), Fault(fault));

        var failed = await api.SendChatAsync("what is on today?");

        failed.AssertProblem(HttpStatusCode.ServiceUnavailable);
        await AssertUsableAsync(api, "what is on today?");
    }

    [Fact]
    public async Task A_provider_fault_after_a_tool_ran_is_a_503_and_the_next_message_knows_what_was_done()
    {
        var api = await NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Call the plumber" }), ScriptedReply.Error(500), ScriptedReply.Error(500));

        (await api.SendChatAsync("add call the plumber")).AssertProblem(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(["Call the plumber"], (await api.ListTasksAsync()).Titles());
        await AssertUsableAsync(api, "add call the plumber");
        // The model is told what the unanswered message's tools did, so it does not do it again.
        var shown = Model.Requests[^1].Transcript;
        Assert.Equal(["system", "user", "assistant", "tool", "user"], shown.Select(message => message.Role));
        Assert.Contains("Call the plumber", shown[3].Text);
    }

    [Fact]
    public async Task Malformed_tool_arguments_every_round_end_in_an_answer_after_the_last_round()
    {
        var api = await NewUserAsync();
        for (var round = 0; round < MaxToolRounds; round++)
        {
            Model.Enqueue(ScriptedReply.Calls(new ScriptedToolCall("add_task", """{"title": "Broken""")));
        }
        Model.Enqueue(ScriptedReply.Text("Sorry, I could not add that."));

        var reply = await ChatAsync(api, "add broken");

        Assert.Equal("Sorry, I could not add that.", reply.Str("response"));
        Assert.Equal(MaxToolRounds, reply.ToolCalls().Count);
        Assert.Equal(0, (await api.ListTasksAsync()).Int("total_count"));
        Assert.Equal(0, Model.PendingReplies);
        await AssertUsableAsync(api, "add broken", answered: true);
    }

    [Fact]
    public async Task Unknown_tools_every_round_end_in_an_answer_after_the_last_round()
    {
        var api = await NewUserAsync();
        for (var round = 0; round < MaxToolRounds; round++)
        {
            Model.Enqueue(ScriptedReply.Call("format_disk", new { drive = "C" }));
        }
        Model.Enqueue(ScriptedReply.Text("I can't do that."));

        var reply = await ChatAsync(api, "format my disk");

        Assert.Equal("I can't do that.", reply.Str("response"));
        Assert.All(reply.ToolCalls(), call => Assert.Contains("not found", call!["result"]!.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, Model.PendingReplies);
        await AssertUsableAsync(api, "format my disk", answered: true);
    }

    [Fact]
    public async Task A_model_that_calls_tools_even_when_offered_none_is_stopped_with_a_clear_answer()
    {
        var api = await NewUserAsync();
        for (var round = 0; round <= MaxToolRounds; round++)
        {
            Model.Enqueue(ScriptedReply.Call("add_task", new { title = $"Loop {round}" }));
        }

        var reply = await ChatAsync(api, "add loop tasks");

        Assert.Contains("stopped", reply.Str("response"), StringComparison.OrdinalIgnoreCase);
        // The rounds it was allowed ran; the call made after them did not, and is not reported as made.
        Assert.Equal([.. Enumerable.Range(0, MaxToolRounds).Select(round => $"Loop {round}")],
            reply.ToolCalls().Select(call => call!["arguments"]!.Str("title")));
        Assert.Equal(MaxToolRounds, (await api.ListTasksAsync()).Int("total_count"));
        Assert.Equal(MaxToolRounds + 1, Model.Requests.Count);
        await AssertUsableAsync(api, "add loop tasks", answered: true);
    }

    [Fact]
    public async Task A_stream_from_a_model_that_calls_tools_forever_ends_with_done_and_a_clear_answer()
    {
        var api = await NewUserAsync();
        for (var round = 0; round <= MaxToolRounds; round++)
        {
            Model.Enqueue(ScriptedReply.Call("list_tasks", new { status = "all" }));
        }

        using var guard = new CancellationTokenSource(HangGuard);
        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("list forever"), guard.Token);
        var events = await stream.ReadToEndAsync(guard.Token);

        Assert.Equal("done", events[^1].Name);
        var done = events[^1].Data;
        Assert.Contains("stopped", done.Str("response"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(MaxToolRounds, done.ToolCalls().Count);
        Assert.Equal(MaxToolRounds, events.Count(e => e.Name == "tool_result"));
        await AssertUsableAsync(api, "list forever", answered: true);
    }

    private static ScriptedReply Fault(string fault) => fault switch
    {
        "not-json" => ScriptedReply.Garbage("{this is not json"),
        "no-choices" => ScriptedReply.Garbage("""{"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []}"""),
        _ => ScriptedReply.Error(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>The conversation kept the message and a next one in it is answered.</summary>
    private async Task AssertUsableAsync(ApiClient api, string message, bool answered = false)
    {
        var conversationId = Assert.Single((await api.ConversationsAsync())["items"]!.AsArray())!.Str("id");
        var transcript = await api.TranscriptAsync(conversationId);
        Assert.Equal(("user", message), transcript[0]);
        Assert.Equal(answered ? 2 : 1, transcript.Count);

        Model.Enqueue(ScriptedReply.Text("Still here."));
        var next = await ChatAsync(api, "are you still there?", conversationId);
        Assert.Equal("Still here.", next.Str("response"));
        Assert.Equal(("assistant", "Still here."), (await api.TranscriptAsync(conversationId))[^1]);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ChatAsync(ApiClient api, string message, string? conversationId = null) =>
        await api.ChatAsync(message, conversationId);

    private async Task<ApiClient> NewUserAsync()
    {
        var api = factory.CreateApiClient();
        api.Http.Timeout = HangGuard;
        return await api.SignUpAsync();
    }
}

/// <summary>A provider going silent mid-turn is given up on after Llm:TimeoutSeconds (2 s here), per model.</summary>
public sealed class LlmTimeoutFaultTests : IClassFixture<ShortTimeoutChatApiFactory>
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly ShortTimeoutChatApiFactory factory;

    public LlmTimeoutFaultTests(ShortTimeoutChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    [Fact]
    public async Task A_provider_silent_after_a_tool_ran_is_a_503_and_the_next_message_works()
    {
        var api = factory.CreateApiClient();
        api.Http.Timeout = HangGuard;
        await api.SignUpAsync();
        factory.Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Fix the gate" }), ScriptedReply.Hang(), ScriptedReply.Hang());

        (await api.SendChatAsync("add fix the gate", clientMessageId: "gate-1")).AssertProblem(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(["Fix the gate"], (await api.ListTasksAsync()).Titles());
        var conversationId = Assert.Single((await api.ConversationsAsync())["items"]!.AsArray())!.Str("id");
        Assert.Equal([("user", "add fix the gate")], await api.TranscriptAsync(conversationId));

        factory.Model.Enqueue(ScriptedReply.Text("Added fix the gate."));
        var retried = await api.ChatAsync("add fix the gate", clientMessageId: "gate-1");
        Assert.Equal("Added fix the gate.", retried.Str("response"));
        Assert.Equal(["Fix the gate"], (await api.ListTasksAsync()).Titles());

        factory.Model.Enqueue(ScriptedReply.Text("Anything else?"));
        Assert.Equal("Anything else?", (await api.ChatAsync("thanks", conversationId)).Str("response"));
    }
}
