using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>What only a real (here: scripted) provider does: long streamed replies and failures after a tool ran.</summary>
[Collection(ScriptedProviderCollection.Name)]
public sealed class ScriptedProviderTests(ScriptedProviderAppFixture system)
{
    private static readonly LocatorAssertionsToBeVisibleOptions AssistantReply = new() { Timeout = 90_000 };

    [Fact]
    public async Task A_long_streamed_reply_stopped_midway_keeps_its_partial_text_in_the_history()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("umar"), "Umar");
        await Ui.OpenWorkspaceAsync(page);

        await Ui.SendChatAsync(page, ScriptedProvider.LongReplyPrompt);
        var reply = page.GetByTestId("chat-message-assistant").Last;
        await Expect(reply).ToContainTextAsync("Step 3.", new LocatorAssertionsToContainTextOptions { Timeout = 90_000 });
        await page.GetByTestId("chat-stop").ClickAsync();

        await Expect(reply).ToHaveAttributeAsync("data-state", "stopped");
        await Expect(reply).Not.ToContainTextAsync($"Step {ScriptedProvider.LongReplySteps}.");
        await Expect(page.GetByTestId("chat-send")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "workspace");
        var stored = page.GetByTestId("chat-message-assistant");
        await Expect(stored).ToHaveCountAsync(1);
        await Expect(stored).ToContainTextAsync("Step 1. Step 2. Step 3.");
        await Expect(stored).Not.ToContainTextAsync($"Step {ScriptedProvider.LongReplySteps}.");
    }

    [Fact]
    public async Task Retry_after_a_provider_failure_creates_no_duplicate_task()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("vaneeza"), "Vaneeza");
        await Ui.OpenWorkspaceAsync(page);
        system.Provider.FailAfterTool = true;

        await Ui.SendChatAsync(page, ScriptedProvider.FailingToolPrompt);

        await Expect(page.GetByTestId("chat-message-failed")).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("chat-retry")).ToBeVisibleAsync();
        var gasBill = Ui.Task(page, "Pay the gas bill");
        await Expect(gasBill).ToHaveCountAsync(1);

        system.Provider.FailAfterTool = false;
        await page.GetByTestId("chat-retry").ClickAsync();

        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("chat-message-failed")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("chat-message-user")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "workspace");
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(1);
        await Expect(gasBill).ToHaveCountAsync(1);
    }
}
