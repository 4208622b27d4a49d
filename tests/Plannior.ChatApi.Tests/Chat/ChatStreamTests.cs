using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>API.md's <c>/chat/stream</c>: the events, their order, and what a disconnect leaves stored.</summary>
public sealed class ChatStreamTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ChatStreamTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task Events_arrive_in_order_with_streamed_tool_call_deltas()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(
            ScriptedReply.Call("add_task", new { title = "Renew passport", priority = "high" }),
            ScriptedReply.Text("Added ", "\"Renew passport\"", "."));

        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("add renew passport, high priority"));
        var events = await stream.ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["conversation", "tool_call", "tool_result", "delta", "delta", "delta", "done"], events.Select(e => e.Name));
        var conversationId = events[0].Data.Str("conversation_id");
        Assert.Equal("add_task", events[1].Data.Str("name"));
        Assert.Equal("Renew passport", events[1].Data["arguments"]!.Str("title"));
        Assert.Equal("add_task", events[2].Data.Str("name"));
        Assert.Equal("created", events[2].Data["result"]!.Str("status"));
        Assert.Equal(["Added ", "\"Renew passport\"", "."], events.Where(e => e.Name == "delta").Select(e => e.Data.Str("text")));
        var done = events[^1].Data;
        Assert.Equal("Added \"Renew passport\".", done.Str("response"));
        var call = Assert.Single(done.ToolCalls())!;
        Assert.Equal("add_task", call.Str("name"));
        var taskId = call["result"]!.Int("task_id");

        Assert.All(Model.Requests, request => Assert.True(request.Streaming));
        Assert.Equal("high", (await api.GetTaskAsync(taskId)).Str("priority"));
        var history = (await api.HistoryAsync(conversationId))["messages"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal(done.Str("message_id"), history[1]!.Str("id"));
        Assert.Equal("add_task", Assert.Single(history[1]!.ToolCalls())!.Str("name"));
    }

    [Fact]
    public async Task A_plain_answer_streams_conversation_deltas_and_done()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Text("Hello", ", how can I help?"));

        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("hi"));
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["conversation", "delta", "delta", "done"], events.Select(e => e.Name));
        Assert.Equal("Hello, how can I help?", events[^1].Data.Str("response"));
        Assert.Empty(events[^1].Data.ToolCalls());
    }

    [Fact]
    public async Task A_stream_falls_back_to_the_next_model_before_anything_was_sent()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Error(500), ScriptedReply.Text("From the fallback."));

        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("hi"));
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["conversation", "delta", "done"], events.Select(e => e.Name));
        Assert.Equal("From the fallback.", events[^1].Data.Str("response"));
        Assert.Equal([ScriptedChatApiFactory.PrimaryModel, ScriptedChatApiFactory.FallbackModel], Model.Requests.Select(r => r.Model));
    }

    [Fact]
    public async Task Disconnecting_mid_stream_cancels_generation_and_keeps_the_partial_reply()
    {
        var api = await factory.NewUserAsync();
        var never = new TaskCompletionSource();
        Model.Enqueue(ScriptedReply.TextThenWait(never.Task, "Let me think about"));

        string conversationId;
        await using (var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("plan my weekend")))
        {
            conversationId = (await stream.NextAsync())!.Data.Str("conversation_id");
            var delta = (await stream.NextAsync())!;
            Assert.Equal(("delta", "Let me think about"), (delta.Name, delta.Data.Str("text")));

            // The user closes the tab while waiting for more.
            using var leave = new CancellationTokenSource();
            var waiting = stream.NextAsync(leave.Token);
            await leave.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }

        // Generation stops: the ChatApi abandons its call to the model...
        await Model.Requests.Single().Abandoned.WaitAsync(TimeSpan.FromSeconds(15));
        // ...and stores what the user had already seen.
        var transcript = await Eventually.MatchesAsync(
            () => api.TranscriptAsync(conversationId), messages => messages.Count == 2, "the partial reply to be stored");
        Assert.Equal([("user", "plan my weekend"), ("assistant", "Let me think about")], transcript);
    }

    [Fact]
    public async Task A_repeated_client_message_id_replays_the_stored_reply_without_the_model()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Text("First and only answer."));
        var body = ChatClientExtensions.ChatBody("say something", clientMessageId: "stream-once");
        await using (var first = await ServerSentEventStream.OpenAsync(api, body))
        {
            await first.ReadToEndAsync();
        }

        await using var again = await ServerSentEventStream.OpenAsync(api, body);
        var events = await again.ReadToEndAsync();

        Assert.Equal(["conversation", "done"], events.Select(e => e.Name));
        Assert.Equal("First and only answer.", events[1].Data.Str("response"));
        Assert.Single(Model.Requests);
        var history = (await api.HistoryAsync(events[0].Data.Str("conversation_id")))["messages"]!.AsArray();
        Assert.Equal(events[1].Data.Str("message_id"), history[^1]!.Str("id"));
    }

    [Fact]
    public async Task Invalid_requests_are_problem_details_not_streams()
    {
        var api = await factory.NewUserAsync();

        await using var blank = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("   "));
        await using var unknown = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("hi", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, blank.Response.StatusCode);
        Assert.Equal("application/problem+json", blank.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Response.StatusCode);
        Assert.Empty(Model.Requests);
    }
}
