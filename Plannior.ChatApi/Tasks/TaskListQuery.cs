using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Tasks;

/// <summary>The query string of <c>GET /tasks</c>; unknown values are a 400 naming the parameter, never ignored.</summary>
public sealed record TaskListQuery(
    string? Status, string? Priority, string? Tag, string? Q, string? Due, string? Sort, string? Order, int? Limit, int? Offset)
{
    public TaskFilter? ToFilter(ValidationErrors errors)
    {
        var status = Parse<TaskStatusFilter>(errors, "status", Status) ?? TaskStatusFilter.All;
        var priority = Parse<TaskPriority>(errors, "priority", Priority);
        var due = Parse<DueWindow>(errors, "due", Due);
        var sort = Parse<TaskSort>(errors, "sort", Sort) ?? TaskSort.Created;
        bool? descending = Order?.ToLowerInvariant() switch
        {
            null => null,
            "asc" => false,
            "desc" => true,
            _ => Invalid(errors, "order", "Order must be \"asc\" or \"desc\"."),
        };
        if (Limit is < 1 or > TaskLimits.MaxPageSize)
        {
            errors.Add("limit", $"Limit must be between 1 and {TaskLimits.MaxPageSize}.");
        }
        if (Offset is < 0)
        {
            errors.Add("offset", "Offset cannot be negative.");
        }
        if (Q?.Length > TaskLimits.TitleMaxLength)
        {
            errors.Add("q", $"Search text must be at most {TaskLimits.TitleMaxLength} characters.");
        }
        if (Tag?.Length > TaskLimits.TagMaxLength + 1)
        {
            errors.Add("tag", $"Tags are at most {TaskLimits.TagMaxLength} characters.");
        }
        errors.RequireStorable("q", Q);
        errors.RequireStorable("tag", Tag);
        if (!errors.IsEmpty)
        {
            return null;
        }

        // Newest first and highest priority first read naturally; due dates and titles read soonest/A first.
        var defaultDescending = sort is TaskSort.Created or TaskSort.Priority;
        return new TaskFilter(status, priority, Tag, Q, due, sort, descending ?? defaultDescending,
            Limit ?? TaskLimits.DefaultPageSize, Offset ?? 0);
    }

    private static bool? Invalid(ValidationErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }

    private static T? Parse<T>(ValidationErrors errors, string field, string? value) where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }
        if (EnumNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }
        var allowed = EnumNames.Allowed<T>();
        errors.Add(field, $"Unknown value \"{value}\"; use one of: {allowed}.");
        return null;
    }
}
