using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class AccessibilityTests(PlanniorAppFixture system)
{
    private static readonly LocatorAssertionsToBeVisibleOptions AssistantReply = new() { Timeout = 90_000 };

    [Fact]
    public async Task Axe_finds_no_serious_violation_on_any_screen()
    {
        var page = await system.NewPageAsync();
        await page.GotoAsync("/");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "landing");
        await page.GotoAsync("/account/signin");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "sign in");
        await page.GotoAsync("/account/signup");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "sign up");

        await Ui.SignUpAsync(page, Ui.NewEmail("sana"), "Sana");
        await Ui.OpenWorkspaceAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "empty workspace");

        await Ui.AddTaskAsync(page, "File the tax return", "High", dueLocal: "2020-01-01T09:00", tags: "money");
        await Ui.SendChatAsync(page, "add pay rent every 1st of the month");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(2);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "workspace with a reply and tasks");

        await Ui.Task(page, "File the tax return").GetByTestId("task-edit").ClickAsync();
        await page.GetByTestId("recurrence-kind").SelectOptionAsync(new SelectOptionValue { Label = "Weekly on…" });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "task editor");
        await page.GetByTestId("edit-cancel").ClickAsync();

        await Ui.Task(page, "File the tax return").GetByTestId("task-delete").ClickAsync();
        await Expect(page.GetByTestId("undo-toast")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "undo toast");
        await page.GetByTestId("undo-delete").ClickAsync();

        var item = page.GetByTestId("conversation-item").First;
        await item.HoverAsync();
        await item.GetByTestId("conversation-delete").ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "delete confirmation");
        await page.GetByTestId("delete-cancel").ClickAsync();

        await page.SetViewportSizeAsync(768, 1000);
        await page.GetByTestId("toggle-tasks").ClickAsync();
        await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "tablet with the task drawer");

        await page.SetViewportSizeAsync(390, 844);
        foreach (var view in new[] { "chat", "tasks", "conversations" })
        {
            await page.GetByTestId($"view-{view}").ClickAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page, $"phone {view}");
        }

        await page.SetViewportSizeAsync(1366, 860);
        await Ui.OpenTasksAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "all tasks");
    }

    [Fact]
    public async Task Every_workspace_action_can_be_reached_from_the_keyboard_with_visible_focus()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("tariq"), "Tariq");
        await Ui.OpenWorkspaceAsync(page);

        // Tab from the top of the page reaches the composer, and what has focus is outlined
        var reached = new HashSet<string>();
        for (var i = 0; i < 40 && !reached.Contains("chat-input"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.testid ?? null");
            if (focused is not null)
            {
                reached.Add(focused);
                var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.boxShadow; }");
                Assert.False(outline.StartsWith("none none", StringComparison.Ordinal), $"{focused} has no visible focus");
            }
        }
        Assert.Contains("new-chat", reached);
        Assert.Contains("conversation-search", reached);
        Assert.Contains("chat-input", reached);

        await page.Keyboard.TypeAsync("add water the plants");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(1);

        // the task's own controls, by keyboard
        await page.GetByTestId("task-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("task-item")).ToHaveAttributeAsync("data-completed", "true");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("task-edit")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("task-editor")).ToBeVisibleAsync();
    }
}
