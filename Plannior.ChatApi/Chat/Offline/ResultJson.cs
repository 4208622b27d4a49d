namespace Plannior.ChatApi.Chat.Offline;

using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

// Tool results and arguments arrive as JsonElement, JSON text or plain objects depending on who
// produced them (the function-invoking client, a reloaded conversation, a test); all become JsonElement.
internal static class ResultJson
{
    public static JsonElement? Normalize(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Undefined ? null : element.Clone();
            case JsonDocument document:
                return document.RootElement.Clone();
            case JsonNode node:
                return Parse(node.ToJsonString());
            case string text:
                var trimmed = text.TrimStart();
                return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? Parse(text) ?? StringElement(text) : StringElement(text);
            default:
                try
                {
                    return JsonSerializer.SerializeToElement(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value.GetType()));
                }
                catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
                {
                    return StringElement(value.ToString() ?? "");
                }
        }
    }

    // Property names are matched ignoring case and underscores, so task_id, taskId and TaskId all work.
    public static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var wanted = Canonical(name);
        foreach (var property in element.EnumerateObject())
        {
            if (Canonical(property.Name) == wanted)
            {
                value = property.Value;
                return value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            }
        }

        return false;
    }

    public static string? String(JsonElement element, string name) =>
        TryGet(element, name, out var value) ? AsString(value) : null;

    public static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    public static int? Int(JsonElement element, string name) =>
        TryGet(element, name, out var value) ? AsInt(value) : null;

    public static int? AsInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(value.GetString()?.TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    public static bool? Bool(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public static DateTimeOffset? Date(JsonElement element, string name) =>
        String(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    public static List<string> Strings(JsonElement element, string name) =>
        TryGet(element, name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(AsString).OfType<string>().ToList()
            : [];

    private static string Canonical(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static JsonElement? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement StringElement(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
