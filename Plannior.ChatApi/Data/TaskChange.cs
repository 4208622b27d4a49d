namespace Plannior.ChatApi.Data;

/// <summary>
/// One change to one task, with the task as it was before and after (jsonb), so it can be shown and undone. Kept
/// without a foreign key to the task: the record of a deletion outlives the task.
/// </summary>
public sealed class TaskChange
{
    public long Id { get; init; }
    public Guid UserId { get; init; }
    public int TaskId { get; init; }
    public ChangeAction Action { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public ChangeSource Source { get; init; }
    public Guid? ConversationId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? UndoneAt { get; set; }
}
