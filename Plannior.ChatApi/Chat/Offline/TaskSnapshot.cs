namespace Plannior.ChatApi.Chat.Offline;

using System.Text.Json;

// A task as last seen in a tool result.
internal sealed record TaskSnapshot(int Id, string? Title = null, bool Completed = false, string? Priority = null,
    DateTimeOffset? DueAt = null, IReadOnlyList<string>? Tags = null, string? Recurrence = null)
{
    public static TaskSnapshot? From(JsonElement element)
    {
        // some tools wrap the task: {"task": {...}, "next_task": {...}}
        if (ToolJson.TryGet(element, "task", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            element = inner;
        }

        var id = ToolJson.Int(element, "task_id") ?? ToolJson.Int(element, "id");
        if (id is null)
        {
            return null;
        }

        var status = ToolJson.String(element, "status");
        return new TaskSnapshot(
            id.Value,
            ToolJson.String(element, "title"),
            ToolJson.Bool(element, "completed") ?? status == "completed",
            ToolJson.String(element, "priority"),
            ToolJson.Date(element, "due_at"),
            ToolJson.Strings(element, "tags"),
            ToolJson.String(element, "recurrence"));
    }

    // list_tasks answers {tasks: [...]}, {items: [...]} or a bare array
    public static List<TaskSnapshot> ListFrom(JsonElement? result)
    {
        if (result is not { } element)
        {
            return [];
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            if (ToolJson.TryGet(element, "tasks", out var tasks)) element = tasks;
            else if (ToolJson.TryGet(element, "items", out var items)) element = items;
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(From).OfType<TaskSnapshot>().ToList()
            : [];
    }

    public static int? TotalCount(JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Object } element ? ToolJson.Int(element, "total_count") : null;
}
