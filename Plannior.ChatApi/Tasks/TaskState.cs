using System.Text.Json;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Tasks;

/// <summary>Every field of a task, as a change record keeps it (jsonb), so the change can be shown and undone.</summary>
public sealed record TaskState(
    int Id, string Title, string? Description, bool Completed, TaskPriority Priority, IReadOnlyList<string> Tags,
    DateTime? DueAt, DateTime? RemindAt, string? Recurrence, DateTime CreatedAt, DateTime UpdatedAt, DateTime? CompletedAt,
    int? NextOccurrenceId)
{
    public static TaskState From(TaskItem task) => new(
        task.Id, task.Title, task.Description, task.Completed, task.Priority, [.. task.Tags], task.DueAt, task.RemindAt,
        task.Recurrence, task.CreatedAt, task.UpdatedAt, task.CompletedAt, task.NextOccurrenceId);

    public static TaskState? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<TaskState>(json, WireJson.Options);

    public string ToJson() => JsonSerializer.Serialize(this, WireJson.Options);

    /// <summary>True when the two differ in anything but <see cref="UpdatedAt"/>: a no-op update is not a change.</summary>
    public bool DiffersFrom(TaskState other) =>
        (this with { UpdatedAt = default }).ToJson() != (other with { UpdatedAt = default }).ToJson();

    public TaskResponse ToResponse() => new(
        Id, Title, Description, Completed, Priority, Tags, WireRecords.Utc(DueAt), WireRecords.Utc(RemindAt), Recurrence,
        WireRecords.Utc(CreatedAt), WireRecords.Utc(UpdatedAt), WireRecords.Utc(CompletedAt));

    /// <summary>Puts these fields back on <paramref name="task"/> (an undo); identity and creation stay the task's own.</summary>
    public void ApplyTo(TaskItem task, DateTime now)
    {
        task.Title = Title;
        task.Description = Description;
        task.Completed = Completed;
        task.Priority = Priority;
        task.Tags = [.. Tags];
        task.DueAt = DueAt;
        task.RemindAt = RemindAt;
        task.Recurrence = Recurrence;
        task.CompletedAt = CompletedAt;
        task.NextOccurrenceId = NextOccurrenceId;
        task.UpdatedAt = now;
    }

    /// <summary>The task again, under its old id (an undone delete).</summary>
    public TaskItem ToTask(Guid userId, DateTime now, int? nextOccurrenceId) => new()
    {
        Id = Id, UserId = userId, Title = Title, Description = Description, Completed = Completed, Priority = Priority,
        Tags = [.. Tags], DueAt = DueAt, RemindAt = RemindAt, Recurrence = Recurrence, CreatedAt = CreatedAt,
        UpdatedAt = now, CompletedAt = CompletedAt, NextOccurrenceId = nextOccurrenceId,
    };
}
