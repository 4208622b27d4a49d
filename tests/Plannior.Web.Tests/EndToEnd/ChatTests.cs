using System.Text.RegularExpressions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class ChatTests(PlanniorAppFixture system)
{
    // an answer runs the assistant and its tools; far slower than a page render
    private static readonly LocatorAssertionsToBeVisibleOptions AssistantReply = new() { Timeout = 90_000 };

    [Fact]
    public async Task Asking_the_assistant_to_add_a_task_puts_it_on_the_task_list()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("kamran"), "Kamran");
        await page.GetByTestId("nav-chat").ClickAsync();
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        await Ui.WaitInteractiveAsync(page, "chat-page");

        await page.GetByTestId("chat-input").FillAsync("add buy milk tomorrow");
        await page.GetByTestId("chat-send").ClickAsync();

        await Expect(page.GetByTestId("chat-message-user")).ToHaveTextAsync(new Regex("add buy milk tomorrow"));
        await Expect(page.GetByTestId("chat-message-assistant").Last).ToBeVisibleAsync(AssistantReply);
        await Expect(page.Locator("[data-testid=tool-call][data-tool=add_task]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("conversation")).ToHaveCountAsync(1);
        await Ui.ScreenshotAsync(page, "chat");

        await Ui.OpenTasksAsync(page);
        var milk = page.GetByTestId("task-item").Filter(new LocatorFilterOptions
        {
            Has = page.GetByTestId("task-title").GetByText(new Regex("milk", RegexOptions.IgnoreCase)),
        });
        await Expect(milk).ToHaveCountAsync(1);
        // signing up saved the browser's zone (Karachi) to the profile, so "tomorrow" is the user's tomorrow
        await Expect(milk.GetByTestId("task-due")).ToContainTextAsync("Tomorrow");
    }

    [Fact]
    public async Task A_past_conversation_can_be_reopened_and_Urdu_reads_right_to_left()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("lubna"), "Lubna");
        await page.GotoAsync("/chat");
        await Ui.WaitInteractiveAsync(page, "chat-page");

        await page.GetByTestId("chat-input").FillAsync("میرے کام دکھاؤ");
        await page.GetByTestId("chat-send").ClickAsync();
        await Expect(page.GetByTestId("chat-message-assistant").Last).ToBeVisibleAsync(AssistantReply);

        var mine = page.GetByTestId("chat-message-user").First;
        await Expect(mine).ToHaveAttributeAsync("dir", "auto");
        Assert.Equal("rtl", await mine.EvaluateAsync<string>("bubble => getComputedStyle(bubble).direction"));
        await Ui.ScreenshotAsync(page, "chat-urdu");

        await page.GetByTestId("new-chat").ClickAsync();
        await Expect(page.GetByTestId("chat-message-user")).ToHaveCountAsync(0);

        await page.GetByTestId("conversation").First.ClickAsync();
        await Expect(page.GetByTestId("chat-message-user")).ToHaveTextAsync(new Regex("میرے کام دکھاؤ"));
        await Expect(page.GetByTestId("chat-message-assistant")).ToHaveCountAsync(1);
    }
}
