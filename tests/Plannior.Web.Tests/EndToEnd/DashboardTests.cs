using System.Globalization;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class DashboardTests(PlanniorAppFixture system)
{
    private static readonly TimeZoneInfo Karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");

    /// <summary>A generated mix of tasks: overdue, today, tomorrow, later and undated, every priority, some done.</summary>
    private static async Task SeedAsync(ApiAccount account, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var today = WallClock.Today(now, Karachi);
        for (var i = 0; i < 14; i++)
        {
            // hours into the Karachi day, so "today" and "tomorrow" are the same days for the API and the page
            DateTimeOffset? due = random.Next(5) switch
            {
                0 => now.AddHours(-random.Next(2, 72)),
                1 => WallClock.ToInstant(today, new TimeOnly(23, 30), Karachi),
                2 => WallClock.ToInstant(today.AddDays(1), new TimeOnly(random.Next(0, 23), 0), Karachi),
                3 => now.AddDays(random.Next(3, 20)),
                _ => null,
            };
            var task = await account.Api.CreateTaskAsync(account.Session,
                new NewTask($"Task {i} of {seed}", Enum.GetValues<TaskPriority>()[random.Next(3)], DueAt: due));
            if (random.Next(3) == 0)
            {
                await account.Api.CompleteTaskAsync(account.Session, task.Id);
            }
        }
    }

    private static async Task<int> ValueAsync(IPage page, string testId) =>
        int.Parse(await page.GetByTestId(testId).GetAttributeAsync("data-value") ?? "", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1366, 860, "en")]
    [InlineData(390, 844, "en")]
    [InlineData(1366, 860, "ur")]
    [InlineData(390, 844, "ur")]
    public async Task The_dashboard_shows_the_apis_stats_for_a_seeded_account(int width, int height, string language)
    {
        var account = await ApiAccount.SignUpAsync(system, "dashboard");
        await SeedAsync(account, width);
        var page = await system.NewPageAsync(width: width, height: height);
        await account.SignInAsync(page);

        await page.GotoAsync("/dashboard");
        if (language == "ur")
        {
            await page.GetByTestId("language-switch").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ur");
        }
        await Ui.WaitInteractiveAsync(page, "dashboard-page");
        await Expect(page.GetByTestId("chart-completions")).ToBeVisibleAsync();
        var stats = await account.Api.GetStatsAsync(account.Session);

        Assert.Equal(stats.Overdue, await ValueAsync(page, "glance-overdue-count"));
        Assert.Equal(stats.DueToday, await ValueAsync(page, "glance-today-count"));
        Assert.Equal(stats.DueTomorrow, await ValueAsync(page, "glance-tomorrow-count"));
        Assert.Equal(stats.CompletedByDay.TakeLast(7).Sum(d => d.Count), await ValueAsync(page, "glance-completed-count"));
        Assert.Equal(stats.Completed, await ValueAsync(page, "rate-completed"));
        Assert.Equal(stats.Pending, await ValueAsync(page, "rate-pending"));
        Assert.Equal(stats.HighPriority, await ValueAsync(page, "rate-high"));
        Assert.Equal(stats.HighPriority, await ValueAsync(page, "priority-high"));
        var bars = page.GetByTestId("completions-bar");
        Assert.Equal(stats.CompletedByDay.Select(d => d.Count),
            (await bars.EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.value)")).Select(int.Parse));
        Assert.Equal(stats.CompletedByDay.Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            await bars.EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.date)"));

        await Ui.AssertNoHorizontalOverflowAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"dashboard at {width}px ({language})");
        await Ui.ScreenshotAsync(page, $"dashboard-{language}-{width}");
    }

    [Fact]
    public async Task A_new_account_gets_a_friendly_empty_dashboard()
    {
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, Ui.NewEmail("fresh"), "Fresh");
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());

        await page.GotoAsync("/dashboard");

        await Expect(page.GetByTestId("dashboard-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("svg[role=img]")).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "empty dashboard");
        await Ui.ScreenshotAsync(page, "dashboard-empty-en-1366");
    }

    [Fact]
    public async Task Each_card_opens_the_task_page_filtered_to_its_group_and_overdue_shows_exactly_the_overdue_tasks()
    {
        var account = await ApiAccount.SignUpAsync(system, "cards");
        var now = DateTimeOffset.UtcNow;
        var random = new Random(11);
        var overdue = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            // late and open, late but done, later today or next week, or undated: only the first are overdue
            var kind = random.Next(4);
            var title = $"Card task {i} ({kind})";
            DateTimeOffset? due = kind switch
            {
                0 or 1 => now.AddHours(-random.Next(2, 96)),
                2 => now.AddDays(random.Next(2, 6)),
                _ => null,
            };
            var task = await account.Api.CreateTaskAsync(account.Session, new NewTask(title, DueAt: due));
            if (kind == 1)
            {
                await account.Api.CompleteTaskAsync(account.Session, task.Id);
            }
            else if (kind == 0)
            {
                overdue.Add(title);
            }
        }
        var page = await system.NewPageAsync();
        await account.SignInAsync(page);
        await page.GotoAsync("/dashboard");
        await Ui.WaitInteractiveAsync(page, "dashboard-page");

        await page.GetByTestId("glance-overdue").GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/tasks\?status=pending&due=overdue&sort=due$"));
        await Ui.WaitInteractiveAsync(page, "tasks-page");
        await Expect(page.GetByTestId("filter-due")).ToHaveValueAsync("Overdue");
        await Expect(page.GetByTestId("filter-pending")).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(overdue.Count);
        Assert.Equal(overdue.Order(), (await page.GetByTestId("task-title").AllTextContentsAsync()).Select(t => t.Trim()).Order());

        // the other cards ask for their own groups
        await page.GoBackAsync();
        await Ui.WaitInteractiveAsync(page, "dashboard-page");
        await Expect(page.GetByTestId("glance-today").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "tasks?status=pending&due=today&sort=due");
        await Expect(page.GetByTestId("glance-completed").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "tasks?status=completed");
    }
}
