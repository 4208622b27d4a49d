using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// What a conversation must leave behind, judged on the tasks read back, never on the reply's words:
/// <c>+ "Title" due=2026-11-29T17:00 remind=… priority=high tags=[a,b] rule=FREQ=DAILY desc="…"</c> (a new task;
/// what it does not name must be the default), <c>done "Title"</c>, <c>open "Title"</c>, <c>- "Title"</c>,
/// <c>~ "Title" field=value …</c> (a seeded task changed in exactly those fields), several joined by <c> ; </c>,
/// or <c>=</c> for no change at all. Times without an offset are Karachi's. Every seeded task not named must be
/// exactly as it was; the next occurrence of a completed recurring task is expected.
/// </summary>
public static partial class StateSpec
{
    private static readonly TimeSpan Karachi = TimeSpan.FromHours(5);

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["due"] = "due_at", ["remind"] = "remind_at", ["priority"] = "priority", ["tags"] = "tags", ["rule"] = "recurrence",
        ["desc"] = "description", ["title"] = "title", ["completed"] = "completed",
    };

    public static IReadOnlyList<string> Judge(string spec, IReadOnlyList<JsonNode> before, IReadOnlyList<JsonNode> after)
    {
        var problems = new List<string>();
        var remaining = after.ToList();
        var seeded = before.ToDictionary(t => t["id"]!.GetValue<int>());
        var expectations = spec.Trim() == "=" ? [] : spec.Split(" ; ").Select(Parse).ToList();

        foreach (var (op, title, fields) in expectations)
        {
            if (op == "+")
            {
                var added = remaining.FirstOrDefault(t => !seeded.ContainsKey(Id(t)) && Same(t["title"], title));
                if (added is null)
                {
                    problems.Add($"no new task \"{title}\"");
                    continue;
                }
                remaining.Remove(added);
                foreach (var field in FieldNames.Values.Except(["title", "completed"]))
                {
                    var expected = fields.TryGetValue(field, out var value) ? value : Default(field);
                    if (!Equal(field, added[field], expected))
                    {
                        problems.Add($"new \"{title}\": {field} is {Show(added[field])}, expected {Show(expected)}");
                    }
                }
                continue;
            }

            var original = before.FirstOrDefault(t => Same(t["title"], title));
            if (original is null)
            {
                problems.Add($"the spec names \"{title}\", which is not a seeded task");
                continue;
            }
            var now = remaining.FirstOrDefault(t => Id(t) == Id(original));
            if (op == "-")
            {
                if (now is not null)
                {
                    problems.Add($"\"{title}\" should be deleted");
                    remaining.Remove(now);
                }
                continue;
            }
            if (now is null)
            {
                problems.Add($"\"{title}\" is gone");
                continue;
            }
            remaining.Remove(now);
            var changed = new Dictionary<string, JsonNode?>(fields);
            if (op == "done") changed["completed"] = true;
            if (op == "open") changed["completed"] = false;
            problems.AddRange(Compare(original, now, changed, title));
            if (op == "done" && original["recurrence"] is not null)
            {
                var next = remaining.FirstOrDefault(t => !seeded.ContainsKey(Id(t)) && Same(t["title"], title) && t["completed"]!.GetValue<bool>() == false);
                if (next is not null) remaining.Remove(next);
            }
        }

        foreach (var task in remaining)
        {
            if (!seeded.TryGetValue(Id(task), out var original))
            {
                problems.Add($"unexpected new task \"{task["title"]}\"");
                continue;
            }
            problems.AddRange(Compare(original, task, [], task["title"]!.GetValue<string>()));
        }
        foreach (var original in before.Where(b => after.All(a => Id(a) != Id(b))))
        {
            if (!expectations.Any(e => e.Op == "-" && Same(original["title"], e.Title)))
            {
                problems.Add($"\"{original["title"]}\" was deleted");
            }
        }
        return problems;
    }

    private static IEnumerable<string> Compare(JsonNode before, JsonNode after, Dictionary<string, JsonNode?> changed, string title)
    {
        foreach (var field in FieldNames.Values)
        {
            var expected = changed.TryGetValue(field, out var value) ? value : before[field];
            if (!Equal(field, after[field], expected))
            {
                yield return $"\"{title}\": {field} is {Show(after[field])}, expected {Show(expected)}";
            }
        }
    }

    private static (string Op, string Title, Dictionary<string, JsonNode?> Fields) Parse(string expectation)
    {
        var match = Expectation().Match(expectation.Trim());
        if (!match.Success)
        {
            throw new FormatException($"Not a state expectation: {expectation}");
        }
        var fields = new Dictionary<string, JsonNode?>();
        foreach (Match field in Field().Matches(match.Groups["fields"].Value))
        {
            var name = FieldNames[field.Groups["k"].Value];
            var raw = field.Groups["q"].Success ? field.Groups["q"].Value : field.Groups["v"].Value;
            fields[name] = raw == "null" && !field.Groups["q"].Success ? null : name switch
            {
                "tags" => new JsonArray([.. raw.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => JsonValue.Create(t.Trim()))]),
                "completed" => JsonValue.Create(bool.Parse(raw)),
                _ => JsonValue.Create(raw),
            };
        }
        return (match.Groups["op"].Value, match.Groups["title"].Value, fields);
    }

    private static JsonNode? Default(string field) => field switch
    {
        "priority" => JsonValue.Create("medium"),
        "tags" => new JsonArray(),
        _ => null,
    };

    private static bool Equal(string field, JsonNode? actual, JsonNode? expected)
    {
        if (actual is null || expected is null)
        {
            return actual is null == expected is null
                || (field == "tags" && (actual ?? expected) is JsonArray { Count: 0 });
        }
        return field switch
        {
            "due_at" or "remind_at" => Instant(actual) == Instant(expected),
            "title" or "description" => string.Equals(actual.GetValue<string>(), expected.GetValue<string>(), StringComparison.OrdinalIgnoreCase),
            "tags" => actual.AsArray().Select(t => t!.GetValue<string>()).Order().SequenceEqual(expected.AsArray().Select(t => t!.GetValue<string>().ToLowerInvariant()).Order()),
            "recurrence" => SameRule(actual.GetValue<string>(), expected.GetValue<string>()),
            _ => JsonNode.DeepEquals(actual, expected),
        };
    }

    /// <summary>
    /// Two RRULEs that repeat the same way: parts in any order, BYDAY in any order, INTERVAL=1 the same as none, and an
    /// UNTIL that ends on the same day in the user's zone however it is written (a date, or a UTC instant).
    /// </summary>
    private static bool SameRule(string actual, string expected)
    {
        static Dictionary<string, string> Parts(string rule)
        {
            var parts = rule.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => part.Split('=', 2))
                .ToDictionary(kv => kv[0].ToUpperInvariant(), kv => kv.Length > 1 ? kv[1].ToUpperInvariant() : "");
            if (parts.TryGetValue("INTERVAL", out var interval) && interval == "1")
            {
                parts.Remove("INTERVAL");
            }
            if (parts.TryGetValue("BYDAY", out var days))
            {
                parts["BYDAY"] = string.Join(',', days.Split(',').Order(StringComparer.Ordinal));
            }
            if (parts.TryGetValue("UNTIL", out var until))
            {
                parts["UNTIL"] = UntilDay(until);
            }
            return parts;
        }

        var left = Parts(actual);
        var right = Parts(expected);
        return left.Count == right.Count && left.All(part => right.TryGetValue(part.Key, out var value) && value == part.Value);
    }

    private static string UntilDay(string until)
    {
        if (until.Length == 8)
        {
            return until;
        }
        var format = until.EndsWith('Z') ? "yyyyMMdd'T'HHmmss'Z'" : "yyyyMMdd'T'HHmmss";
        var instant = DateTime.ParseExact(until, format, CultureInfo.InvariantCulture,
            until.EndsWith('Z') ? DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal : DateTimeStyles.None);
        var local = until.EndsWith('Z') ? instant + Karachi : instant;
        return local.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset Instant(JsonNode value)
    {
        var text = value.GetValue<string>();
        return text.EndsWith('Z') || text.Contains('+')
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : new DateTimeOffset(DateTime.Parse(text, CultureInfo.InvariantCulture), Karachi);
    }

    private static bool Same(JsonNode? title, string expected) =>
        string.Equals(title?.GetValue<string>().Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int Id(JsonNode task) => task["id"]!.GetValue<int>();

    private static string Show(JsonNode? value) => value?.ToJsonString() ?? "null";

    [GeneratedRegex("""^(?<op>\+|done|open|-|~)\s+"(?<title>[^"]+)"(?<fields>.*)$""")]
    private static partial Regex Expectation();

    [GeneratedRegex("""(?<k>due|remind|priority|tags|rule|desc|title|completed)=(?:"(?<q>[^"]*)"|(?<v>\[[^\]]*\]|\S+))""")]
    private static partial Regex Field();
}
