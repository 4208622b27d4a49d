using System.Globalization;
using System.Text.Json;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Chat.Tools;

/// <summary>
/// Reads tool arguments whether they arrive as JSON (a model, an MCP client) or as CLR values (the offline
/// assistant), so every caller meets the same parsing rules.
/// </summary>
public sealed class ToolArguments(IDictionary<string, object?> values)
{
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>
    /// A PATCH-style field: set (an explicit null included) when the caller named the argument, unset when it left
    /// it out, so an update changes exactly the fields it names.
    /// </summary>
    public Optional<T> IfNamed<T>(string name, Func<string, T> read) => Has(name) ? Optional.Of(read(name)) : Optional<T>.Unset;

    /// <summary>An enum by its wire name; blank is null, anything else outside the enum is an argument error.</summary>
    public T? Enum<T>(string name) where T : struct, Enum
    {
        var value = String(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new ToolArgumentException(name, $"must be one of: {EnumNames.Allowed<T>()}");
    }

    public bool IsNull(string name) =>
        values.TryGetValue(name, out var value) && (value is null || value is JsonElement { ValueKind: JsonValueKind.Null });

    public string? String(string name) => values.TryGetValue(name, out var value) ? AsString(value) : null;

    public int? Int(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        null => null,
        int number => number,
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        double number when number == Math.Floor(number) && Math.Abs(number) < int.MaxValue => (int)number,
        JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetInt32(out var number) => number,
        _ => int.TryParse(AsString(value)?.Trim().TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ToolArgumentException(name, "must be a whole number"),
    } : null;

    public bool? Bool(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        null => null,
        bool flag => flag,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        _ => bool.TryParse(AsString(value), out var flag) ? flag : throw new ToolArgumentException(name, "must be true or false"),
    } : null;

    public List<int>? IntList(string name)
    {
        if (!values.TryGetValue(name, out var value) || value is null or JsonElement { ValueKind: JsonValueKind.Null })
        {
            return null;
        }
        var items = value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(item => (object?)item).ToList(),
            System.Collections.IEnumerable list and not string => list.Cast<object?>().ToList(),
            _ => throw new ToolArgumentException(name, "must be an array of task ids"),
        };
        return [.. items.Select(item => new ToolArguments(new Dictionary<string, object?> { [name] = item }).Int(name)
            ?? throw new ToolArgumentException(name, "must hold whole numbers only"))];
    }

    public List<string>? StringList(string name)
    {
        if (!values.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(item => AsString(item) ?? "")],
            IEnumerable<string> strings => [.. strings],
            System.Collections.IEnumerable items and not string => [.. items.Cast<object?>().Select(item => AsString(item) ?? "")],
            // Models sometimes send "work, home" where an array was asked for.
            _ => [.. (AsString(value) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        };
    }

    private static string? AsString(object? value) => value switch
    {
        null => null,
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement json => json.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>An argument a tool cannot use; reported back to the model as a result, not thrown to the user.</summary>
public sealed class ToolArgumentException(string argument, string problem) : Exception($"'{argument}' {problem}.")
{
    public string Argument { get; } = argument;
}
