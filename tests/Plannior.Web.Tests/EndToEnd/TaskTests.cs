using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class TaskTests(PlanniorAppFixture system)
{
    [Fact]
    public async Task A_task_can_be_added_completed_filtered_searched_and_deleted()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("gul"), "Gul");
        await Ui.OpenTasksAsync(page);

        await Ui.AddTaskAsync(page, "Water the plants", "High", dueLocal: "2030-01-15T09:30", tags: "home, garden");
        await Ui.AddTaskAsync(page, "Buy stamps", "Low");
        await Ui.AddTaskAsync(page, "Call the plumber", "Medium", dueLocal: "2030-02-01T18:00");

        var plants = Ui.Task(page, "Water the plants");
        await Expect(plants).ToBeVisibleAsync();
        await Expect(plants.GetByTestId("task-priority")).ToHaveTextAsync("High");
        await Expect(plants.GetByTestId("task-tag")).ToHaveTextAsync(["#home", "#garden"]);
        // typed as 09:30 in Karachi (UTC+5): stored as 04:30 UTC, shown back as 09:30
        await Expect(plants.GetByTestId("task-due")).ToHaveAttributeAsync("datetime", "2030-01-15T04:30:00Z");
        await Expect(plants.GetByTestId("task-due")).ToContainTextAsync("15 Jan 2030, 09:30");
        await Expect(page.GetByTestId("task-count")).ToHaveTextAsync("3 tasks");
        await Ui.ScreenshotAsync(page, "tasks");

        await plants.GetByTestId("task-toggle").ClickAsync();
        await Expect(plants).ToHaveAttributeAsync("data-completed", "true");

        await page.GetByTestId("filter-pending").ClickAsync();
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(2);
        await Expect(plants).ToHaveCountAsync(0);

        await page.GetByTestId("filter-completed").ClickAsync();
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(1);
        await Expect(plants).ToBeVisibleAsync();
        await Ui.ScreenshotAsync(page, "tasks-completed");

        await plants.GetByTestId("task-toggle").ClickAsync();
        await Expect(page.GetByTestId("tasks-empty")).ToBeVisibleAsync();

        await page.GetByTestId("filter-all").ClickAsync();
        await page.GetByTestId("task-search").FillAsync("stamps");
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(1);
        await Expect(Ui.Task(page, "Buy stamps")).ToBeVisibleAsync();

        await page.GetByTestId("task-search").FillAsync("");
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(3);
        await plants.GetByTestId("task-delete").ClickAsync();
        await Expect(plants).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("undo-toast")).ToContainTextAsync("Deleted · Water the plants");
        await Expect(page.GetByTestId("task-count")).ToHaveTextAsync("2 tasks");
        // dismissing the toast ends the undo window: the delete is sent now
        await page.GetByTestId("dismiss-toast").ClickAsync();
        await Expect(page.GetByTestId("undo-toast")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Expect(Ui.Task(page, "Buy stamps")).ToBeVisibleAsync();
        await Expect(plants).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_task_is_edited_inline_with_a_repeat_rule_and_a_delete_can_be_undone()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("parveen"), "Parveen");
        await Ui.OpenWorkspaceAsync(page);
        await Ui.AddTaskAsync(page, "Pay rent", "Medium");
        var rent = Ui.Task(page, "Pay rent");

        await rent.GetByTestId("task-edit").ClickAsync();
        var editor = page.GetByTestId("task-editor");
        await editor.GetByTestId("edit-title").FillAsync("Pay the rent");
        await editor.GetByTestId("edit-description").FillAsync("Standing order to the landlord");
        await editor.GetByTestId("edit-priority").SelectOptionAsync(new SelectOptionValue { Label = "High" });
        await editor.GetByTestId("edit-tags").FillAsync("home, bills");
        await editor.GetByTestId("edit-due").FillAsync("2030-01-01T09:00");
        await editor.GetByTestId("recurrence-kind").SelectOptionAsync(new SelectOptionValue { Label = "Monthly on day…" });
        await editor.GetByTestId("recurrence-month-day").FillAsync("1");
        await editor.GetByTestId("edit-save").ClickAsync();

        var paid = Ui.Task(page, "Pay the rent");
        await Expect(paid.GetByTestId("task-recurrence")).ToHaveTextAsync("every month on the 1st");
        await Expect(paid.GetByTestId("task-priority")).ToHaveTextAsync("High");
        await Expect(paid.GetByTestId("task-tag")).ToHaveTextAsync(["#home", "#bills"]);
        await Expect(paid.GetByTestId("task-description")).ToHaveTextAsync("Standing order to the landlord");
        await Expect(paid.GetByTestId("task-due")).ToContainTextAsync("1 Jan 2030, 09:00");

        await paid.GetByTestId("task-delete").ClickAsync();
        await Expect(paid).ToHaveCountAsync(0);
        await page.GetByTestId("undo-delete").ClickAsync();
        await Expect(paid).ToBeVisibleAsync();
        await Expect(page.GetByTestId("undo-toast")).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "workspace");
        await Expect(Ui.Task(page, "Pay the rent").GetByTestId("task-recurrence")).ToHaveTextAsync("every month on the 1st");
    }

    [Fact]
    public async Task A_blank_title_is_refused_before_anything_is_sent()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("hina"), "Hina");
        await Ui.OpenTasksAsync(page);

        await page.GetByTestId("new-task-title").FillAsync("   ");
        await page.GetByTestId("add-task").ClickAsync();

        await Expect(page.Locator(".field:has([data-testid=new-task-title]) .validation-message"))
            .ToHaveTextAsync("Give the task a title.");
        await Expect(page.GetByTestId("tasks-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task One_users_tasks_are_invisible_to_another_user()
    {
        var first = await system.NewPageAsync();
        await Ui.SignUpAsync(first, Ui.NewEmail("imran"), "Imran");
        await Ui.OpenTasksAsync(first);
        await Ui.AddTaskAsync(first, "Imran's private errand");
        await Expect(Ui.Task(first, "Imran's private errand")).ToBeVisibleAsync();

        var second = await system.NewPageAsync();
        await Ui.SignUpAsync(second, Ui.NewEmail("javeria"), "Javeria");
        await Ui.OpenTasksAsync(second);

        await Expect(second.GetByTestId("tasks-empty")).ToBeVisibleAsync();
        await Expect(Ui.Task(second, "Imran's private errand")).ToHaveCountAsync(0);
        await second.GetByTestId("task-search").FillAsync("errand");
        await Expect(second.GetByTestId("tasks-empty")).ToContainTextAsync("No tasks match");
    }
}
