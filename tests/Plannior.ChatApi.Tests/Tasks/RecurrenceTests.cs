using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// Completing a recurring task creates its next occurrence, due per the rule in the user's zone. Due dates are in
/// the future, so the next due is simply the rule's first occurrence after the old one.
/// </summary>
public sealed class RecurrenceTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private static DateOnly TodayUtc => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Daily_moves_one_day_and_carries_the_task_over()
    {
        var api = await factory.NewUserAsync();
        var due = At(TodayUtc.AddDays(3), 9);
        var task = await api.NewTaskAsync(new
        {
            title = "Stretch", description = "10 minutes", priority = "high", tags = new[] { "health" },
            due_at = due.Iso(), remind_at = due.AddMinutes(-15).Iso(), recurrence = "FREQ=DAILY",
        });

        var result = await api.CompleteTaskAsync(task.Id());

        var next = result["next_task"]!;
        Assert.NotEqual(task.Id(), next.Id());
        Assert.Equal(due.AddDays(1), next.Instant("due_at"));
        Assert.Equal(due.AddDays(1).AddMinutes(-15), next.Instant("remind_at"));
        Assert.False(next["completed"]!.GetValue<bool>());
        Assert.True(next.IsNull("completed_at"));
        foreach (var field in new[] { "title", "description", "priority", "tags", "recurrence" })
        {
            Assert.True(JsonNode.DeepEquals(task[field], next[field]), $"{field}: {task[field]} → {next[field]}");
        }
        Assert.True(JsonNode.DeepEquals(next, await api.GetTaskAsync(next.Id())));
        Assert.True(result["task"]!["completed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Weekly_on_monday_and_wednesday_goes_from_monday_to_wednesday()
    {
        var monday = NextWeekday(TodayUtc.AddDays(7), DayOfWeek.Monday);

        await AssertNextDueAsync("FREQ=WEEKLY;BYDAY=MO,WE", At(monday, 9), At(monday.AddDays(2), 9));
        await AssertNextDueAsync("FREQ=WEEKLY;BYDAY=MO,WE", At(monday.AddDays(2), 9), At(monday.AddDays(7), 9));
    }

    [Fact]
    public async Task Monthly_on_the_first_goes_to_the_next_first()
    {
        var first = new DateOnly(TodayUtc.Year, TodayUtc.Month, 1).AddMonths(2);

        await AssertNextDueAsync("FREQ=MONTHLY;BYMONTHDAY=1", At(first, 9), At(first.AddMonths(1), 9));
    }

    [Fact]
    public async Task Every_two_weeks_skips_a_week()
    {
        var due = At(TodayUtc.AddDays(3), 18);

        await AssertNextDueAsync("FREQ=WEEKLY;INTERVAL=2", due, due.AddDays(14));
    }

    [Fact]
    public async Task Rules_follow_the_users_clock_not_utc()
    {
        // 09:00 in Karachi (UTC+5) stays 09:00 there; 02:00 on a Monday in Karachi is still Sunday in UTC.
        var karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");
        var day = TodayUtc.AddDays(3);
        await AssertNextDueAsync("FREQ=DAILY", Local(day, 9, karachi), Local(day.AddDays(1), 9, karachi), "Asia/Karachi");

        var monday = NextWeekday(TodayUtc.AddDays(7), DayOfWeek.Monday);
        await AssertNextDueAsync("FREQ=WEEKLY;BYDAY=MO", Local(monday, 2, karachi), Local(monday.AddDays(7), 2, karachi), "Asia/Karachi");

        // Kiritimati (UTC+14): the 1st at 08:00 local is the last day of the previous month in UTC.
        var kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var first = new DateOnly(TodayUtc.Year, TodayUtc.Month, 1).AddMonths(2);
        await AssertNextDueAsync("FREQ=MONTHLY;BYMONTHDAY=1", Local(first, 8, kiritimati), Local(first.AddMonths(1), 8, kiritimati),
            "Pacific/Kiritimati");
    }

    [Fact]
    public async Task Daily_keeps_the_local_hour_across_a_daylight_saving_change()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var day = TodayUtc.AddDays(2);
        while (newYork.GetUtcOffset(Local(day, 12, newYork)) == newYork.GetUtcOffset(Local(day.AddDays(1), 12, newYork)))
        {
            day = day.AddDays(1);
        }

        var due = Local(day, 9, newYork);
        var expected = Local(day.AddDays(1), 9, newYork);
        Assert.NotEqual(TimeSpan.FromDays(1), expected - due);
        await AssertNextDueAsync("FREQ=DAILY", due, expected, "America/New_York");
    }

    [Fact]
    public async Task Count_shrinks_with_each_occurrence_and_the_last_makes_none()
    {
        var api = await factory.NewUserAsync();
        var due = At(TodayUtc.AddDays(2), 9);
        var task = await api.NewTaskAsync(new { title = "Two sessions", due_at = due.Iso(), recurrence = "FREQ=DAILY;COUNT=2" });

        var next = (await api.CompleteTaskAsync(task.Id()))["next_task"]!;
        Assert.Equal("FREQ=DAILY;COUNT=1", next.Str("recurrence"));
        Assert.Equal(due.AddDays(1), next.Instant("due_at"));

        var last = await api.CompleteTaskAsync(next.Id());
        Assert.True(last.IsNull("next_task"), last.ToJsonString());
        Assert.Equal(2, (await api.ListTasksAsync()).Int("total_count"));
    }

    [Fact]
    public async Task Until_in_the_past_of_the_next_occurrence_ends_the_series()
    {
        var due = At(TodayUtc.AddDays(2), 9);
        var until = due.AddHours(12).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Ends soon", due_at = due.Iso(), recurrence = $"FREQ=DAILY;UNTIL={until}" });

        var result = await api.CompleteTaskAsync(task.Id());

        Assert.True(result.IsNull("next_task"), result.ToJsonString());
    }

    [Fact]
    public async Task Completing_twice_returns_the_same_next_occurrence()
    {
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Weekly review", due_at = At(TodayUtc.AddDays(2), 17).Iso(), recurrence = "FREQ=WEEKLY" });

        var first = await api.CompleteTaskAsync(task.Id());
        var second = await api.CompleteTaskAsync(task.Id());

        Assert.Equal(first["next_task"]!.Id(), second["next_task"]!.Id());
        Assert.Equal(first["task"]!.Str("completed_at"), second["task"]!.Str("completed_at"));
        Assert.Equal(2, (await api.ListTasksAsync()).Int("total_count"));
    }

    [Fact]
    public async Task Concurrent_completions_create_exactly_one_next_occurrence()
    {
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Take vitamins", due_at = At(TodayUtc.AddDays(2), 8).Iso(), recurrence = "FREQ=DAILY" });

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.PostAsync($"{api.TaskPath(task.Id())}/complete")));

        Assert.All(results, result => result.AssertStatus(HttpStatusCode.OK));
        Assert.Single(results.Select(result => result.Body!["next_task"]!.Id()).Distinct());
        var pending = await api.ListTasksAsync("status=pending");
        Assert.Equal(1, pending.Int("total_count"));
        Assert.Equal(2, (await api.ListTasksAsync()).Int("total_count"));
    }

    [Fact]
    public async Task Reopening_and_completing_again_does_not_duplicate_the_next_occurrence()
    {
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Standup", due_at = At(TodayUtc.AddDays(2), 9).Iso(), recurrence = "FREQ=DAILY" });
        var first = await api.CompleteTaskAsync(task.Id());
        (await api.PostAsync($"{api.TaskPath(task.Id())}/reopen")).AssertStatus(HttpStatusCode.OK);

        var again = await api.CompleteTaskAsync(task.Id());

        Assert.Equal(first["next_task"].Id(), again["next_task"].Id());
        Assert.Equal(2, (await api.ListTasksAsync()).Int("total_count"));
    }

    [Fact]
    public async Task An_overdue_task_moves_to_the_next_date_still_ahead()
    {
        var api = await factory.NewUserAsync();
        var due = At(TodayUtc.AddDays(-3), 9);
        var task = await api.NewTaskAsync(new { title = "Late habit", due_at = due.Iso(), recurrence = "FREQ=DAILY" });

        var before = DateTimeOffset.UtcNow;
        var next = (await api.CompleteTaskAsync(task.Id()))["next_task"]!.Instant("due_at");
        var after = DateTimeOffset.UtcNow;

        // The first 09:00 UTC after "now", whichever instant the server took as now.
        Assert.Contains(next, new[] { FirstDailyAfter(due, before), FirstDailyAfter(due, after) });
    }

    private async Task AssertNextDueAsync(string rule, DateTimeOffset due, DateTimeOffset expected, string? timezone = null)
    {
        var api = await factory.NewUserAsync(timezone);
        var task = await api.NewTaskAsync(new { title = $"Every {rule}", due_at = due.Iso(), recurrence = rule });

        var result = await api.CompleteTaskAsync(task.Id());

        var next = result["next_task"] ?? throw new Xunit.Sdk.XunitException($"{rule}: no next task in {result.ToJsonString()}");
        Assert.True(expected == next.Instant("due_at"), $"{rule} from {due:O} in {timezone ?? "UTC"}: expected {expected:O}, got {next.Str("due_at")}");
    }

    private static DateTimeOffset FirstDailyAfter(DateTimeOffset due, DateTimeOffset now)
    {
        var next = due;
        while (next <= now)
        {
            next = next.AddDays(1);
        }
        return next;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static DateTimeOffset Local(DateOnly day, int hour, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), zone), TimeSpan.Zero);

    private static DateOnly NextWeekday(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);
}
