namespace Plannior.ChatApi.Data;

public sealed class TaskItem
{
    public int Id { get; init; }
    public Guid UserId { get; init; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public bool Completed { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.Medium;
    public List<string> Tags { get; set; } = [];
    public DateTime? DueAt { get; set; }
    public DateTime? RemindAt { get; set; }
    public string? Recurrence { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>The occurrence created when this recurring task was completed, so completing again is idempotent.</summary>
    public int? NextOccurrenceId { get; set; }
}
