using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>
/// Reminders ring by the browser's clock, which Playwright controls: the page's timer is moved to the reminder's
/// instant rather than waited for. What the page raised is recorded by wrapping the browser's notification calls.
/// </summary>
[Collection(PlanniorAppCollection.Name)]
public sealed class ReminderTests(PlanniorAppFixture system)
{
    // every notification the page raises, through its service worker or on its own, lands in window.__notifications
    private const string RecordNotifications = """
        (() => {
          window.__notifications = [];
          window.__syncs = 0;
          addEventListener("plannior:reminders-synced", () => window.__syncs++);
          const record = (title, options) => window.__notifications.push({ title, tag: options && options.tag, actions: ((options && options.actions) || []).map(a => a.action) });
          if (window.ServiceWorkerRegistration) {
            const show = ServiceWorkerRegistration.prototype.showNotification;
            ServiceWorkerRegistration.prototype.showNotification = function (title, options) { record(title, options); return show.call(this, title, options).catch(() => {}); };
          }
          if (window.Notification) {
            const Original = window.Notification;
            window.Notification = function (title, options) { record(title, options); return new Original(title, options); };
            Object.defineProperty(window.Notification, "permission", { get: () => Original.permission });
            window.Notification.requestPermission = (...args) => Original.requestPermission(...args);
          }
        })();
        """;

    private static async Task<(ApiAccount Account, TaskItem Task, IPage Page)> OpenWithReminderAsync(
        PlanniorAppFixture system, string who, bool allowNotifications)
    {
        var account = await ApiAccount.SignUpAsync(system, who);
        var now = DateTimeOffset.UtcNow;
        var task = await account.Api.CreateTaskAsync(account.Session, new NewTask($"Call the bank {Guid.NewGuid():N}"[..22], RemindAt: now.AddMinutes(3)));
        var page = await system.NewPageAsync();
        page.Console += (_, message) => Console.WriteLine($"[{who} console] {message.Text}");
        page.PageError += (_, error) => Console.WriteLine($"[{who} page error] {error}");
        if (allowNotifications)
        {
            await page.Context.GrantPermissionsAsync(["notifications"]);
        }
        await page.Context.AddInitScriptAsync(RecordNotifications);
        await account.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = now.UtcDateTime });
        await page.GotoAsync("/dashboard");
        await Expect(page.GetByTestId("reminders")).ToHaveAttributeAsync("data-interactive", "true");
        return (account, task, page);
    }

    private static Task<int> NotificationCountAsync(IPage page) => page.EvaluateAsync<int>("() => window.__notifications.length");

    private static async Task WaitForNotificationsAsync(IPage page, int count) =>
        await page.WaitForFunctionAsync($"() => window.__notifications.length >= {count}");

    /// <summary>The reminder moved to about ten minutes after the snooze, by the API's clock.</summary>
    private static async Task<DateTimeOffset> WaitForSnoozeAsync(ApiAccount account, TaskItem task)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            var current = await account.TaskAsync(task.Id);
            if (current.RemindAt != task.RemindAt)
            {
                Assert.InRange(current.RemindAt!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
                return current.RemindAt.Value;
            }
            Assert.True(DateTimeOffset.UtcNow < deadline, "The snooze never reached the API.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Without_permission_a_reminder_is_a_toast_whose_snooze_brings_it_back_and_done_completes_it()
    {
        var (account, task, page) = await OpenWithReminderAsync(system, "toast", allowNotifications: false);
        var toast = page.GetByTestId("reminder-toast");

        await page.Clock.FastForwardAsync("03:30");
        await Expect(toast).ToBeVisibleAsync();
        await Expect(toast.GetByTestId("reminder-title")).ToHaveTextAsync(task.Title);
        Assert.Equal(0, await NotificationCountAsync(page));
        await Ui.ScreenshotAsync(page, "reminder-toast-en-1366", fullPage: false);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "reminder toast");

        await toast.GetByTestId("reminder-snooze").ClickAsync();
        await Expect(toast).ToHaveCountAsync(0);
        await WaitForSnoozeAsync(account, task);

        await page.Clock.FastForwardAsync("11:00");
        await Expect(toast).ToBeVisibleAsync();
        await toast.GetByTestId("reminder-done").ClickAsync();
        await Expect(toast).ToHaveCountAsync(0);
        Assert.True((await account.TaskAsync(task.Id)).Completed);
    }

    // Playwright fills what the page returns into settable properties
    private sealed class Notice
    {
        public string Title { get; set; } = "";

        public string Tag { get; set; } = "";

        public string[] Actions { get; set; } = [];
    }
}
