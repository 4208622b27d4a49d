using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Chat.Tools;

public sealed record ToolTask(
    int Id, string Title, string? Description, bool Completed, TaskPriority Priority, IReadOnlyList<string> Tags,
    DateTime? DueAt, DateTime? RemindAt, string? Recurrence)
{
    public static ToolTask From(TaskItem task) => new(
        task.Id, task.Title, task.Description, task.Completed, task.Priority, task.Tags, task.DueAt, task.RemindAt, task.Recurrence);
}

public sealed record TaskChangeResult(
    int TaskId, string Status, string Title, string? Description, bool Completed, TaskPriority Priority,
    IReadOnlyList<string> Tags, DateTime? DueAt, DateTime? RemindAt, string? Recurrence)
{
    public static TaskChangeResult From(TaskItem task, string status) => new(
        task.Id, status, task.Title, task.Description, task.Completed, task.Priority, task.Tags, task.DueAt, task.RemindAt,
        task.Recurrence);
}

public sealed record CompleteTaskResult(int TaskId, string Status, string Title, int? NextTaskId, DateTime? NextDueAt);

public sealed record DeleteTaskResult(int TaskId, string Status, string Title);

/// <summary>What a tool says when it cannot do what was asked; the model explains it to the user.</summary>
public sealed record ToolError(string Error, int? TaskId = null);
