using Bunit;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Components;

public sealed class MessageListTests : ComponentTest
{
    [Fact]
    public void Assistant_replies_render_markdown_while_user_text_stays_text()
    {
        var lines = new List<ChatLine>
        {
            new(Guid.NewGuid(), "user", "show <b>everything</b>"),
            new(Guid.NewGuid(), "assistant", "You have:\n\n- **Pay rent**\n- <img src=x onerror=alert(1)>"),
        };

        var cut = Render<MessageList>(p => p.Add(c => c.Lines, lines).Add(c => c.TimeZone, Karachi));

        Assert.Equal("show <b>everything</b>", cut.Find("[data-testid=chat-message-user] .bubble__text").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=chat-message-user] b"));
        var reply = cut.Find("[data-testid=chat-message-assistant]");
        Assert.Equal("Pay rent", reply.QuerySelector("li strong")!.TextContent);
        Assert.Null(reply.QuerySelector("img"));
    }

    [Fact]
    public void The_log_is_busy_while_a_reply_streams_so_only_the_finished_reply_is_announced()
    {
        var streaming = new ChatLine(Guid.NewGuid(), "assistant", "Half a") { State = ChatLineState.Streaming };

        var cut = Render<MessageList>(p => p.Add(c => c.Lines, [streaming]).Add(c => c.TimeZone, Karachi).Add(c => c.Streaming, true));
        var log = cut.Find("[role=log]");
        Assert.Equal("polite", log.GetAttribute("aria-live"));
        Assert.Equal("true", log.GetAttribute("aria-busy"));

        cut.Render(p => p.Add(c => c.Streaming, false));
        Assert.Equal("false", cut.Find("[role=log]").GetAttribute("aria-busy"));
    }

    [Fact]
    public void A_failed_message_offers_retry_and_a_stopped_reply_keeps_its_text()
    {
        var failed = new ChatLine(Guid.NewGuid(), "user", "add pay rent") { State = ChatLineState.Failed, Error = "Plannior is temporarily unavailable." };
        var stopped = new ChatLine(Guid.NewGuid(), "assistant", "Here is the first part") { State = ChatLineState.Stopped };
        ChatLine? retried = null;

        var cut = Render<MessageList>(p => p
            .Add(c => c.Lines, [failed, stopped])
            .Add(c => c.TimeZone, Karachi)
            .Add(c => c.OnRetry, line => retried = line));

        Assert.Contains("temporarily unavailable", cut.Find("[data-testid=chat-message-failed]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Here is the first part", cut.Find("[data-testid=chat-message-assistant]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=chat-message-stopped]"));
        cut.Find("[data-testid=chat-retry]").Click();
        Assert.Same(failed, retried);
    }

    [Fact]
    public void Older_messages_are_offered_only_when_there_are_some()
    {
        var loads = 0;
        var cut = Render<MessageList>(p => p
            .Add(c => c.Lines, [new ChatLine(Guid.NewGuid(), "user", "hi")])
            .Add(c => c.TimeZone, Karachi)
            .Add(c => c.HasOlder, true)
            .Add(c => c.OnLoadOlder, () => loads++));

        cut.Find("[data-testid=load-older]").Click();
        Assert.Equal(1, loads);

        cut.Render(p => p.Add(c => c.HasOlder, false));
        Assert.Empty(cut.FindAll("[data-testid=load-older]"));
    }
}
