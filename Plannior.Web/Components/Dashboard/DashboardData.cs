using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Dashboard;

/// <summary>What the dashboard shows, all of it read from the API in one go.</summary>
public sealed record DashboardData(
    TaskStats Stats,
    PrioritySplit Priorities,
    IReadOnlyList<TaskItem> DueToday,
    IReadOnlyList<TaskItem> DueTomorrow,
    IReadOnlyList<TaskItem> Overdue,
    IReadOnlyList<TaskItem> RecentlyCompleted,
    int CompletedThisWeek)
{
    /// <summary>How many task titles each "at a glance" card lists.</summary>
    public const int GlanceItems = 3;

    private const int RecentDays = 7;

    public static async Task<DashboardData> LoadAsync(
        PlanniorApiClient api, UserSession session, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var stats = api.GetStatsAsync(session, cancellationToken);
        var high = CountAsync(TaskPriority.High);
        var medium = CountAsync(TaskPriority.Medium);
        var low = CountAsync(TaskPriority.Low);
        var today = ListAsync(new TaskQuery(TaskStatusFilter.Pending, Due: DueWindow.Today, Sort: TaskSort.Due, Order: SortOrder.Asc,
            Page: new PageRequest(GlanceItems)));
        var overdue = ListAsync(new TaskQuery(TaskStatusFilter.Pending, Due: DueWindow.Overdue, Sort: TaskSort.Due, Order: SortOrder.Asc,
            Page: new PageRequest(GlanceItems)));
        // the API has no "tomorrow" window: the week's, soonest first, holds tomorrow's right after today's
        var week = ListAsync(new TaskQuery(TaskStatusFilter.Pending, Due: DueWindow.Week, Sort: TaskSort.Due, Order: SortOrder.Asc,
            Page: new PageRequest(Limits.MaxPageSize)));
        // nor an order by completion: the latest updated are the latest completed ones among completed tasks
        var completed = ListAsync(new TaskQuery(TaskStatusFilter.Completed, Page: new PageRequest(Limits.MaxPageSize)));
        await Task.WhenAll(stats, high, medium, low, today, overdue, week, completed);

        var tomorrow = WallClock.ToLocal(now, session.TimeZone).Date.AddDays(1);
        var byDay = stats.Result.CompletedByDay;
        return new DashboardData(
            stats.Result,
            new PrioritySplit(high.Result, medium.Result, low.Result),
            today.Result.Items,
            [.. week.Result.Items.Where(t => t.DueAt is { } due && WallClock.ToLocal(due, session.TimeZone).Date == tomorrow).Take(GlanceItems)],
            overdue.Result.Items,
            [.. completed.Result.Items.OrderByDescending(t => t.CompletedAt ?? t.UpdatedAt).Take(GlanceItems)],
            byDay.Skip(Math.Max(0, byDay.Count - RecentDays)).Sum(d => d.Count));

        async Task<int> CountAsync(TaskPriority priority) =>
            (await api.GetTasksAsync(session, new TaskQuery(TaskStatusFilter.Pending, Priority: priority, Page: new PageRequest(1)),
                cancellationToken)).TotalCount;

        Task<Page<TaskItem>> ListAsync(TaskQuery query) => api.GetTasksAsync(session, query, cancellationToken);
    }
}

/// <summary>Pending tasks by priority.</summary>
public sealed record PrioritySplit(int High, int Medium, int Low)
{
    public int Total => High + Medium + Low;
}
