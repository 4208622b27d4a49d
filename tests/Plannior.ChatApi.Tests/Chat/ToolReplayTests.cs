using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>
/// API.md: a retry with the same <c>client_message_id</c> runs no tool twice, also when the provider failed after
/// a tool had already acted. The retry shows the model what was done and completes the turn.
/// </summary>
public sealed class ToolReplayTests : IClassFixture<ScriptedChatApiFactory>
{
    // A hang guard, not a timing: each call here is one or two scripted rounds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly ScriptedChatApiFactory factory;

    public ToolReplayTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task A_retry_after_the_provider_failed_past_a_tool_call_completes_without_running_it_again()
    {
        var api = await NewUserAsync();
        // The tool runs; then both models fail on the round that would have answered.
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Book flights" }), ScriptedReply.Error(500), ScriptedReply.Error(503));

        var failed = await api.SendChatAsync("add book flights", clientMessageId: "flights-1");

        failed.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(["Book flights"], (await api.ListTasksAsync()).Titles());
        var conversationId = Assert.Single((await api.ConversationsAsync())["items"]!.AsArray())!.Str("id");
        Assert.Equal([("user", "add book flights")], await api.TranscriptAsync(conversationId));

        Model.Enqueue(ScriptedReply.Text("Added \"Book flights\"."));
        var reply = await api.ChatAsync("add book flights", clientMessageId: "flights-1");

        Assert.Equal("Added \"Book flights\".", reply.Str("response"));
        Assert.Equal(conversationId, reply.Str("conversation_id"));
        var call = Assert.Single(reply.ToolCalls())!;
        Assert.Equal(("add_task", "Book flights"), (call.Str("name"), call["arguments"]!.Str("title")));
        Assert.Equal("created", call["result"]!.Str("status"));
        Assert.Equal(["Book flights"], (await api.ListTasksAsync()).Titles());
        Assert.Equal([("user", "add book flights"), ("assistant", "Added \"Book flights\".")], await api.TranscriptAsync(conversationId));
        // The model was shown the call as made, with its result, after the one user message.
        var shown = Model.Requests[^1].Transcript;
        Assert.Equal(["system", "user", "assistant", "tool"], shown.Select(message => message.Role));
        Assert.Contains("Book flights", shown[^1].Text);

        // And a further repeat is a plain replay of that reply.
        var again = await api.ChatAsync("add book flights", clientMessageId: "flights-1");
        Assert.True(JsonNode.DeepEquals(reply, again), $"{reply.ToJsonString()} vs {again.ToJsonString()}");
        Assert.Equal(0, Model.PendingReplies);
    }

    [Fact]
    public async Task A_model_that_makes_the_same_call_again_on_the_retry_gets_the_recorded_result()
    {
        var api = await NewUserAsync();
        Model.Enqueue(
            ScriptedReply.Call("add_task", new { title = "Renew lease", priority = "high" }), ScriptedReply.Error(500), ScriptedReply.Error(500));
        (await api.SendChatAsync("add renew lease, high", clientMessageId: "lease-1")).AssertProblem(HttpStatusCode.ServiceUnavailable);
        var created = Assert.Single((await api.ListTasksAsync())["items"]!.AsArray())!;

        Model.Enqueue(
            ScriptedReply.Call("add_task", new { priority = "high", title = "Renew lease" }),
            ScriptedReply.Text("Added renew lease."));
        var reply = await api.ChatAsync("add renew lease, high", clientMessageId: "lease-1");

        Assert.Equal("Added renew lease.", reply.Str("response"));
        Assert.Equal(created.Id(), Assert.Single(reply.ToolCalls())!["result"]!.Int("task_id"));
        Assert.Equal(["Renew lease"], (await api.ListTasksAsync()).Titles());
        var changes = await api.GetAsync($"/api/{api.UserId}/changes");
        Assert.Single(changes.Body!["items"]!.AsArray());
    }

    [Fact]
    public async Task A_stream_cut_by_the_provider_after_a_tool_call_is_completed_by_its_retry()
    {
        var api = await NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Pack the tent" }), ScriptedReply.Error(500), ScriptedReply.Error(500));
        var body = ChatClientExtensions.ChatBody("add pack the tent", clientMessageId: "tent-1");

        var failed = await ReadStreamAsync(api, body);

        Assert.Equal(["conversation", "tool_call", "tool_result", "error"], failed.Select(e => e.Name));
        Assert.Equal(503, failed[^1].Data.Int("status"));
        var conversationId = failed[0].Data.Str("conversation_id");
        Assert.Equal(["Pack the tent"], (await api.ListTasksAsync()).Titles());
        // What the user saw is kept: the call, on a reply still to be finished.
        var partial = (await api.HistoryAsync(conversationId))["messages"]!.AsArray();
        Assert.Equal(["user", "assistant"], partial.Select(message => message!.Str("role")));
        Assert.Equal("add_task", Assert.Single(partial[1]!.ToolCalls())!.Str("name"));

        Model.Enqueue(ScriptedReply.Text("Added ", "\"Pack the tent\"."));
        var retried = await ReadStreamAsync(api, body);

        Assert.Equal(["conversation", "delta", "delta", "done"], retried.Select(e => e.Name));
        Assert.Equal(conversationId, retried[0].Data.Str("conversation_id"));
        var done = retried[^1].Data;
        Assert.Equal("Added \"Pack the tent\".", done.Str("response"));
        Assert.Equal("created", Assert.Single(done.ToolCalls())!["result"]!.Str("status"));
        Assert.Equal(["Pack the tent"], (await api.ListTasksAsync()).Titles());
        // The interrupted reply is the one completed, not a second answer beside it.
        var history = (await api.HistoryAsync(conversationId))["messages"]!.AsArray();
        Assert.Equal(partial[1]!.Str("id"), done.Str("message_id"));
        Assert.Equal([done.Str("message_id")], history.Skip(1).Select(message => message!.Str("id")));
        Assert.Equal([("user", "add pack the tent"), ("assistant", "Added \"Pack the tent\".")], await api.TranscriptAsync(conversationId));
        Assert.Equal(["system", "user", "assistant", "tool"], Model.Requests[^1].Transcript.Select(message => message.Role));

        // Replayed from then on, through either endpoint.
        var replayed = await ReadStreamAsync(api, body);
        Assert.Equal(["conversation", "done"], replayed.Select(e => e.Name));
        Assert.Equal(done.Str("message_id"), replayed[^1].Data.Str("message_id"));
        var plain = await api.ChatAsync("add pack the tent", clientMessageId: "tent-1");
        Assert.Equal(done.Str("message_id"), plain.Str("message_id"));
        Assert.Equal(0, Model.PendingReplies);
    }

    [Fact]
    public async Task Tool_calls_from_several_failed_attempts_add_up_and_none_runs_twice()
    {
        var api = await NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "First" }), ScriptedReply.Error(500), ScriptedReply.Error(500));
        (await api.SendChatAsync("add first and second", clientMessageId: "two-steps")).AssertProblem(HttpStatusCode.ServiceUnavailable);
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Second" }), ScriptedReply.Error(500), ScriptedReply.Error(500));
        (await api.SendChatAsync("add first and second", clientMessageId: "two-steps")).AssertProblem(HttpStatusCode.ServiceUnavailable);

        Model.Enqueue(ScriptedReply.Text("Added both."));
        var reply = await api.ChatAsync("add first and second", clientMessageId: "two-steps");

        Assert.Equal(["First", "Second"], reply.ToolCalls().Select(call => call!["arguments"]!.Str("title")));
        Assert.Equal(["First", "Second"], (await api.ListTasksAsync("sort=created&order=asc")).Titles());
        Assert.Equal(2, Model.Requests[^1].Transcript.Count(message => message.Role == "tool"));
    }

    [Fact]
    public async Task A_call_whose_result_was_lost_after_it_acted_is_not_run_again()
    {
        var api = await NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Water the roses" }), ScriptedReply.Error(500), ScriptedReply.Error(500));
        (await api.SendChatAsync("add water the roses", clientMessageId: "roses-1")).AssertProblem(HttpStatusCode.ServiceUnavailable);
        // As if the database went away after the task was written but before the call's result was.
        await ExecuteAsync("UPDATE tool_call_records SET result = NULL");

        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Water the roses" }), ScriptedReply.Text("Added it."));
        var reply = await api.ChatAsync("add water the roses", clientMessageId: "roses-1");

        Assert.Equal("Added it.", reply.Str("response"));
        Assert.Equal(["Water the roses"], (await api.ListTasksAsync()).Titles());
        var result = Assert.Single(reply.ToolCalls())!["result"]!;
        Assert.Equal(("interrupted", "Water the roses"), (result.Str("status"), result.Str("title")));
        Assert.Equal((await api.ListTasksAsync())["items"]![0].Id(), result.Int("task_id"));
        Assert.Equal(("created", "Water the roses"), (result["changes"]![0]!.Str("action"), result["changes"]![0]!.Str("title")));
    }

    [Fact]
    public async Task A_call_cut_short_before_it_acted_runs_on_the_retry()
    {
        var api = await NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Feed the cat" }), ScriptedReply.Error(500), ScriptedReply.Error(500));
        (await api.SendChatAsync("add feed the cat", clientMessageId: "cat-1")).AssertProblem(HttpStatusCode.ServiceUnavailable);
        // As if the database went away after the call began and before the task was written.
        await ExecuteAsync($"UPDATE tool_call_records SET result = NULL; DELETE FROM task_changes WHERE user_id = '{api.UserId}'; DELETE FROM tasks WHERE user_id = '{api.UserId}'");

        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Feed the cat" }), ScriptedReply.Text("Added it."));
        var reply = await api.ChatAsync("add feed the cat", clientMessageId: "cat-1");

        Assert.Equal("created", Assert.Single(reply.ToolCalls())!["result"]!.Str("status"));
        Assert.Equal(["Feed the cat"], (await api.ListTasksAsync()).Titles());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<ApiClient> NewUserAsync()
    {
        var api = factory.CreateApiClient();
        api.Http.Timeout = HangGuard;
        return await api.SignUpAsync();
    }

    private static async Task<IReadOnlyList<ServerSentEvent>> ReadStreamAsync(ApiClient api, object body)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var stream = await ServerSentEventStream.OpenAsync(api, body, guard.Token);
        return await stream.ReadToEndAsync(guard.Token);
    }
}
