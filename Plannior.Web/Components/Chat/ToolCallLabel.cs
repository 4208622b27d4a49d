using System.Text.Json;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Chat;

/// <summary>Words for a tool call chip: what the assistant did, and to which task.</summary>
public static class ToolCallLabel
{
    public static string For(ToolCall call)
    {
        var result = Unwrap(call.Result);
        var title = Text(result, "title") ?? Text(Unwrap(call.Arguments), "title");
        var failed = Text(result, "error") is not null || Text(result, "status") == "error";
        var action = call.Name switch
        {
            "add_task" => "Added",
            "complete_task" => "Completed",
            "delete_task" => "Deleted",
            "update_task" => "Updated",
            "list_tasks" => result is { ValueKind: JsonValueKind.Array } list ? $"Looked up {list.GetArrayLength()} tasks" : "Looked up tasks",
            _ => call.Name.Replace('_', ' '),
        };
        if (failed)
        {
            return $"{call.Name.Replace('_', ' ')} failed";
        }
        return title is null || call.Name == "list_tasks" ? action : $"{action}: {title}";
    }

    public static string Icon(ToolCall call) => call.Name switch
    {
        "add_task" => "+",
        "complete_task" => "✓",
        "delete_task" => "×",
        "update_task" => "✎",
        _ => "•",
    };

    // tool arguments and results may arrive as JSON text inside a string
    private static JsonElement? Unwrap(JsonElement? element)
    {
        if (element is { ValueKind: JsonValueKind.String } text && text.GetString() is { } raw
            && raw.TrimStart() is ['{' or '[', ..])
        {
            try
            {
                using var document = JsonDocument.Parse(raw);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return element;
            }
        }
        return element;
    }

    private static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
