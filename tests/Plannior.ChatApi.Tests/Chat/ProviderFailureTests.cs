using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>API.md: a failing provider costs a fallback model or a retryable 503, never the user's message.</summary>
public sealed class ProviderFailureTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ProviderFailureTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task A_failing_primary_model_falls_back_to_the_next_one(int status)
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Error(status), ScriptedReply.Text("Answered by the fallback."));

        var reply = await api.ChatAsync("hello there");

        Assert.Equal("Answered by the fallback.", reply.Str("response"));
        Assert.Equal(
            [ScriptedChatApiFactory.PrimaryModel, ScriptedChatApiFactory.FallbackModel],
            Model.Requests.Select(request => request.Model));
        Assert.Equal("hello there", Model.Requests[1].Transcript[^1].Text);
    }

    [Fact]
    public async Task When_every_model_fails_the_answer_is_a_503_and_the_message_is_kept()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Error(500), ScriptedReply.Error(503));

        var failed = await api.SendChatAsync("plan my week please");

        failed.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.True(failed.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After is missing: {failed.Headers}");
        Assert.Equal(2, Model.Requests.Count);
        var conversation = Assert.Single((await api.ConversationsAsync())["items"]!.AsArray())!;
        var conversationId = conversation.Str("id");
        Assert.Equal("plan my week please", conversation.Str("title"));
        Assert.Equal([("user", "plan my week please")], await api.TranscriptAsync(conversationId));

        // The conversation stays usable, and the model still sees the message that went unanswered.
        Model.Enqueue(ScriptedReply.Text("Back now. Let's plan."));
        var reply = await api.ChatAsync("are you back?", conversationId);

        Assert.Equal("Back now. Let's plan.", reply.Str("response"));
        Assert.Equal(
            [("user", "plan my week please"), ("user", "are you back?"), ("assistant", "Back now. Let's plan.")],
            await api.TranscriptAsync(conversationId));
        var shown = Model.Requests[^1].Transcript;
        Assert.Equal([("user", "plan my week please"), ("user", "are you back?")], shown.Where(message => message.Role == "user"));
    }

    [Fact]
    public async Task Retrying_a_failed_message_with_its_client_id_answers_the_stored_message_once()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Error(500), ScriptedReply.Error(500));
        (await api.SendChatAsync("add pay rent", clientMessageId: "retry-me")).AssertProblem(HttpStatusCode.ServiceUnavailable);

        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Pay rent" }), ScriptedReply.Text("Added pay rent."));
        var reply = await api.ChatAsync("add pay rent", clientMessageId: "retry-me");

        Assert.Equal("Added pay rent.", reply.Str("response"));
        Assert.Equal(
            [("user", "add pay rent"), ("assistant", "Added pay rent.")],
            await api.TranscriptAsync(reply.Str("conversation_id")));
        Assert.Equal(["Pay rent"], (await api.ListTasksAsync()).Titles());
        Assert.Single(Model.Requests[^1].Transcript, message => message.Role == "user");
    }

    [Fact]
    public async Task Health_probes_the_provider_and_reports_it()
    {
        var health = await factory.CreateApiClient().GetAsync("/health");

        health.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("healthy", health.Body!["checks"]!.Str("llm"));
    }
}

/// <summary>A model that never answers is given up on after <c>Llm:TimeoutSeconds</c>, per model.</summary>
public sealed class ProviderTimeoutTests : IClassFixture<ShortTimeoutChatApiFactory>
{
    private readonly ShortTimeoutChatApiFactory factory;

    public ProviderTimeoutTests(ShortTimeoutChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    [Fact]
    public async Task A_silent_provider_is_a_503_within_the_timeout_of_each_model()
    {
        var api = await factory.NewUserAsync();
        factory.Model.Enqueue(ScriptedReply.Hang(), ScriptedReply.Hang());
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await api.SendChatAsync("anyone there?");

        clock.Stop();
        response.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(20));
        var requests = factory.Model.Requests;
        Assert.Equal([ScriptedChatApiFactory.PrimaryModel, ScriptedChatApiFactory.FallbackModel], requests.Select(r => r.Model));
        // Both calls were abandoned by the ChatApi, not left running.
        await Task.WhenAll(requests.Select(request => request.Abandoned)).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_silent_provider_ends_a_stream_with_an_error_event()
    {
        var api = await factory.NewUserAsync();
        factory.Model.Enqueue(ScriptedReply.Hang(), ScriptedReply.Hang());

        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("still there?"));
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["conversation", "error"], events.Select(e => e.Name));
        Assert.Equal(503, events[1].Data.Int("status"));
        Assert.Equal([("user", "still there?")], await api.TranscriptAsync(events[0].Data.Str("conversation_id")));
    }

    [Fact]
    public async Task A_provider_going_silent_mid_stream_keeps_the_partial_reply_and_ends_with_an_error()
    {
        var api = await factory.NewUserAsync();
        var never = new TaskCompletionSource();
        factory.Model.Enqueue(ScriptedReply.TextThenWait(never.Task, "Here is the start"));

        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("tell me a plan"));
        var events = await stream.ReadToEndAsync();

        Assert.Equal(["conversation", "delta", "error"], events.Select(e => e.Name));
        Assert.Equal(503, events[^1].Data.Int("status"));
        Assert.Single(factory.Model.Requests);
        Assert.Equal(
            [("user", "tell me a plan"), ("assistant", "Here is the start")],
            await api.TranscriptAsync(events[0].Data.Str("conversation_id")));
    }
}
