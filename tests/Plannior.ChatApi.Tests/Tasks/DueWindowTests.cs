using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// due=overdue|today|week|none in the user's own time zone. Two users 25 hours apart get the same due instants;
/// the expected membership is computed from the real clock with TimeZoneInfo, and the API must agree for each.
/// </summary>
public sealed class DueWindowTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private sealed record Seeded(int Id, DateTimeOffset? DueAt, bool Completed);

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    [InlineData("Asia/Karachi")]
    public async Task Due_windows_follow_the_users_day(string timezone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timezone);
        var api = await factory.NewUserAsync(timezone);
        var tasks = await SeedAsync(api);

        foreach (var window in new[] { "overdue", "today", "week", "none" })
        {
            var before = DateTimeOffset.UtcNow;
            var page = await api.ListTasksAsync($"due={window}&limit=100&sort=due");
            var after = DateTimeOffset.UtcNow;

            var actual = page.Ids().Order().ToList();
            // The server's "now" lies between before and after; the answer must match the window at one of them.
            var atBefore = Expected(tasks, window, zone, before);
            var atAfter = Expected(tasks, window, zone, after);
            Assert.True(actual.SequenceEqual(atBefore) || actual.SequenceEqual(atAfter),
                $"due={window} in {timezone}: expected [{string.Join(",", atBefore)}], got [{string.Join(",", actual)}]");
            Assert.Equal(actual.Count, page.Int("total_count"));
        }
    }

    [Fact]
    public async Task The_same_instant_is_today_for_one_user_and_not_for_the_other()
    {
        // Kiritimati (UTC+14) and Pago Pago (UTC-11) are 25 hours apart: the first or the last hour of Kiritimati's
        // today always falls outside Pago Pago's today.
        var kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var pagoPago = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Pago_Pago");
        var now = DateTimeOffset.UtcNow;
        var kiritimatiToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, kiritimati).DateTime);
        var pagoPagoToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, pagoPago).DateTime);
        var instant = new[] { new TimeOnly(0, 30), new TimeOnly(23, 30) }
            .Select(time => new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(kiritimatiToday.ToDateTime(time), kiritimati), TimeSpan.Zero))
            .First(candidate => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(candidate, pagoPago).DateTime) != pagoPagoToday);
        var ahead = await factory.NewUserAsync("Pacific/Kiritimati");
        var behind = await factory.NewUserAsync("Pacific/Pago_Pago");
        var forAhead = await ahead.NewTaskAsync(new { title = "Same instant", due_at = instant.Iso() });
        await behind.NewTaskAsync(new { title = "Same instant", due_at = instant.Iso() });

        Assert.Equal([forAhead.Id()], (await ahead.ListTasksAsync("due=today")).Ids());
        Assert.Empty((await behind.ListTasksAsync("due=today")).Ids());
    }

    [Fact]
    public async Task Overdue_leaves_out_completed_tasks()
    {
        var api = await factory.NewUserAsync();
        var late = await api.NewTaskAsync(new { title = "Late", due_at = DateTimeOffset.UtcNow.AddDays(-2).Iso() });
        var lateButDone = await api.NewTaskAsync(new { title = "Late but done", due_at = DateTimeOffset.UtcNow.AddDays(-2).Iso() });
        await api.CompleteTaskAsync(lateButDone.Id());

        Assert.Equal([late.Id()], (await api.ListTasksAsync("due=overdue")).Ids());
    }

    private static async Task<IReadOnlyList<Seeded>> SeedAsync(ApiClient api)
    {
        var seeded = new List<Seeded>();
        var hour = new DateTimeOffset(DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour), TimeSpan.Zero);
        // Every 7 hours from 3 days ago to 9 days ahead: lands on every hour of the local day over time.
        for (var step = -10; step <= 31; step++)
        {
            var due = hour.AddHours(step * 7).AddMinutes(30);
            var task = await api.NewTaskAsync(new { title = $"Due {due:O}", due_at = due.Iso() });
            seeded.Add(new Seeded(task.Id(), due, false));
        }
        foreach (var offsetHours in new[] { -30, 5 })
        {
            var due = hour.AddHours(offsetHours).AddMinutes(30);
            var task = await api.NewTaskAsync(new { title = "Completed", due_at = due.Iso() });
            await api.CompleteTaskAsync(task.Id());
            seeded.Add(new Seeded(task.Id(), due, true));
        }
        foreach (var completed in new[] { false, true })
        {
            var task = await api.NewTaskAsync(new { title = "Someday" });
            if (completed)
            {
                await api.CompleteTaskAsync(task.Id());
            }
            seeded.Add(new Seeded(task.Id(), null, completed));
        }
        return seeded;
    }

    private static List<int> Expected(IReadOnlyList<Seeded> tasks, string window, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        DateTimeOffset StartOf(DateOnly day) =>
            new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);

        bool InWindow(Seeded task) => window switch
        {
            "overdue" => !task.Completed && task.DueAt < now,
            "today" => task.DueAt >= StartOf(today) && task.DueAt < StartOf(today.AddDays(1)),
            "week" => task.DueAt >= StartOf(today) && task.DueAt < StartOf(today.AddDays(7)),
            "none" => task.DueAt is null,
            _ => throw new ArgumentOutOfRangeException(nameof(window)),
        };
        return [.. tasks.Where(InWindow).Select(task => task.Id).Order()];
    }
}
