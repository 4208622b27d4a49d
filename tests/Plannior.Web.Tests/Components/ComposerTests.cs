using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Components;

public sealed class ComposerTests : ComponentTest
{
    private readonly List<string> sent = [];
    private int stops;

    private IRenderedComponent<Composer> RenderComposer(bool busy = false) =>
        Render<Composer>(p => p
            .Add(c => c.DraftKey, "user:new")
            .Add(c => c.Busy, busy)
            .Add(c => c.OnSend, text => sent.Add(text))
            .Add(c => c.OnStop, () => stops++));

    [Fact]
    public void Enter_sends_the_trimmed_text_and_empties_the_box()
    {
        var cut = RenderComposer();
        var input = cut.Find("textarea");

        input.Input("  add pay rent  ");
        input.KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(["add pay rent"], sent);
        Assert.Equal("", cut.Find("textarea").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Shift_Enter_and_input_method_composition_send_nothing()
    {
        var cut = RenderComposer();
        var input = cut.Find("textarea");
        input.Input("کل");

        input.KeyDown(new KeyboardEventArgs { Key = "Enter", ShiftKey = true });
        input.KeyDown(new KeyboardEventArgs { Key = "Enter", IsComposing = true });

        Assert.Empty(sent);
    }

    [Fact]
    public void While_a_reply_streams_the_button_and_Escape_stop_it()
    {
        var cut = RenderComposer(busy: true);

        Assert.Empty(cut.FindAll("[data-testid=chat-send]"));
        cut.Find("[data-testid=chat-stop]").Click();
        cut.Find("textarea").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        cut.Find("textarea").Input("more");
        cut.Find("textarea").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal(2, stops);
        Assert.Empty(sent);
    }

    [Fact]
    public void The_draft_kept_in_the_browser_comes_back()
    {
        JSInterop.Setup<string?>("plannior.drafts.load", "user:new").SetResult("buy oat milk");

        var cut = RenderComposer();

        cut.WaitForAssertion(() => Assert.Equal("buy oat milk", cut.Find("textarea").GetAttribute("value")));
        JSInterop.VerifyInvoke("plannior.composer.attach");
    }
}
