using Bunit;
using Plannior.Web.Components.Chat;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.Components;

/// <summary>The composer's microphone: only where the browser can recognise speech, in the UI's language, words shown as heard.</summary>
public sealed class ComposerSpeechTests : ComponentTest
{
    private readonly List<string> sent = [];

    private IRenderedComponent<Composer> RenderComposer(bool speech)
    {
        JSInterop.Setup<bool>("plannior.speech.supported").SetResult(speech);
        JSInterop.Setup<bool>("plannior.speech.start", _ => true).SetResult(true);
        return Render<Composer>(p => p.Add(c => c.DraftKey, "user:new").Add(c => c.OnSend, text => sent.Add(text)));
    }

    [Fact]
    public void Without_speech_recognition_there_is_no_microphone()
    {
        var cut = RenderComposer(speech: false);

        JSInterop.VerifyInvoke("plannior.speech.supported");
        Assert.Empty(cut.FindAll("[data-testid=chat-mic]"));
        Assert.NotNull(cut.Find("[data-testid=chat-send]"));
    }

    [Theory]
    [InlineData("en", "en-US", "Speak your message")]
    [InlineData("ur", "ur-PK", "بول کر پیغام لکھیں")]
    public void The_microphone_listens_in_the_ui_language(string ui, string speech, string label)
    {
        using var culture = UiCulture.Use(ui);
        var cut = RenderComposer(speech: true);

        var mic = cut.WaitForElement("[data-testid=chat-mic]");
        Assert.Equal(label, mic.GetAttribute("aria-label"));
        Assert.Equal("false", mic.GetAttribute("aria-pressed"));
        mic.Click();

        var start = Assert.Single(JSInterop.Invocations, i => i.Identifier == "plannior.speech.start");
        Assert.Equal(speech, start.Arguments[1]);
        Assert.Equal("true", cut.Find("[data-testid=chat-mic]").GetAttribute("aria-pressed"));
        Assert.Equal("true", cut.Find("[data-testid=chat-form]").GetAttribute("data-listening"));
    }

    [Fact]
    public async Task Words_show_in_the_box_as_they_are_heard_after_what_was_typed_and_stay_when_listening_ends()
    {
        var cut = RenderComposer(speech: true);
        cut.Find("textarea").Input("remind me");
        cut.WaitForElement("[data-testid=chat-mic]").Click();

        await cut.InvokeAsync(() => cut.Instance.Heard("", "to call"));
        Assert.Equal("remind me to call", cut.Find("textarea").GetAttribute("value"));
        await cut.InvokeAsync(() => cut.Instance.Heard("to call mum", " at six"));
        Assert.Equal("remind me to call mum at six", cut.Find("textarea").GetAttribute("value"));
        await cut.InvokeAsync(() => cut.Instance.Heard("to call mum at six", ""));
        await cut.InvokeAsync(cut.Instance.SpeechEnded);

        Assert.Equal("remind me to call mum at six", cut.Find("textarea").GetAttribute("value"));
        Assert.Equal("false", cut.Find("[data-testid=chat-mic]").GetAttribute("aria-pressed"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "plannior.drafts.save" && (string?)i.Arguments[1] == "remind me to call mum at six");
        Assert.Empty(sent);
        cut.Find("[data-testid=chat-send]").Click();
        Assert.Equal(["remind me to call mum at six"], sent);
    }

    [Fact]
    public async Task A_blocked_microphone_says_how_to_allow_it_and_a_second_click_stops_listening()
    {
        var cut = RenderComposer(speech: true);
        cut.WaitForElement("[data-testid=chat-mic]").Click();
        cut.Find("[data-testid=chat-mic]").Click();
        JSInterop.VerifyInvoke("plannior.speech.stop");

        await cut.InvokeAsync(() => cut.Instance.SpeechFailed("not-allowed"));

        var status = cut.Find("[data-testid=chat-mic-status]");
        Assert.False(status.HasAttribute("hidden"));
        Assert.Equal("Microphone access is blocked. Allow it in the browser to speak.", status.TextContent);
        Assert.Equal("false", cut.Find("[data-testid=chat-mic]").GetAttribute("aria-pressed"));
    }
}
