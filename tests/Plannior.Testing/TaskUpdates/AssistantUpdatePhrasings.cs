using System.Text.Json.Nodes;

namespace Plannior.Testing.TaskUpdates;

/// <summary>
/// A chat message that asks the assistant to change one field of task <c>{id}</c>. <see cref="Expect"/> gives the
/// field's value afterwards from the task before; where it is null the field must merely take a new, non-null
/// value (a relative date such as "tomorrow").
/// </summary>
public sealed record UpdatePhrasing(string Field, string Template, Func<JsonNode, JsonNode?>? Expect = null, string? OnlyFor = null)
{
    public string Message(int taskId) => Template.Replace("{id}", taskId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IReadOnlyList<string> Problems(JsonNode before, JsonNode after)
    {
        var problems = TaskUpdateCases.UnexpectedChanges(before, after, Field).ToList();
        if (Expect is not null)
        {
            var expected = Expect(before);
            if (!JsonNode.DeepEquals(after[Field], expected))
            {
                problems.Add($"{Field} is {after[Field]?.ToJsonString() ?? "null"}, expected {expected?.ToJsonString() ?? "null"}");
            }
        }
        else if (after[Field] is null || JsonNode.DeepEquals(before[Field], after[Field]))
        {
            problems.Add($"{Field} should have a new value but is {after[Field]?.ToJsonString() ?? "null"}");
        }
        return problems;
    }
}

/// <summary>
/// For every field the assistant can change, the ways people ask for it in English, Roman Urdu and Urdu, each of
/// which must leave every other field of the task exactly as it was.
/// </summary>
public static class AssistantUpdatePhrasings
{
    public static readonly IReadOnlyList<UpdatePhrasing> All =
    [
        new("title", "rename task {id} to Renewed passport", _ => "Renewed passport"),
        new("title", "Change task {id} to 'Call mom tonight'", _ => "Call mom tonight"),
        new("title", "task {id} ka naam 'Sabzi lena' kar do", _ => "Sabzi lena"),
        new("title", "کام {id} کا نام بدل کر 'سبزی خریدنا' کر دیں", _ => "سبزی خریدنا"),
        new("description", "add a note to task {id}: bring the warranty card", _ => "bring the warranty card"),
        new("description", "remove the note from task {id}", _ => null),
        new("priority", "set the priority of task {id} to low", _ => "low"),
        new("priority", "make task {id} high priority", _ => "high"),
        new("priority", "task {id} zaroori hai", _ => "high"),
        new("priority", "کام {id} کی ترجیح زیادہ کر دیں", _ => "high"),
        new("tags", "tag task {id} with #errands", before => new JsonArray(
            [.. (before["tags"]?.AsArray() ?? []).Select(tag => tag?.DeepClone()), JsonValue.Create("errands")])),
        new("due_at", "move task {id} to tomorrow"),
        new("due_at", "push the dentist to friday", OnlyFor: "pending, every field set"),
        new("due_at", "task {id} ko kal tak move kar do"),
        new("due_at", "کام {id} کو کل پر منتقل کریں"),
        new("due_at", "remove the due date from task {id}", _ => null),
        new("remind_at", "set a reminder for task {id} tomorrow at 8am"),
        new("remind_at", "remove the reminder from task {id}", _ => null),
        new("recurrence", "make task {id} repeat every monday", _ => "FREQ=WEEKLY;BYDAY=MO"),
        new("recurrence", "stop repeating task {id}", _ => null),
        new("completed", "mark task {id} as done", _ => true),
        new("completed", "task {id} complete kar do", _ => true),
        new("completed", "reopen task {id}", _ => false),
    ];

    /// <summary>Baseline × phrasing, by name, for xunit's MemberData.</summary>
    public static IEnumerable<object[]> Matrix =>
        from baseline in TaskUpdateCases.Baselines
        from phrasing in All
        where phrasing.OnlyFor is null || phrasing.OnlyFor == baseline.Name
        select new object[] { baseline.Name, phrasing.Template };

    public static UpdatePhrasing Phrasing(string template) => All.Single(p => p.Template == template);
}
