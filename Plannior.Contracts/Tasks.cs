using System.Text.Json.Serialization;

namespace Plannior.Contracts;

/// <summary>Written by name on the wire; the numbers are what PostgreSQL stores (checked: 1–3).</summary>
public enum TaskPriority { Low = 1, Medium = 2, High = 3 }

public enum TaskStatusFilter { All, Pending, Completed }

public enum DueWindow { Overdue, Today, Week, None }

public enum TaskSort { Created, Due, Priority, Title }

public enum SortOrder { Asc, Desc }

public sealed record TaskItem(
    int Id,
    string Title,
    string? Description,
    bool Completed,
    TaskPriority Priority,
    IReadOnlyList<string>? Tags,
    DateTimeOffset? DueAt,
    DateTimeOffset? RemindAt,
    string? Recurrence,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt);

/// <summary><c>POST /api/{user_id}/tasks</c>; optional fields left null are not sent.</summary>
public sealed record NewTask(
    string Title,
    TaskPriority Priority = TaskPriority.Medium,
    IReadOnlyList<string>? Tags = null,
    DateTimeOffset? DueAt = null,
    string? Description = null,
    DateTimeOffset? RemindAt = null,
    string? Recurrence = null);

/// <summary>
/// <c>PATCH /api/{user_id}/tasks/{id}</c> from an editor that shows these fields: each is always sent, and a null
/// description, due date, recurrence or reminder clears it.
/// </summary>
public sealed record TaskEdit(
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Description,
    TaskPriority Priority,
    IReadOnlyList<string> Tags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? DueAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Recurrence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? RemindAt);

public sealed record CompletedTask(TaskItem Task, TaskItem? NextTask);

/// <summary>The filters and order of <c>GET /api/{user_id}/tasks</c>.</summary>
public sealed record TaskQuery(
    TaskStatusFilter Status = TaskStatusFilter.All,
    string? Q = null,
    TaskPriority? Priority = null,
    string? Tag = null,
    DueWindow? Due = null,
    TaskSort Sort = TaskSort.Created,
    SortOrder Order = SortOrder.Desc,
    PageRequest? Page = null)
{
    public string ToQueryString()
    {
        var parts = new List<string> { $"status={Wire(Status)}" };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            parts.Add($"q={Uri.EscapeDataString(Q.Trim())}");
        }
        if (Priority is { } priority)
        {
            parts.Add($"priority={Wire(priority)}");
        }
        if (!string.IsNullOrWhiteSpace(Tag))
        {
            parts.Add($"tag={Uri.EscapeDataString(Tag.Trim().TrimStart('#'))}");
        }
        if (Due is { } due)
        {
            parts.Add($"due={Wire(due)}");
        }
        parts.Add($"sort={Wire(Sort)}");
        parts.Add($"order={Wire(Order)}");
        parts.Add((Page ?? new PageRequest()).ToQueryString());
        return string.Join('&', parts);
    }

    // the enums' wire names are their lower-case names, as the JSON converter writes them
    private static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}

/// <summary>Completions on one day of the user's calendar.</summary>
public sealed record DayCount(DateOnly Date, int Count);

/// <summary><c>GET /api/{user_id}/tasks/stats</c>; <see cref="CompletedByDay"/> covers the last 30 days in the user's time zone.</summary>
public sealed record TaskStats(
    int Total, int Completed, int Pending, int Overdue, int DueToday, int DueTomorrow, int HighPriority,
    double CompletionRate, IReadOnlyList<DayCount> CompletedByDay);
