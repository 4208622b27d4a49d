using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Tasks;

/// <summary>The limits of API.md, applied the same way to REST bodies, chat tool calls and MCP calls.</summary>
public static class TaskRules
{
    public static string? Title(ValidationErrors errors, string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add("title", "Title is required.");
            return null;
        }
        if (trimmed.Length > TaskLimits.TitleMaxLength)
        {
            errors.Add("title", $"Title must be at most {TaskLimits.TitleMaxLength} characters.");
            return null;
        }
        return trimmed;
    }

    public static string? Description(ValidationErrors errors, string? description)
    {
        var trimmed = description?.Trim();
        if (trimmed?.Length > TaskLimits.DescriptionMaxLength)
        {
            errors.Add("description", $"Description must be at most {TaskLimits.DescriptionMaxLength} characters.");
        }
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Tags are trimmed, lower-cased, stripped of a leading '#', and de-duplicated.</summary>
    public static List<string> Tags(ValidationErrors errors, IEnumerable<string?>? tags)
    {
        var normalized = new List<string>();
        foreach (var tag in tags ?? [])
        {
            var value = NormalizeTag(tag);
            if (value.Length == 0)
            {
                errors.Add("tags", "Tags cannot be blank.");
            }
            else if (value.Length > TaskLimits.TagMaxLength)
            {
                errors.Add("tags", $"Each tag must be at most {TaskLimits.TagMaxLength} characters.");
            }
            else if (!normalized.Contains(value))
            {
                normalized.Add(value);
            }
        }
        if (normalized.Count > TaskLimits.MaxTags)
        {
            errors.Add("tags", $"A task can have at most {TaskLimits.MaxTags} tags.");
        }
        return normalized;
    }

    public static string NormalizeTag(string? tag) => tag?.Trim().TrimStart('#').Trim().ToLowerInvariant() ?? "";

    public static string? Recurrence(ValidationErrors errors, string? recurrence)
    {
        if (string.IsNullOrWhiteSpace(recurrence))
        {
            return null;
        }
        if (!RecurrenceRule.TryNormalize(recurrence, out var normalized, out var error))
        {
            errors.Add("recurrence", $"Recurrence {error}.");
            return null;
        }
        return normalized;
    }

    public static DateTime? Instant(DateTimeOffset? value) => value is { } instant ? StoredPrecision(instant.UtcDateTime) : null;

    /// <summary>
    /// An instant cut to the microseconds PostgreSQL keeps, so what a write returns is what every later read returns.
    /// </summary>
    public static DateTime StoredPrecision(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);

    public static TaskDraft? Draft(ValidationErrors errors, CreateTaskRequest request)
    {
        var title = Title(errors, request.Title);
        var description = Description(errors, request.Description);
        var tags = Tags(errors, request.Tags);
        var recurrence = Recurrence(errors, request.Recurrence);
        return errors.IsEmpty
            ? new TaskDraft(title!, description, request.Priority ?? TaskPriority.Medium, tags,
                Instant(request.DueAt), Instant(request.RemindAt), recurrence)
            : null;
    }

    /// <summary>
    /// An absent field stays unset and so is left alone; only a field the request names is validated and changed.
    /// </summary>
    public static TaskChanges? Changes(ValidationErrors errors, UpdateTaskRequest request)
    {
        var changes = new TaskChanges(
            Title: request.Title.Map(title => Title(errors, title) ?? ""),
            Description: request.Description.Map(description => Description(errors, description)),
            Priority: request.Priority.Map(priority => priority
                ?? Rejected<TaskPriority>(errors, "priority", "Priority cannot be null; use \"low\", \"medium\" or \"high\".")),
            Tags: request.Tags.Map(tags => Tags(errors, tags)),
            DueAt: request.DueAt.Map(Instant),
            RemindAt: request.RemindAt.Map(Instant),
            Recurrence: request.Recurrence.Map(recurrence => Recurrence(errors, recurrence)),
            Completed: request.Completed.Map(completed => completed ?? Rejected<bool>(errors, "completed", "Completed cannot be null.")));
        return errors.IsEmpty ? changes : null;
    }

    // The value is never used: an error means the whole change is refused.
    private static T Rejected<T>(ValidationErrors errors, string field, string message) where T : struct
    {
        errors.Add(field, message);
        return default;
    }
}
