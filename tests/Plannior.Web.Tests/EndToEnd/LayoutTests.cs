using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class LayoutTests(PlanniorAppFixture system)
{
    private static readonly LocatorAssertionsToBeVisibleOptions AssistantReply = new() { Timeout = 90_000 };

    [Fact]
    public async Task From_phone_to_wide_screen_nothing_scrolls_sideways_and_every_pane_can_be_reached()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("qasim"), "Qasim Raza");
        await Ui.OpenWorkspaceAsync(page);
        await Ui.AddTaskAsync(page, "Renew the car insurance before it lapses at the end of the month", "High", dueLocal: "2030-03-01T10:00", tags: "car, bills");
        await Ui.SendChatAsync(page, "add pay rent every 1st of the month");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(2);

        foreach (var width in new[] { 1920, 1366 })
        {
            await page.SetViewportSizeAsync(width, 860);
            await Expect(page.GetByTestId("conversations")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("chat-pane")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("toggle-tasks")).ToBeHiddenAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"workspace-{width}", fullPage: false);
        }

        // tablet: the task panel is a drawer opened from the chat header
        foreach (var width in new[] { 1024, 768 })
        {
            await page.SetViewportSizeAsync(width, 1000);
            await Expect(page.GetByTestId("task-panel")).ToBeHiddenAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"workspace-{width}", fullPage: false);
            await page.GetByTestId("toggle-tasks").ClickAsync();
            await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"workspace-{width}-tasks", fullPage: false);
            await page.GetByTestId("close-tasks").ClickAsync();
            await Expect(page.GetByTestId("task-panel")).ToBeHiddenAsync();
        }

        // phone: one column and a switch
        foreach (var width in new[] { 390, 360 })
        {
            await page.SetViewportSizeAsync(width, 844);
            await page.GetByTestId("view-chat").ClickAsync();
            await Expect(page.GetByTestId("chat-pane")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("conversations")).ToBeHiddenAsync();
            await Expect(page.GetByTestId("task-panel")).ToBeHiddenAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"workspace-{width}-chat", fullPage: false);

            await page.GetByTestId("view-tasks").ClickAsync();
            await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("chat-pane")).ToBeHiddenAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"workspace-{width}-tasks", fullPage: false);

            await page.GetByTestId("view-conversations").ClickAsync();
            await Expect(page.GetByTestId("conversations")).ToBeVisibleAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"workspace-{width}-conversations", fullPage: false);
        }

        await page.GetByTestId("conversation").First.ClickAsync();
        await Expect(page.GetByTestId("chat-pane")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Sign_in_and_the_full_task_page_fit_every_width()
    {
        var page = await system.NewPageAsync();
        foreach (var width in new[] { 1366, 768, 390 })
        {
            await page.SetViewportSizeAsync(width, 860);
            await page.GotoAsync("/account/signin");
            await Expect(page.GetByTestId("signin-form")).ToBeVisibleAsync();
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"signin-{width}");
        }

        await Ui.SignUpAsync(page, Ui.NewEmail("rubina"), "Rubina");
        await Ui.OpenTasksAsync(page);
        await Ui.AddTaskAsync(page, "Book the dentist", "Low", dueLocal: "2030-01-10T15:00", tags: "health");
        await Ui.AddTaskAsync(page, "Send the quarterly report to the team", "High", dueLocal: "2020-01-06T09:00", tags: "work");
        foreach (var width in new[] { 1366, 768, 390 })
        {
            await page.SetViewportSizeAsync(width, 860);
            await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(2);
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Ui.ScreenshotAsync(page, $"tasks-page-{width}");
        }
    }

    private static readonly (string TestId, string Screen, string Path)[] Destinations =
    [
        ("nav-chat", "workspace", "/chat"),
        ("nav-tasks", "tasks-page", "/tasks"),
        ("nav-dashboard", "dashboard-page", "/dashboard"),
        ("nav-settings", "settings-page", "/settings"),
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("ur")]
    public async Task At_360px_every_link_of_the_header_is_whole_reachable_by_keyboard_and_no_page_scrolls_sideways(string language)
    {
        var page = await system.NewPageAsync(width: 360, height: 780);
        await Ui.SignUpAsync(page, Ui.NewEmail("sana"), "Sana Mir");
        await Ui.OpenWorkspaceAsync(page);
        if (language == "ur")
        {
            await page.GetByTestId("language-switch").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ur");
        }

        foreach (var (testId, screen, path) in Destinations)
        {
            var link = page.GetByTestId(testId);
            await link.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{path}(/[0-9a-f-]+)?$"));
            await Expect(page.GetByTestId(screen)).ToBeVisibleAsync();
            await Expect(page.GetByTestId(testId)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bactive\b"));

            // every link shows its whole label inside the window: none cut off, none scrolled out of sight
            foreach (var (other, _, _) in Destinations)
            {
                var cut = await page.GetByTestId(other).EvaluateAsync<string>("""
                    e => { const r = e.getBoundingClientRect(), w = document.documentElement.clientWidth;
                           return e.scrollWidth <= e.clientWidth && r.left >= 0 && r.right <= w + 0.5 ? ""
                             : `label ${e.scrollWidth}px in ${e.clientWidth}px, from ${Math.round(r.left)} to ${Math.round(r.right)} of ${w}px`; }
                    """);
                Assert.True(cut.Length == 0, $"{other} is cut off at 360px on {path} ({language}): {cut}");
            }
            foreach (var width in new[] { 360, 390, 768, 1366, 1920 })
            {
                await page.SetViewportSizeAsync(width, 780);
                await Ui.AssertNoHorizontalOverflowAsync(page);
            }
            await page.SetViewportSizeAsync(360, 780);
            await Accessibility.AssertNoSeriousViolationsAsync(page, $"{path} at 360px ({language})");
        }
    }
}
