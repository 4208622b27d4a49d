using System.Globalization;
using System.Text.Json;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Chat;

/// <summary>What one tool call changed, in words: "Added · Pay rent · due 1 Jan · every month on the 1st · high".</summary>
public sealed record ToolCardText(string Verb, IReadOnlyList<string> Details, bool Failed, bool Pending, int? TaskId)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public string Text => string.Join(" · ", Details.Prepend(Verb));

    public static ToolCardText Describe(string name, JsonElement? arguments, JsonElement? result, bool finished, TimeZoneInfo zone)
    {
        var args = Unwrap(arguments);
        var outcome = Unwrap(result);
        if (!finished)
        {
            return new(Ongoing(name), Title(args) is { } pendingTitle ? [pendingTitle] : [], false, true, Int(args, "task_id"));
        }
        if (String(outcome, "error") is { } error)
        {
            return new($"Couldn't {Infinitive(name)}", [error], true, false, Int(outcome, "task_id") ?? Int(args, "task_id"));
        }
        if (name == ToolNames.ListTasks)
        {
            var count = outcome is { ValueKind: JsonValueKind.Array } list ? list.GetArrayLength() : (int?)null;
            return new(count is { } n ? $"Looked up {n} {(n == 1 ? "task" : "tasks")}" : "Looked up tasks", [], false, false, null);
        }
        if (outcome is { ValueKind: JsonValueKind.Array } batch)
        {
            var items = batch.EnumerateArray().ToList();
            var failed = items.Count(item => String(item, "error") is not null);
            var details = failed > 0 ? new[] { $"{failed} failed" } : [];
            return new($"{Past(name)} {items.Count - failed} {(items.Count - failed == 1 ? "task" : "tasks")}", details, failed == items.Count, false, null);
        }

        var facts = new List<string>();
        if ((String(outcome, "title") ?? Title(args)) is { } title)
        {
            facts.Add(title);
        }
        // an update names only what it changed; an addition names everything the task was given
        var source = name == ToolNames.UpdateTask ? args : outcome ?? args;
        if (name is ToolNames.AddTask or ToolNames.UpdateTask && source is { } fields)
        {
            if (Instant(fields, "due_at") is { } due)
            {
                facts.Add($"due {Due(due, zone)}");
            }
            if (RecurrenceText.Describe(String(fields, "recurrence")) is { } repeats)
            {
                facts.Add(repeats);
            }
            if (String(fields, "priority") is { } priority && (name == ToolNames.UpdateTask || priority != "medium"))
            {
                facts.Add(priority);
            }
        }
        if (name == ToolNames.CompleteTask && Instant(outcome, "next_due_at") is { } next)
        {
            facts.Add($"next due {Due(next, zone)}");
        }
        return new(Past(name), facts, false, false, Int(outcome, "task_id") ?? Int(args, "task_id"));
    }

    private static string Past(string name) => name switch
    {
        ToolNames.AddTask => "Added",
        ToolNames.CompleteTask => "Completed",
        ToolNames.DeleteTask => "Deleted",
        ToolNames.UpdateTask => "Updated",
        ToolNames.UndoLastChange => "Undid the last change",
        _ => Capitalise(name.Replace('_', ' ')),
    };

    private static string Ongoing(string name) => name switch
    {
        ToolNames.AddTask => "Adding",
        ToolNames.CompleteTask => "Completing",
        ToolNames.DeleteTask => "Deleting",
        ToolNames.UpdateTask => "Updating",
        ToolNames.ListTasks => "Looking up tasks",
        _ => Capitalise(name.Replace('_', ' ')) + "…",
    };

    private static string Infinitive(string name) => name switch
    {
        ToolNames.AddTask => "add",
        ToolNames.CompleteTask => "complete",
        ToolNames.DeleteTask => "delete",
        ToolNames.UpdateTask => "update",
        ToolNames.ListTasks => "look up tasks",
        _ => name.Replace('_', ' '),
    };

    private static string Due(DateTimeOffset due, TimeZoneInfo zone)
    {
        var local = LocalTime.ToLocal(due, zone);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.ToString("d MMM", Culture)
            : local.ToString("d MMM HH:mm", Culture);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string? Title(JsonElement? args) => String(args, "title");

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
        return element is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } ? element : null;
    }

    private static string? String(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static int? Int(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    private static DateTimeOffset? Instant(JsonElement? element, string property) =>
        String(element, property) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : null;
}
