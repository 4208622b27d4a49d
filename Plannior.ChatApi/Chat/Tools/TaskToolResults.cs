using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Chat.Tools;

public sealed record ToolTask(
    int Id, string Title, string? Description, bool Completed, TaskPriority Priority, IReadOnlyList<string> Tags,
    DateTime? DueAt, DateTime? RemindAt, string? Recurrence)
{
    public static ToolTask From(TaskItem task) => new(
        task.Id, task.Title, task.Description, task.Completed, task.Priority, task.Tags, task.DueAt, task.RemindAt, task.Recurrence);
}

/// <summary>list_tasks as MCP's structured content, which must be an object: the list the text content carries.</summary>
public sealed record TaskListResult(IReadOnlyList<ToolTask> Tasks);

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

/// <summary>A <c>task_ids</c> call: each task's own outcome (a result or a <see cref="ToolError"/>), in order.</summary>
public sealed record BatchResult(string Status, int Succeeded, int Failed, IReadOnlyList<object> Results);

public sealed record UndoResult(long ChangeId, string Status, ChangeAction Action, int TaskId, string Title, TaskResponse? Task)
{
    public static UndoResult From(TaskChange change, TaskItem? task) => new(
        change.Id, "undone", change.Action, change.TaskId,
        task?.Title ?? Tasks.TaskState.Parse(change.After ?? change.Before)?.Title ?? "",
        task is null ? null : Infrastructure.WireRecords.Task(task));
}

/// <summary>What a tool says when it cannot do what was asked; the model explains it to the user.</summary>
public sealed record ToolError(string Error, int? TaskId = null);
