using System.Text.RegularExpressions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>
/// Reminders ring by the browser's clock. The test sets the page's wall clock past a reminder
/// (<c>Clock.SetSystemTimeAsync</c>) and the page's own timer, running in real time, notices it at its next re-read
/// (<see cref="PlanniorAppFixture.ReminderResync"/>). No timer is fast-forwarded: Blazor's and SignalR's timers keep
/// their real pace, so the circuit never sees a server timeout that didn't happen. The clock only moves forward.
/// What the page raised is recorded by wrapping the browser's notification calls.
/// </summary>
[Collection(PlanniorAppCollection.Name)]
public sealed class ReminderTests(PlanniorAppFixture system)
{
    // every notification the page raises (through its service worker or on its own) once the browser accepted it,
    // and the reminder count of every re-read the page finished
    private const string RecordNotifications = """
        (() => {
          window.__notifications = [];
          window.__syncs = [];
          addEventListener("plannior:reminders-synced", event => window.__syncs.push(event.detail.count));
          const record = (title, options, via) => window.__notifications.push({ title, via, tag: (options && options.tag) || "", actions: ((options && options.actions) || []).map(a => a.action) });
          if (window.ServiceWorkerRegistration) {
            const show = ServiceWorkerRegistration.prototype.showNotification;
            ServiceWorkerRegistration.prototype.showNotification = async function (title, options) { await show.call(this, title, options); record(title, options, "worker"); };
          }
          if (window.Notification) {
            const Original = window.Notification;
            window.Notification = function (title, options) { const shown = new Original(title, options); record(title, options, "page"); return shown; };
            Object.defineProperty(window.Notification, "permission", { get: () => Original.permission });
            window.Notification.requestPermission = (...args) => Original.requestPermission(...args);
          }
        })();
        """;

    // a click on one of the notification's buttons, as reminders-sw.js relays it to the open tabs (Playwright for .NET
    // can't reach into a service worker, so the relay's message is posted from the page)
    private const string ClickNotificationButton = """
        ({ taskId, tag, action }) => new BroadcastChannel("plannior-reminders").postMessage({ type: "action", action, taskId, tag })
        """;

    // the notifications the browser holds for this tag, as the page's service worker registration shows them
    private const string HeldNotifications = """
        async tag => (await (await navigator.serviceWorker.ready).getNotifications({ tag })).map(n => n.title)
        """;

    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task With_permission_a_reminder_is_a_notification_whose_snooze_rings_it_again_later_and_done_completes_it()
    {
        var account = await ApiAccount.SignUpAsync(system, "notify");
        var task = await AddReminderAsync(account, "Call the bank", TimeSpan.FromMinutes(3));
        var page = await OpenAsync(account, allowNotifications: true);

        await WaitForSyncAsync(page, reminders: 1);
        Assert.Empty(await NotificationsAsync(page));

        await page.Clock.SetSystemTimeAsync((task.RemindAt!.Value + Margin).UtcDateTime);
        var first = Assert.Single(await WaitForNotificationsAsync(page, 1));
        Assert.Equal(task.Title, first.Title);
        Assert.Equal("worker", first.Via);
        Assert.Equal(["done", "snooze"], first.Actions);
        await Expect(page.GetByTestId("reminder-toast")).ToHaveCountAsync(0);

        Assert.Equal([task.Title], await page.EvaluateAsync<string[]>(HeldNotifications, first.Tag));

        await page.EvaluateAsync(ClickNotificationButton, new { taskId = task.Id, tag = first.Tag, action = "snooze" });
        var snoozed = await WaitForSnoozeAsync(account, task);

        // not before its new time
        await WaitForSyncAsync(page, reminders: 1, after: await SyncCountAsync(page));
        Assert.Single(await NotificationsAsync(page));

        await page.Clock.SetSystemTimeAsync((snoozed + Margin).UtcDateTime);
        var notifications = await WaitForNotificationsAsync(page, 2);
        var again = notifications[1];
        Assert.Equal(task.Title, again.Title);
        Assert.NotEqual(first.Tag, again.Tag);

        await page.EvaluateAsync(ClickNotificationButton, new { taskId = task.Id, tag = again.Tag, action = "done" });
        await WaitForAsync(async () => (await account.TaskAsync(task.Id)).Completed, "The notification's Done never completed the task.");
        // done, it is no longer in the reminders the page reads, and rings no more
        await WaitForSyncAsync(page, reminders: 0);
        Assert.Equal(2, (await NotificationsAsync(page)).Length);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ur")]
    public async Task Without_permission_a_reminder_is_a_toast_whose_snooze_brings_it_back_later_and_done_completes_it(string language)
    {
        var account = await ApiAccount.SignUpAsync(system, "toast");
        await account.Api.UpdateProfileAsync(account.Session, new ProfileUpdate(LanguagePreference: language));
        var task = await AddReminderAsync(account, language == "ur" ? "بینک کو فون کریں" : "Call the bank", TimeSpan.FromMinutes(3));
        var page = await OpenAsync(account, allowNotifications: false);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        Assert.NotEqual("granted", await page.EvaluateAsync<string>("() => Notification.permission"));
        var toast = page.GetByTestId("reminder-toast");

        await WaitForSyncAsync(page, reminders: 1);
        await Expect(toast).ToHaveCountAsync(0);

        await page.Clock.SetSystemTimeAsync((task.RemindAt!.Value + Margin).UtcDateTime);
        await Expect(toast).ToBeVisibleAsync();
        await Expect(toast.GetByTestId("reminder-title")).ToHaveTextAsync(task.Title);
        await Expect(toast.GetByTestId("reminder-snooze")).ToHaveTextAsync(language == "ur" ? new Regex("منٹ بعد$") : new Regex("^Snooze 10 min$"));
        Assert.Empty(await NotificationsAsync(page));
        await Ui.ScreenshotAsync(page, $"reminder-toast-{language}-1366", fullPage: false);
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"reminder toast ({language})");

        // unanswered, it outlives a reload of the tab: shown again, once
        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "reminders");
        await WaitForSyncAsync(page, reminders: 1);
        await Expect(toast).ToHaveCountAsync(1);
        await Expect(toast.GetByTestId("reminder-title")).ToHaveTextAsync(task.Title);

        await toast.GetByTestId("reminder-snooze").ClickAsync();
        await Expect(toast).ToHaveCountAsync(0);
        var snoozed = await WaitForSnoozeAsync(account, task);

        // not before its new time
        await WaitForSyncAsync(page, reminders: 1, after: await SyncCountAsync(page));
        await Expect(toast).ToHaveCountAsync(0);

        await page.Clock.SetSystemTimeAsync((snoozed + Margin).UtcDateTime);
        await Expect(toast).ToBeVisibleAsync();
        await Expect(toast.GetByTestId("reminder-title")).ToHaveTextAsync(task.Title);
        await toast.GetByTestId("reminder-done").ClickAsync();
        await Expect(toast).ToHaveCountAsync(0);
        Assert.True((await account.TaskAsync(task.Id)).Completed);
        await page.ReloadAsync();
        await Ui.WaitInteractiveAsync(page, "reminders");
        await WaitForSyncAsync(page, reminders: 0);
        await Expect(toast).ToHaveCountAsync(0);
        Assert.Empty(await NotificationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reload_neither_repeats_a_reminder_that_rang_nor_loses_one_that_came_due_while_the_app_was_closed()
    {
        var account = await ApiAccount.SignUpAsync(system, "reload");
        var bank = await AddReminderAsync(account, "Call the bank", TimeSpan.FromMinutes(3));
        var rent = await AddReminderAsync(account, "Pay rent", TimeSpan.FromMinutes(6));
        var page = await OpenAsync(account, allowNotifications: true);
        await WaitForSyncAsync(page, reminders: 2);

        await page.Clock.SetSystemTimeAsync((bank.RemindAt!.Value + Margin).UtcDateTime);
        Assert.Equal(bank.Title, Assert.Single(await WaitForNotificationsAsync(page, 1)).Title);

        // the same reminder read again after a reload, with the page's clock past it: only "already rung" keeps it quiet
        await page.ReloadAsync();
        await WaitForSyncAsync(page, reminders: 2);
        Assert.True(await page.EvaluateAsync<double>("() => Date.now()") > bank.RemindAt.Value.ToUnixTimeMilliseconds());
        Assert.Empty(await NotificationsAsync(page));

        // the app closed while the rent reminder comes due, and opened again
        await page.GotoAsync("about:blank");
        await page.Clock.SetSystemTimeAsync((rent.RemindAt!.Value + Margin).UtcDateTime);
        await page.GotoAsync("/dashboard");
        await Ui.WaitInteractiveAsync(page, "reminders");
        await WaitForSyncAsync(page, reminders: 2);
        var rang = Assert.Single(await NotificationsAsync(page));
        Assert.Equal(rent.Title, rang.Title);
        Assert.Equal(["done", "snooze"], rang.Actions);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reminder_already_due_when_the_app_is_first_opened_rings_at_once_with_its_buttons()
    {
        var account = await ApiAccount.SignUpAsync(system, "first");
        var task = await AddReminderAsync(account, "Water the plants", TimeSpan.FromMinutes(-1));
        var page = await system.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["notifications"]);
        await page.Context.AddInitScriptAsync(RecordNotifications);

        // the first page after sign-in is the first this browser registers the reminders' service worker on
        await account.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());

        var rang = Assert.Single(await WaitForNotificationsAsync(page, 1));
        Assert.Equal(task.Title, rang.Title);
        Assert.Equal("worker", rang.Via);
        Assert.Equal(["done", "snooze"], rang.Actions);
        await page.Context.CloseAsync();
    }

    private static async Task<TaskItem> AddReminderAsync(ApiAccount account, string title, TimeSpan fromNow) =>
        await account.Api.CreateTaskAsync(account.Session,
            new NewTask($"{title} {Guid.NewGuid():N}"[..(title.Length + 7)], RemindAt: DateTimeOffset.UtcNow.Add(fromNow)));

    private async Task<IPage> OpenAsync(ApiAccount account, bool allowNotifications)
    {
        var page = await system.NewPageAsync();
        page.Console += (_, message) => Console.WriteLine($"[{account.Session.Name} console] {message.Text}");
        page.PageError += (_, error) => Console.WriteLine($"[{account.Session.Name} page error] {error}");
        if (allowNotifications)
        {
            await page.Context.GrantPermissionsAsync(["notifications"]);
        }
        await page.Context.AddInitScriptAsync(RecordNotifications);
        // the page's clock is Playwright's from its first document on: installed later, it would not know the timers
        // set before, and SignalR's clearTimeout of those would miss
        await page.Clock.SetSystemTimeAsync(DateTime.UtcNow);
        await account.SignInAsync(page);
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        // a light page: the workspace would stream its own traffic over the circuit
        await page.GotoAsync("/dashboard");
        await Ui.WaitInteractiveAsync(page, "reminders");
        return page;
    }

    private static Task<int> SyncCountAsync(IPage page) => page.EvaluateAsync<int>("() => window.__syncs.length");

    /// <summary>Waits for a re-read, after the <paramref name="after"/>-th, in which the page had this many reminders in reach.</summary>
    private static Task WaitForSyncAsync(IPage page, int reminders, int after = 0) =>
        page.WaitForFunctionAsync("([count, after]) => window.__syncs.slice(after).includes(count)", new[] { reminders, after });

    private static Task<Notice[]> NotificationsAsync(IPage page) => page.EvaluateAsync<Notice[]>("() => window.__notifications");

    private static async Task<Notice[]> WaitForNotificationsAsync(IPage page, int count)
    {
        await page.WaitForFunctionAsync("count => window.__notifications.length >= count", count);
        return await NotificationsAsync(page);
    }

    /// <summary>The reminder moved to about ten minutes after the snooze, by the API's clock.</summary>
    private static async Task<DateTimeOffset> WaitForSnoozeAsync(ApiAccount account, TaskItem task)
    {
        var before = DateTimeOffset.UtcNow;
        DateTimeOffset? moved = null;
        await WaitForAsync(async () => (moved = (await account.TaskAsync(task.Id)).RemindAt) != task.RemindAt,
            "The snooze never reached the API.");
        Assert.InRange(moved!.Value - before, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10.5));
        return moved.Value;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, failure);
            await Task.Delay(200);
        }
    }

    // Playwright fills what the page returns into settable properties
    private sealed class Notice
    {
        public string Title { get; set; } = "";

        public string Via { get; set; } = "";

        public string Tag { get; set; } = "";

        public string[] Actions { get; set; } = [];
    }
}
