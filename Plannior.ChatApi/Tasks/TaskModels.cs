using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Tasks;

public sealed record CreateTaskRequest(
    string? Title, string? Description = null, TaskPriority? Priority = null, List<string>? Tags = null,
    DateTimeOffset? DueAt = null, DateTimeOffset? RemindAt = null, string? Recurrence = null);

public sealed record UpdateTaskRequest(
    Optional<string?> Title, Optional<string?> Description, Optional<TaskPriority?> Priority, Optional<List<string>?> Tags,
    Optional<DateTimeOffset?> DueAt, Optional<DateTimeOffset?> RemindAt, Optional<string?> Recurrence,
    Optional<bool?> Completed);

/// <summary>A validated new task.</summary>
public sealed record TaskDraft(
    string Title, string? Description, TaskPriority Priority, List<string> Tags,
    DateTime? DueAt, DateTime? RemindAt, string? Recurrence);

/// <summary>Validated changes; an unset field is left alone, a set null clears.</summary>
public sealed record TaskChanges(
    Optional<string> Title, Optional<string?> Description, Optional<TaskPriority> Priority, Optional<List<string>> Tags,
    Optional<DateTime?> DueAt, Optional<DateTime?> RemindAt, Optional<string?> Recurrence, Optional<bool> Completed);

public sealed record TaskFilter(
    TaskStatusFilter Status = TaskStatusFilter.All,
    TaskPriority? Priority = null,
    string? Tag = null,
    string? Query = null,
    DueWindow? Due = null,
    TaskSort Sort = TaskSort.Created,
    bool Descending = true,
    int Limit = TaskLimits.DefaultPageSize,
    int Offset = 0,
    bool QueryMatchesTags = false,
    IReadOnlyList<string>? TitleWords = null);

public sealed record TaskPage(IReadOnlyList<TaskItem> Items, int TotalCount, int Limit, int Offset)
{
    public bool HasMore => Offset + Items.Count < TotalCount;
}

public sealed record CompletionResult(TaskItem Task, TaskItem? NextTask);
