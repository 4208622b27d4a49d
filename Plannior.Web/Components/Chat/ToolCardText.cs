using System.Globalization;
using System.Text.Json;
using Plannior.Web.Extensions;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Chat;

/// <summary>What one tool call changed, in words: "Added · Pay rent · due 1 Jan · every month on the 1st · high".</summary>
public sealed record ToolCardText(string Verb, IReadOnlyList<string> Details, bool Failed, bool Pending, int? TaskId)
{
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
            return new(CouldNot(name), [error], true, false, Int(outcome, "task_id") ?? Int(args, "task_id"));
        }
        if (name == ToolNames.ListTasks)
        {
            var count = outcome is { ValueKind: JsonValueKind.Array } list ? list.GetArrayLength() : (int?)null;
            return new(count switch
            {
                null => SharedResource.Text("Tool_LookedUp"),
                1 => SharedResource.Text("Tool_LookedUpOne"),
                var n => SharedResource.Format("Tool_LookedUpMany", n),
            }, [], false, false, null);
        }
        if (outcome is { ValueKind: JsonValueKind.Array } batch)
        {
            var items = batch.EnumerateArray().ToList();
            var failed = items.Count(item => String(item, "error") is not null);
            var done = items.Count - failed;
            var details = failed > 0 ? new[] { SharedResource.Format("Tool_BatchFailed", failed) } : [];
            return new(SharedResource.Format(done == 1 ? "Tool_BatchOne" : "Tool_BatchMany", Past(name), done), details, failed == items.Count, false, null);
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
                facts.Add(SharedResource.Format("Tool_Due", LocalTime.Short(due, zone)));
            }
            if (RecurrenceText.Describe(String(fields, "recurrence")) is { } repeats)
            {
                facts.Add(repeats);
            }
            if (String(fields, "priority") is { } priority && (name == ToolNames.UpdateTask || priority != "medium"))
            {
                facts.Add(Priority(priority));
            }
        }
        if (name == ToolNames.CompleteTask && Instant(outcome, "next_due_at") is { } next)
        {
            facts.Add(SharedResource.Format("Tool_NextDue", LocalTime.Short(next, zone)));
        }
        return new(Past(name), facts, false, false, Int(outcome, "task_id") ?? Int(args, "task_id"));
    }

    private static string Past(string name) => name switch
    {
        ToolNames.AddTask => SharedResource.Text("Tool_Added"),
        ToolNames.CompleteTask => SharedResource.Text("Tool_Completed"),
        ToolNames.DeleteTask => SharedResource.Text("Tool_Deleted"),
        ToolNames.UpdateTask => SharedResource.Text("Tool_Updated"),
        ToolNames.UndoLastChange => SharedResource.Text("Tool_Undid"),
        _ => Capitalise(name.Replace('_', ' ')),
    };

    private static string Ongoing(string name) => name switch
    {
        ToolNames.AddTask => SharedResource.Text("Tool_Adding"),
        ToolNames.CompleteTask => SharedResource.Text("Tool_Completing"),
        ToolNames.DeleteTask => SharedResource.Text("Tool_Deleting"),
        ToolNames.UpdateTask => SharedResource.Text("Tool_Updating"),
        ToolNames.ListTasks => SharedResource.Text("Tool_LookingUp"),
        _ => Capitalise(name.Replace('_', ' ')) + "…",
    };

    private static string CouldNot(string name) => name switch
    {
        ToolNames.AddTask => SharedResource.Text("Tool_CouldNotAdd"),
        ToolNames.CompleteTask => SharedResource.Text("Tool_CouldNotComplete"),
        ToolNames.DeleteTask => SharedResource.Text("Tool_CouldNotDelete"),
        ToolNames.UpdateTask => SharedResource.Text("Tool_CouldNotUpdate"),
        ToolNames.ListTasks => SharedResource.Text("Tool_CouldNotLookUp"),
        _ => SharedResource.Format("Tool_CouldNot", name.Replace('_', ' ')),
    };

    // the tools speak the API's lower-case priorities; the card says them as the task list does, in lower case
    private static string Priority(string priority) =>
        Enum.TryParse<TaskPriority>(priority, ignoreCase: true, out var known)
            ? SharedResource.Text($"Priority_{known}").ToLower(UiLanguage.FormatCulture)
            : priority;

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
