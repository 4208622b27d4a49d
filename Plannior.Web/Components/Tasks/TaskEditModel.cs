using System.ComponentModel.DataAnnotations;
using Plannior.Web.Components.Shared;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Tasks;

/// <summary>The inline editor's fields, checked against the same limits as the API.</summary>
public sealed class TaskEditModel
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.TitleRequired))]
    [StringLength(Limits.TitleLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.TitleTooLong))]
    public string Title { get; set; } = "";

    [StringLength(Limits.DescriptionLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.DescriptionTooLong))]
    public string? Description { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Medium;

    public DateTime? DueAt { get; set; }

    public DateTime? RemindAt { get; set; }

    public string? Tags { get; set; }

    public RecurrenceChoice Recurrence { get; set; } = new();

    public static TaskEditModel From(TaskItem task, TimeZoneInfo zone) => new()
    {
        Title = task.Title,
        Description = task.Description,
        Priority = task.Priority,
        DueAt = task.DueAt is { } due ? LocalTime.ToLocal(due, zone) : null,
        RemindAt = task.RemindAt is { } remind ? LocalTime.ToLocal(remind, zone) : null,
        Tags = string.Join(", ", task.Tags ?? []),
        Recurrence = RecurrenceChoice.From(task.Recurrence),
    };

    public IReadOnlyList<string> TagList() => AddTaskModel.ParseTags(Tags);
}
