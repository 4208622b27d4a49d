namespace Plannior.ChatApi.Chat.Offline;

using System.Text.Json;

// A task as last seen in a tool result.
internal sealed record TaskSnapshot(int Id, string? Title = null, bool Completed = false, string? Priority = null,
    DateTimeOffset? DueAt = null, IReadOnlyList<string>? Tags = null, string? Recurrence = null, DateTimeOffset? RemindAt = null)
{
    public static TaskSnapshot? From(JsonElement element)
    {
        // some tools wrap the task: {"task": {...}, "next_task": {...}}
        if (ResultJson.TryGet(element, "task", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            element = inner;
        }

        var id = ResultJson.Int(element, "task_id") ?? ResultJson.Int(element, "id");
        if (id is null)
        {
            return null;
        }

        var status = ResultJson.String(element, "status");
        return new TaskSnapshot(
            id.Value,
            ResultJson.String(element, "title"),
            ResultJson.Bool(element, "completed") ?? status == "completed",
            ResultJson.String(element, "priority"),
            ResultJson.Date(element, "due_at"),
            ResultJson.Strings(element, "tags"),
            ResultJson.String(element, "recurrence"),
            ResultJson.Date(element, "remind_at"));
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
            if (ResultJson.TryGet(element, "tasks", out var tasks)) element = tasks;
            else if (ResultJson.TryGet(element, "items", out var items)) element = items;
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(From).OfType<TaskSnapshot>().ToList()
            : [];
    }

    public static int? TotalCount(JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Object } element ? ResultJson.Int(element, "total_count") : null;
}
