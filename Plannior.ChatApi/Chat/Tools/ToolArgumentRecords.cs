using System.ComponentModel;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Chat.Tools;

// The arguments of each task tool as typed records: their JSON schemas are generated from these (snake_case, limits
// from TaskLimits), and ToolArguments reads the same names into the REST API's request types.

public sealed record AddTaskArguments(
    [property: Description("Short title")] string Title,
    [property: Description("Optional details")] string? Description = null,
    TaskPriority? Priority = null,
    [property: Description("Tags, without '#'")] IReadOnlyList<string>? Tags = null,
    [property: Description(ToolArgumentText.Instant)] string? DueAt = null,
    [property: Description("ISO 8601 date-time for a reminder")] string? RemindAt = null,
    [property: Description(ToolArgumentText.Rule)] string? Recurrence = null,
    [property: Description(ToolArgumentText.UserId)] string? UserId = null);

public sealed record ListTasksArguments(
    TaskStatusFilter? Status = null,
    TaskPriority? Priority = null,
    string? Tag = null,
    [property: Description("Text to find in the title or description, or a tag")] string? Query = null,
    DueWindow? Due = null,
    [property: Description("Words of which any one found in the title is enough (a task named by meaning, not by its title)")] IReadOnlyList<string>? TitleWords = null,
    [property: Description(ToolArgumentText.UserId)] string? UserId = null);

public sealed record TaskTargetArguments(
    int? TaskId = null,
    [property: Description("Several tasks at once, instead of task_id; each reports its own outcome")] IReadOnlyList<int>? TaskIds = null,
    [property: Description(ToolArgumentText.UserId)] string? UserId = null);

public sealed record UpdateTaskArguments(
    int TaskId,
    [property: Description("Short title")] string? Title = null,
    [property: Description("Optional details; null clears them")] string? Description = null,
    TaskPriority? Priority = null,
    [property: Description("The whole list of tags, without '#'")] IReadOnlyList<string>? Tags = null,
    [property: Description(ToolArgumentText.Instant + "; null clears it")] string? DueAt = null,
    [property: Description("ISO 8601 date-time for a reminder; null clears it")] string? RemindAt = null,
    [property: Description(ToolArgumentText.Rule + "; null stops the repeat")] string? Recurrence = null,
    bool? Completed = null,
    [property: Description("Tags to add to those the task has")] IReadOnlyList<string>? AddTags = null,
    [property: Description("Tags to take off the task")] IReadOnlyList<string>? RemoveTags = null,
    [property: Description(ToolArgumentText.UserId)] string? UserId = null);

public sealed record UndoLastChangeArguments([property: Description(ToolArgumentText.UserId)] string? UserId = null);

internal static class ToolArgumentText
{
    public const string Instant = "ISO 8601 date-time; without an offset it is the user's local time";
    public const string Rule = "RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1";
    public const string UserId = "Optional; when sent it must be the signed-in user's id";
}
