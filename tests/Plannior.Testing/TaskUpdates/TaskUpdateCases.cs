using System.Text.Json.Nodes;

namespace Plannior.Testing.TaskUpdates;

/// <summary>A task to start from, written as API.md's create body; <see cref="Completed"/> completes it afterwards.</summary>
public sealed record TaskBaseline(string Name, JsonObject Body, bool Completed);

/// <summary>One field set to one value (JSON <c>null</c> included, which clears it), as a client would send it.</summary>
public sealed record FieldChange(string Field, JsonNode? Value)
{
    public string Label => $"{Field}={Shorten(Value?.ToJsonString() ?? "null")}";

    private static string Shorten(string json) => json.Length <= 40 ? json : $"{json[..12]}…({json.Length} chars)";

    /// <summary>The field as API.md reads it back after the change: a cleared tag list is an empty list.</summary>
    public JsonNode? Expected => Field == "tags" && Value is null ? new JsonArray() : Value?.DeepClone();
}

/// <summary>
/// Every task field × values that differ from every baseline, so an update through any path (REST, the tool layer,
/// MCP, the assistant) can be checked to change exactly what it names. The generated matrix is what caught the
/// update_task bug that reset priority to 0 and reopened completed tasks.
/// </summary>
public static class TaskUpdateCases
{
    /// <summary>Every field a client can write, in API.md's names.</summary>
    public static readonly string[] WritableFields =
        ["title", "description", "priority", "tags", "due_at", "remind_at", "recurrence", "completed"];

    /// <summary>Fields the server owns; they are compared too, except what a change legitimately moves.</summary>
    public static readonly string[] ServerFields = ["id", "created_at", "completed_at"];

    public static readonly IReadOnlyList<TaskBaseline> Baselines =
    [
        new("pending, every field set", new JsonObject
        {
            ["title"] = "Dentist appointment",
            ["description"] = "Bring the insurance card",
            ["priority"] = "high",
            ["tags"] = new JsonArray("health", "family"),
            ["due_at"] = "2031-03-04T09:00:00Z",
            ["remind_at"] = "2031-03-04T08:00:00Z",
            ["recurrence"] = "FREQ=MONTHLY;BYMONTHDAY=4",
        }, Completed: false),
        new("completed, low priority", new JsonObject
        {
            ["title"] = "File the expense report",
            ["description"] = "Receipts are in the drawer",
            ["priority"] = "low",
            ["tags"] = new JsonArray("work"),
            ["due_at"] = "2031-05-10T17:00:00Z",
            ["remind_at"] = "2031-05-10T16:00:00Z",
        }, Completed: true),
        new("title only", new JsonObject { ["title"] = "Water the plants" }, Completed: false),
    ];

    public static readonly IReadOnlyList<FieldChange> Changes =
    [
        new("title", "Renamed by the update"),
        new("description", "New details for the task"),
        new("description", null),
        new("priority", "low"),
        new("priority", "medium"),
        new("priority", "high"),
        new("tags", new JsonArray("errands", "home")),
        new("tags", new JsonArray()),
        new("tags", null),
        new("due_at", "2032-01-15T10:00:00Z"),
        new("due_at", null),
        new("remind_at", "2032-01-15T09:30:00Z"),
        new("remind_at", null),
        new("recurrence", "FREQ=WEEKLY;BYDAY=MO"),
        new("recurrence", null),
        new("completed", true),
        new("completed", false),
    ];

    /// <summary>Values each field must refuse, through every path, leaving the whole task as it was.</summary>
    public static readonly IReadOnlyList<FieldChange> InvalidChanges =
    [
        new("title", null),
        new("title", "   "),
        new("title", new string('x', 201)),
        new("description", new string('d', 2001)),
        new("priority", "urgent"),
        new("priority", ""),
        new("priority", null),
        new("priority", 0),
        new("tags", new JsonArray([.. Enumerable.Range(1, 11).Select(i => JsonValue.Create($"tag{i}"))])),
        new("tags", new JsonArray(new string('t', 33))),
        new("tags", new JsonArray("")),
        new("due_at", "someday"),
        new("remind_at", "not a time"),
        new("recurrence", "FREQ=SOMETIMES"),
        new("completed", null),
        new("completed", "maybe"),
    ];

    /// <summary>Baseline × change, by name, for xunit's MemberData (names keep the cases readable and serializable).</summary>
    public static IEnumerable<object[]> Matrix =>
        from baseline in Baselines from change in Changes select new object[] { baseline.Name, change.Label };

    public static TaskBaseline Baseline(string name) => Baselines.Single(b => b.Name == name);

    public static FieldChange Change(string label) => Changes.Concat(InvalidChanges).Single(c => c.Label == label);

    public static IEnumerable<object[]> InvalidMatrix => InvalidChanges.Select(change => new object[] { change.Label });

    /// <summary>
    /// What differs between the task before and after an update that named only <paramref name="field"/>, other than
    /// that field, <c>updated_at</c>, and <c>completed_at</c> when completion itself changed. Empty means correct.
    /// </summary>
    public static IReadOnlyList<string> UnexpectedChanges(JsonNode before, JsonNode after, string field)
    {
        var completionChanged = field == "completed" && !JsonNode.DeepEquals(before["completed"], after["completed"]);
        return
        [
            .. WritableFields.Concat(ServerFields)
                .Where(name => name != field && !(name == "completed_at" && completionChanged))
                .Where(name => !JsonNode.DeepEquals(before[name], after[name]))
                .Select(name => $"{name} changed from {Show(before[name])} to {Show(after[name])}"),
        ];
    }

    /// <summary>Every difference from what the change should leave: the other fields untouched, the field as sent.</summary>
    public static IReadOnlyList<string> Problems(JsonNode before, JsonNode after, FieldChange change)
    {
        var problems = UnexpectedChanges(before, after, change.Field).ToList();
        if (!JsonNode.DeepEquals(after[change.Field], change.Expected))
        {
            problems.Add($"{change.Field} is {Show(after[change.Field])}, expected {Show(change.Expected)}");
        }
        var completed = after["completed"]?.GetValue<bool>() ?? false;
        if (completed != (after["completed_at"] is not null))
        {
            problems.Add($"completed is {completed} but completed_at is {Show(after["completed_at"])}");
        }
        return problems;
    }

    /// <summary>The value as the offline assistant hands tool arguments over: CLR strings, lists, flags and null.</summary>
    public static object? ToClr(JsonNode? value) => value switch
    {
        null => null,
        JsonArray array => array.Select(item => item!.GetValue<string>()).ToArray(),
        JsonValue flag when flag.TryGetValue<bool>(out var b) => b,
        JsonValue number when number.TryGetValue<int>(out var n) => n,
        JsonValue text => text.GetValue<string>(),
        _ => throw new ArgumentException($"No CLR form for {value.ToJsonString()}"),
    };

    private static string Show(JsonNode? value) => value?.ToJsonString() ?? "null";
}
