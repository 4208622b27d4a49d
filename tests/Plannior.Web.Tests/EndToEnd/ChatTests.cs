using System.Text.RegularExpressions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class ChatTests(PlanniorAppFixture system)
{
    // an answer runs the assistant and its tools; far slower than a page render
    private static readonly LocatorAssertionsToBeVisibleOptions AssistantReply = new() { Timeout = 90_000 };

    [Fact]
    public async Task A_task_asked_for_in_chat_appears_in_the_panel_without_leaving_the_chat()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("kamran"), "Kamran");
        await Ui.OpenWorkspaceAsync(page);
        await Expect(page.GetByTestId("tasks-empty")).ToBeVisibleAsync();
        var workspaceUrl = page.Url;

        await Ui.SendChatAsync(page, "add buy oat milk tomorrow 9am");

        await Expect(page.GetByTestId("chat-message-user")).ToHaveTextAsync(new Regex("add buy oat milk tomorrow 9am"));
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        var card = page.Locator("[data-testid=tool-call][data-tool=add_task]");
        await Expect(card).ToContainTextAsync(new Regex("Added · .*oat milk", RegexOptions.IgnoreCase));
        await Expect(card).ToHaveAttributeAsync("data-failed", "false");

        var milk = page.GetByTestId("task-panel").GetByTestId("task-item").Filter(new LocatorFilterOptions
        {
            Has = page.GetByTestId("task-title").GetByText(new Regex("oat milk", RegexOptions.IgnoreCase)),
        });
        await Expect(milk).ToHaveCountAsync(1);
        // signing up saved the browser's zone (Karachi) to the profile, so "tomorrow 9am" is the user's
        await Expect(milk.GetByTestId("task-due")).ToContainTextAsync("Tomorrow, 09:00");
        // the first message opened a conversation: the address follows it, the list shows it
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        Assert.NotEqual(workspaceUrl, page.Url);
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(1);

        await card.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(milk).ToHaveAttributeAsync("data-highlighted", "true");
        await Ui.ScreenshotAsync(page, "chat-tool-card-highlighted-1366", fullPage: false);
    }

    [Fact]
    public async Task Shift_Enter_adds_a_line_and_the_draft_survives_a_reload_and_a_new_sign_in()
    {
        var page = await system.NewPageAsync();
        var email = Ui.NewEmail("nadia");
        await Ui.SignUpAsync(page, email, "Nadia");
        await Ui.OpenWorkspaceAsync(page);
        await Ui.SendChatAsync(page, "add water the plants");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page).ToHaveURLAsync(new Regex("/chat/[0-9a-f-]+$"));
        var conversationUrl = page.Url;

        var input = page.GetByTestId("chat-input");
        await input.PressSequentiallyAsync("first line");
        await input.PressAsync("Shift+Enter");
        await input.PressSequentiallyAsync("second line");
        await Expect(input).ToHaveValueAsync("first line\nsecond line");
        await Expect(page.GetByTestId("chat-message-user")).ToHaveCountAsync(1);

        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "workspace");
        await Expect(page.GetByTestId("chat-input")).ToHaveValueAsync("first line\nsecond line");

        // the session ends (cookie gone): sign in again and come back to the same conversation and draft
        await page.Context.ClearCookiesAsync();
        await page.ReloadAsync();
        await Expect(page).ToHaveURLAsync(Ui.SignInUrl());
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(Ui.Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(conversationUrl);
        await Ui.WaitInteractiveAsync(page, "workspace");
        await Expect(page.GetByTestId("chat-input")).ToHaveValueAsync("first line\nsecond line");
        await Expect(page.GetByTestId("chat-message-user")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_past_conversation_can_be_reopened_with_its_tool_cards_and_Urdu_reads_right_to_left()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("lubna"), "Lubna");
        await Ui.OpenWorkspaceAsync(page);

        await Ui.SendChatAsync(page, "add call the bank");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await page.Keyboard.PressAsync("Control+K");
        await Expect(page.GetByTestId("chat-message-user")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("/chat$"));

        await Ui.SendChatAsync(page, "میرے کام دکھاؤ");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        var mine = page.GetByTestId("chat-message-user").First;
        await Expect(mine).ToHaveAttributeAsync("dir", "auto");
        Assert.Equal("rtl", await mine.EvaluateAsync<string>("bubble => getComputedStyle(bubble).direction"));
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(2);

        // most recent first: the English one is second
        await page.GetByTestId("conversation").Nth(1).ClickAsync();
        await Expect(page.GetByTestId("chat-message-user")).ToHaveTextAsync(new Regex("add call the bank"));
        await Expect(page.Locator("[data-testid=tool-call][data-tool=add_task]")).ToContainTextAsync("Added");
    }

    [Fact]
    public async Task A_conversation_can_be_found_renamed_and_deleted()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("omar"), "Omar");
        await Ui.OpenWorkspaceAsync(page);
        await Ui.SendChatAsync(page, "add renew passport");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(1);

        var item = page.GetByTestId("conversation-item").First;
        await item.HoverAsync();
        await item.GetByTestId("conversation-rename").ClickAsync();
        await page.GetByTestId("rename-input").FillAsync("Travel plans");
        await page.GetByTestId("rename-input").PressAsync("Enter");
        await Expect(page.GetByTestId("conversation-title")).ToHaveTextAsync("Travel plans");
        await Expect(page.Locator("#chat-title")).ToHaveTextAsync("Travel plans");

        await page.GetByTestId("conversation-search").FillAsync("nothing like it");
        await Expect(page.GetByTestId("conversations-none")).ToBeVisibleAsync();
        await page.GetByTestId("conversation-search").FillAsync("travel");
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(1);

        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "workspace");
        await Expect(page.GetByTestId("conversation-title")).ToHaveTextAsync("Travel plans");

        item = page.GetByTestId("conversation-item").First;
        await item.HoverAsync();
        await item.GetByTestId("conversation-delete").ClickAsync();
        await page.GetByTestId("delete-confirm").ClickAsync();
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("/chat$"));
        await Expect(page.GetByTestId("chat-message-user")).ToHaveCountAsync(0);
        // the task the conversation created is the user's, not the conversation's
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(1);
    }
}
