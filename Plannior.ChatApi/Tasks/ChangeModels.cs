using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Tasks;

public sealed record TaskChangeResponse(
    long Id, int TaskId, ChangeAction Action, TaskResponse? Before, TaskResponse? After, ChangeSource Source,
    Guid? ConversationId, DateTime CreatedAt, DateTime? UndoneAt)
{
    public static TaskChangeResponse From(TaskChange change) => new(
        change.Id, change.TaskId, change.Action, TaskState.Parse(change.Before)?.ToResponse(),
        TaskState.Parse(change.After)?.ToResponse(), change.Source, change.ConversationId, change.CreatedAt, change.UndoneAt);
}

public sealed record UndoResponse(TaskChangeResponse Change, TaskResponse? Task);

/// <summary>What an undo came to; every refusal says why, in words a client can show.</summary>
public abstract record UndoOutcome
{
    public sealed record Undone(TaskChange Change, TaskItem? Task) : UndoOutcome;

    public sealed record NotFound : UndoOutcome;

    public sealed record Refused(string Reason) : UndoOutcome;
}
