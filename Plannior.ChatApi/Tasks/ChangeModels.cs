using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Tasks;

/// <summary>What an undo came to; every refusal says why, in words a client can show.</summary>
public abstract record UndoOutcome
{
    public sealed record Undone(TaskChange Change, TaskItem? Task) : UndoOutcome;

    public sealed record NotFound : UndoOutcome;

    public sealed record Refused(string Reason) : UndoOutcome;
}
