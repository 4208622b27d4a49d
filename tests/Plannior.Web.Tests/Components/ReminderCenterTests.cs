using System.Net;
using Bunit;
using Plannior.Web.Components.Reminders;

namespace Plannior.Web.Tests.Components;

public sealed class ReminderCenterTests : SignedInPageTest
{
    private static readonly Reminder PayRent = new(7, "Pay rent", new DateTimeOffset(2030, 1, 10, 6, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2030, 1, 10, 12, 0, 0, TimeSpan.Zero));

    private const string Task = """
        {"id":7,"title":"Pay rent","description":null,"completed":false,"priority":"high","tags":[],"due_at":null,"remind_at":"2030-01-10T06:10:00Z",
         "recurrence":null,"created_at":"2029-12-01T10:00:00Z","updated_at":"2029-12-01T10:00:00Z","completed_at":null}
        """;

    public ReminderCenterTests()
    {
        JSInterop.SetupModule("http://localhost/js/reminders.js");
    }

    private IRenderedComponent<ReminderCenter> RenderWithToast()
    {
        var cut = Render<ReminderCenter>(p => p.Add(c => c.Session, SignedIn.Session));
        cut.InvokeAsync(() => cut.Instance.Show(PayRent));
        cut.WaitForElement("[data-testid=reminder-toast]");
        return cut;
    }

    [Fact]
    public void It_starts_the_browser_side_for_the_signed_in_user()
    {
        Render<ReminderCenter>(p => p.Add(c => c.Session, SignedIn.Session));

        var start = Assert.Single(JSInterop.Invocations, i => i.Identifier == "start");
        Assert.Contains(UserId, System.Text.Json.JsonSerializer.Serialize(start.Arguments[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_due_reminder_shows_as_a_toast_with_its_local_due_time_and_the_two_actions()
    {
        var cut = RenderWithToast();

        Assert.Equal("Pay rent", cut.Find("[data-testid=reminder-title]").TextContent);
        // 12:00Z is 5 pm in Karachi
        Assert.Contains("5:00", cut.Find(".reminder-toast__due").TextContent, StringComparison.Ordinal);
        Assert.Equal("Done", cut.Find("[data-testid=reminder-done]").TextContent);
        Assert.Equal("Snooze 10 min", cut.Find("[data-testid=reminder-snooze]").TextContent);
    }

    [Fact]
    public void The_same_reminder_shown_twice_is_one_toast()
    {
        var cut = RenderWithToast();

        cut.InvokeAsync(() => cut.Instance.Show(PayRent));

        Assert.Single(cut.FindAll("[data-testid=reminder-toast]"));
    }

    [Fact]
    public void Snooze_moves_the_reminder_ten_minutes_and_tells_the_other_tabs()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/tasks/7/snooze", HttpStatusCode.OK, Task);
        var cut = RenderWithToast();

        cut.Find("[data-testid=reminder-snooze]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=reminder-toast]")));
        Assert.Equal("""{"minutes":10}""", Assert.Single(Gateway.Sent(HttpMethod.Post, "/tasks/7/snooze")).Body);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "changed");
    }

    [Fact]
    public void Done_completes_the_task()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/tasks/7/complete", HttpStatusCode.OK, $$"""{"task":{{Task}},"next_task":null}""");
        var cut = RenderWithToast();

        cut.Find("[data-testid=reminder-done]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=reminder-toast]")));
        Assert.Single(Gateway.Sent(HttpMethod.Post, "/tasks/7/complete"));
    }

    [Fact]
    public void A_failed_action_keeps_the_toast_and_says_why()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/tasks/7/snooze", HttpStatusCode.NotFound, """{"title":"Task not found.","status":404}""");
        var cut = RenderWithToast();

        cut.Find("[data-testid=reminder-snooze]").Click();

        cut.WaitForAssertion(() => Assert.Contains("no longer exists", cut.Find("[data-testid=reminder-error]").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll("[data-testid=reminder-toast]"));
    }

    [Fact]
    public async Task The_browser_reads_the_window_it_asks_for()
    {
        Gateway.On(HttpMethod.Get, $"{UserPath}/reminders", HttpStatusCode.OK,
            """{"items":[{"task_id":7,"title":"Pay rent","remind_at":"2030-01-10T06:00:00Z","due_at":null}]}""");
        var cut = Render<ReminderCenter>(p => p.Add(c => c.Session, SignedIn.Session));

        var items = await cut.InvokeAsync(() => cut.Instance.Fetch(
            new DateTimeOffset(2030, 1, 9, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 11, 6, 0, 0, TimeSpan.Zero)));

        Assert.Equal(7, Assert.Single(items).TaskId);
        Assert.Contains("from=2030-01-09T06%3A00%3A00Z&to=2030-01-11T06%3A00%3A00Z", Assert.Single(Gateway.Sent(HttpMethod.Get, "/reminders")).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void In_urdu_the_toast_is_urdu()
    {
        UseCulture("ur");
        var cut = RenderWithToast();

        Assert.Equal("ہو گیا", cut.Find("[data-testid=reminder-done]").TextContent);
        Assert.Equal("10 منٹ بعد", cut.Find("[data-testid=reminder-snooze]").TextContent);
    }
}
