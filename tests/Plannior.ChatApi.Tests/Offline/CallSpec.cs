namespace Plannior.ChatApi.Tests.Offline;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

// The expected-call notation of PhrasingTable: `tool key=value key="quoted value" tags=[a,b]`,
// several calls separated by " | ", or "none".
internal sealed record CallSpec(string Tool, IReadOnlyDictionary<string, string> Args)
{
    private static readonly HashSet<string> TextKeys = ["title", "description", "query"];

    public static List<CallSpec> ParseAll(string spec) =>
        spec.Trim() == "none" ? [] : spec.Split(" | ").Select(Parse).ToList();

    public static CallSpec Parse(string spec)
    {
        spec = spec.Trim();
        var space = spec.IndexOf(' ');
        var tool = space < 0 ? spec : spec[..space];
        var args = new Dictionary<string, string>();
        var i = space < 0 ? spec.Length : space + 1;
        while (i < spec.Length)
        {
            var eq = spec.IndexOf('=', i);
            var key = spec[i..eq].Trim();
            i = eq + 1;
            string value;
            if (spec[i] == '"')
            {
                var close = spec.IndexOf('"', i + 1);
                value = spec[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var end = spec.IndexOf(' ', i);
                end = end < 0 ? spec.Length : end;
                value = spec[i..end];
                i = end;
            }

            args[key] = value;
            while (i < spec.Length && spec[i] == ' ') i++;
        }

        return new CallSpec(tool, args);
    }

    public static CallSpec From(FunctionCallContent call) =>
        new(call.Name, (call.Arguments ?? new Dictionary<string, object?>()).ToDictionary(a => a.Key, a => Canonical(a.Value)));

    public bool Matches(CallSpec actual) =>
        Tool == actual.Tool
        && Args.Count == actual.Args.Count
        && Args.All(a => actual.Args.TryGetValue(a.Key, out var value)
            && string.Equals(a.Value, value, TextKeys.Contains(a.Key) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    public static bool Matches(IReadOnlyList<CallSpec> expected, IReadOnlyList<CallSpec> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => p.First.Matches(p.Second));

    public override string ToString()
    {
        var sb = new StringBuilder(Tool);
        foreach (var (key, value) in Args.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            sb.Append(' ').Append(key).Append('=').Append(value.Contains(' ') ? $"\"{value}\"" : value);
        }

        return sb.ToString();
    }

    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Array } e => "[" + string.Join(',', e.EnumerateArray().Select(x => Canonical(x))) + "]",
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        JsonElement { ValueKind: JsonValueKind.Null } => "null",
        JsonElement e => e.GetRawText(),
        IEnumerable<string> list => "[" + string.Join(',', list) + "]",
        _ => value.ToString() ?? "",
    };
}
