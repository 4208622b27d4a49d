using System.Globalization;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>GET /tasks/stats on a known set of tasks, in the user's time zone.</summary>
public sealed class StatsTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task A_new_user_has_zero_everything_and_30_empty_days()
    {
        var api = await factory.NewUserAsync();

        var stats = await GetStatsAsync(api);

        Assert.Equal(
            ["total", "completed", "pending", "overdue", "due_today", "due_tomorrow", "high_priority", "completion_rate", "completed_by_day"],
            stats.AsObject().Select(p => p.Key));
        foreach (var field in new[] { "total", "completed", "pending", "overdue", "due_today", "due_tomorrow", "high_priority" })
        {
            Assert.Equal(0, stats.Int(field));
        }
        Assert.Equal(0, stats["completion_rate"]!.GetValue<double>());
        var days = stats["completed_by_day"]!.AsArray();
        Assert.Equal(30, days.Count);
        Assert.All(days, day => Assert.Equal(0, day.Int("count")));
    }

    [Fact]
    public async Task Counts_a_known_set_of_tasks_in_the_users_day()
    {
        // A zone where it is now close to noon keeps every instant below hours away from a day boundary.
        var (timezone, zone) = ZoneNearNoon();
        var api = await factory.NewUserAsync(timezone);
        var now = DateTimeOffset.UtcNow;
        await AddAsync(api, "Overdue for days, high", now.AddDays(-2), "high");
        await AddAsync(api, "Overdue since this morning", now.AddHours(-3), "medium");
        await AddAsync(api, "Due later today", now.AddHours(3), "low");
        await AddAsync(api, "Due tomorrow", now.AddHours(24), "medium");
        await AddAsync(api, "Due next week, high", now.AddDays(5), "high");
        await AddAsync(api, "No due date", null, "medium");
        await AddAsync(api, "Done, high", null, "high", complete: true);
        await AddAsync(api, "Done, was due yesterday", now.AddDays(-1), "medium", complete: true);

        var stats = await GetStatsAsync(api);

        Assert.Equal(8, stats.Int("total"));
        Assert.Equal(2, stats.Int("completed"));
        Assert.Equal(6, stats.Int("pending"));
        Assert.Equal(2, stats.Int("overdue"));
        Assert.Equal(2, stats.Int("due_today"));
        Assert.Equal(1, stats.Int("due_tomorrow"));
        Assert.Equal(2, stats.Int("high_priority"));
        Assert.Equal(0.25, stats["completion_rate"]!.GetValue<double>(), precision: 4);

        var days = stats["completed_by_day"]!.AsArray();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        Assert.Equal(30, days.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => today.AddDays(i - 29)), days.Select(Date));
        Assert.Equal(2, days[^1].Int("count"));
        Assert.All(days.Take(29), day => Assert.Equal(0, day.Int("count")));
    }

    [Fact]
    public async Task Completion_rate_is_a_fraction_of_all_tasks()
    {
        var api = await factory.NewUserAsync();
        for (var i = 0; i < 3; i++)
        {
            await AddAsync(api, $"Task {i}", null, "medium", complete: i == 0);
        }

        var stats = await GetStatsAsync(api);

        Assert.Equal(1.0 / 3, stats["completion_rate"]!.GetValue<double>(), precision: 3);
        Assert.Equal(1, stats["completed_by_day"]!.AsArray()[^1].Int("count"));
    }

    [Fact]
    public async Task Reopening_a_task_takes_it_out_of_the_completions()
    {
        var api = await factory.NewUserAsync();
        var task = await AddAsync(api, "Done then undone", null, "medium", complete: true);
        await api.PostAsync($"{api.TaskPath(task.Id())}/reopen");

        var stats = await GetStatsAsync(api);

        Assert.Equal(0, stats.Int("completed"));
        Assert.Equal(0, stats["completed_by_day"]!.AsArray()[^1].Int("count"));
    }

    private static async Task<JsonNode> GetStatsAsync(ApiClient api)
    {
        var response = await api.GetAsync($"{api.TasksPath()}/stats");
        response.AssertStatus(System.Net.HttpStatusCode.OK);
        return response.Body!;
    }

    private static async Task<JsonNode> AddAsync(ApiClient api, string title, DateTimeOffset? due, string priority, bool complete = false)
    {
        var task = await api.NewTaskAsync(new { title, priority, due_at = due?.Iso() });
        if (complete)
        {
            await api.CompleteTaskAsync(task.Id());
        }
        return task;
    }

    private static DateOnly Date(JsonNode? day) => DateOnly.ParseExact(day.Str("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The whole-hour IANA zone (Etc/GMT±N) whose local time is nearest to noon right now.</summary>
    private static (string Id, TimeZoneInfo Zone) ZoneNearNoon()
    {
        var utcHour = DateTime.UtcNow.TimeOfDay.TotalHours;
        var offset = Enumerable.Range(-12, 27).MinBy(hours => Math.Abs(((utcHour + hours) % 24 + 24) % 24 - 12));
        // POSIX-style names: Etc/GMT-5 is five hours ahead of UTC.
        var id = offset switch { 0 => "Etc/UTC", > 0 => $"Etc/GMT-{offset}", _ => $"Etc/GMT+{-offset}" };
        return (id, TimeZoneInfo.FindSystemTimeZoneById(id));
    }
}
