using System.Net;
using System.Text.Json;
using Bunit;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Components;

public sealed class ChatPaneTests : ComponentTest
{
    private const string ConversationId = "0b8f5d1e-9a57-4c7e-8f8e-3f1c2d4b5a69";

    private static string Frames(params (string Name, string Data)[] frames) =>
        string.Concat(frames.Select(f => $"event: {f.Name}\ndata: {f.Data}\n\n"));

    private readonly List<Guid> started = [];
    private int taskChanges;

    private IRenderedComponent<ChatPane> RenderPane() =>
        Render<ChatPane>(p => p
            .AddCascadingValue(SignedIn)
            .Add(c => c.OnConversationStarted, id => started.Add(id))
            .Add(c => c.OnTasksChanged, () => taskChanges++));

    private static void Send(IRenderedComponent<ChatPane> cut, string text)
    {
        cut.Find("textarea").Input(text);
        cut.Find("textarea").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
    }

    [Fact]
    public void A_streamed_reply_shows_its_text_and_a_tool_card_and_tells_the_task_panel()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/chat/stream", HttpStatusCode.OK, Frames(
            ("conversation", $$"""{"conversation_id":"{{ConversationId}}"}"""),
            ("tool_call", """{"name":"add_task","arguments":{"title":"Buy oat milk"}}"""),
            ("tool_result", """{"name":"add_task","result":{"task_id":5,"status":"created","title":"Buy oat milk","due_at":"2030-01-11T04:00:00Z"}}"""),
            ("delta", """{"text":"Added **Buy oat milk** "}"""),
            ("delta", """{"text":"for tomorrow."}"""),
            ("done", """{"message_id":"5a0f7e2c-1b3d-4e6f-8a9b-0c1d2e3f4a5b","response":"Added **Buy oat milk** for tomorrow.","tool_calls":[],"language":"en"}""")),
            "text/event-stream");
        var cut = RenderPane();

        Send(cut, "add buy oat milk tomorrow 9am");

        cut.WaitForAssertion(() => Assert.Equal("sent", cut.Find("[data-testid=chat-message-assistant]").GetAttribute("data-state")));
        Assert.Equal("Buy oat milk", cut.Find("[data-testid=chat-message-assistant] strong").TextContent);
        Assert.Contains("Added · Buy oat milk · due 11 Jan 09:00", cut.Find("[data-testid=tool-call]").TextContent, StringComparison.Ordinal);
        Assert.Equal([Guid.Parse(ConversationId)], started);
        Assert.Equal(1, taskChanges);
        JSInterop.VerifyInvoke("plannior.drafts.clear");
    }

    [Fact]
    public void A_failed_reply_shows_its_error_and_retry_resends_the_same_client_message_id()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/chat/stream", HttpStatusCode.OK, Frames(
            ("conversation", $$"""{"conversation_id":"{{ConversationId}}"}"""),
            ("error", """{"title":"Service temporarily unavailable.","status":503,"detail":"The assistant is unavailable right now."}""")),
            "text/event-stream");
        var cut = RenderPane();

        Send(cut, "add pay rent");

        cut.WaitForAssertion(() => Assert.Contains("The assistant is unavailable right now.",
            cut.Find("[data-testid=chat-message-failed]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=chat-message-assistant]"));

        Gateway.On(HttpMethod.Post, $"{UserPath}/chat/stream", HttpStatusCode.OK, Frames(
            ("conversation", $$"""{"conversation_id":"{{ConversationId}}"}"""),
            ("done", """{"message_id":"5a0f7e2c-1b3d-4e6f-8a9b-0c1d2e3f4a5b","response":"Added it.","tool_calls":[{"name":"add_task","arguments":{"title":"Pay rent"},"result":{"task_id":8,"status":"created","title":"Pay rent"}}],"language":"en"}""")),
            "text/event-stream");
        cut.Find("[data-testid=chat-retry]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Added it.", cut.Find("[data-testid=chat-message-assistant]").TextContent.Trim()[..9]));
        var bodies = Gateway.Sent(HttpMethod.Post, "/chat/stream").Select(r => JsonDocument.Parse(r.Body!).RootElement).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0].GetProperty("client_message_id").GetString(), bodies[1].GetProperty("client_message_id").GetString());
        // the retry goes to the conversation the first attempt opened
        Assert.Equal(ConversationId, bodies[1].GetProperty("conversation_id").GetString());
        Assert.Single(cut.FindAll("[data-testid=chat-message-user]"));
        Assert.Contains("Added · Pay rent", cut.Find("[data-testid=tool-call]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_session_ends_it_and_keeps_the_draft()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/chat/stream", HttpStatusCode.Unauthorized, """{"title":"Unauthorized","status":401}""", "application/problem+json");
        var cut = RenderPane();

        Send(cut, "add pay rent");

        cut.WaitForAssertion(() => Assert.True(SessionEnded));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "plannior.drafts.clear");
    }

    [Fact]
    public void Stop_ends_a_reply_midway_and_keeps_what_was_written()
    {
        Gateway.OnOpenStream($"{UserPath}/chat/stream", Frames(
            ("conversation", $$"""{"conversation_id":"{{ConversationId}}"}"""),
            ("delta", """{"text":"Here is the first part of a long plan"}""")));
        var cut = RenderPane();

        Send(cut, "plan my week in detail");
        cut.WaitForAssertion(() => Assert.Contains("Here is the first part", cut.Find("[data-testid=chat-message-assistant]").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", cut.Find("[role=log]").GetAttribute("aria-busy"));

        cut.Find("[data-testid=chat-stop]").Click();

        cut.WaitForAssertion(() => Assert.Equal("stopped", cut.Find("[data-testid=chat-message-assistant]").GetAttribute("data-state")));
        Assert.Contains("Here is the first part of a long plan", cut.Find("[data-testid=chat-message-assistant]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=chat-send]"));
        Assert.Empty(cut.FindAll("[data-testid=chat-message-failed]"));
    }

    [Fact]
    public void A_long_history_opens_on_its_latest_messages_and_loads_older_ones_on_request()
    {
        static string Messages(int from, int count) => string.Join(',', Enumerable.Range(from, count).Select(i =>
            $$"""{"id":"{{new Guid(i, 0, 0, new byte[8])}}","role":"{{(i % 2 == 0 ? "user" : "assistant")}}","content":"message {{i}}","tool_calls":[],"created_at":"2030-01-01T00:00:00Z"}"""));
        var history = $"{UserPath}/conversations/{ConversationId}/history";
        Gateway.On(HttpMethod.Get, $"{history}?limit=30&offset=0", HttpStatusCode.OK,
            $$"""{"messages":[{{Messages(0, 30)}}],"total_count":45,"offset":0,"limit":30,"has_more":true}""");
        Gateway.On(HttpMethod.Get, $"{history}?limit=30&offset=15", HttpStatusCode.OK,
            $$"""{"messages":[{{Messages(15, 30)}}],"total_count":45,"offset":15,"limit":30,"has_more":false}""");
        Gateway.On(HttpMethod.Get, $"{history}?limit=15&offset=0", HttpStatusCode.OK,
            $$"""{"messages":[{{Messages(0, 15)}}],"total_count":45,"offset":0,"limit":15,"has_more":true}""");

        var cut = Render<ChatPane>(p => p.AddCascadingValue(SignedIn).Add(c => c.ConversationId, Guid.Parse(ConversationId)));

        cut.WaitForAssertion(() => Assert.Equal(30, cut.FindAll("[data-testid=chat-line]").Count));
        Assert.Contains("message 15", cut.FindAll("[data-testid=chat-line]")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("message 44", cut.FindAll("[data-testid=chat-line]")[^1].TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=load-older]").Click();

        cut.WaitForAssertion(() => Assert.Equal(45, cut.FindAll("[data-testid=chat-line]").Count));
        Assert.Contains("message 0", cut.FindAll("[data-testid=chat-line]")[0].TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=load-older]"));
    }
}
