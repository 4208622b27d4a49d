using Plannior.ChatApi.Data;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>Entities as the Plannior.Contracts records the API writes.</summary>
public static class WireRecords
{
    public static TaskResponse Task(TaskItem task) => TaskState.From(task).ToResponse();

    public static TaskChangeResponse Change(TaskChange change) => new(
        change.Id, change.TaskId, change.Action, TaskState.Parse(change.Before)?.ToResponse(),
        TaskState.Parse(change.After)?.ToResponse(), change.Source, change.ConversationId, Utc(change.CreatedAt),
        Utc(change.UndoneAt));

    // Entities hold UTC instants (timestamptz); say so, rather than let DateTime's implicit conversion guess from Kind.
    public static DateTimeOffset Utc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc));

    public static DateTimeOffset? Utc(DateTime? instant) => instant is { } value ? Utc(value) : null;
}
