namespace Plannior.Contracts;

/// <summary><c>GET /api/{user_id}/tasks/stats</c>: counts over the user's tasks, days in the user's time zone.</summary>
public sealed record TaskStats(
    int Total, int Completed, int Pending, int Overdue, int DueToday, int DueTomorrow, int HighPriority,
    double CompletionRate, IReadOnlyList<DayCount> CompletedByDay);

/// <summary>Tasks completed on one local day.</summary>
public sealed record DayCount(DateOnly Date, int Count);
