namespace Plannior.ChatApi.Chat.Offline;

using System.Text.Json;
using Microsoft.Extensions.AI;

// One tool call and its result, paired by call id.
internal sealed record ToolExchange(string Name, IReadOnlyDictionary<string, JsonElement> Args, JsonElement? Result, string? Error)
{
    public static ToolExchange From(FunctionCallContent call, FunctionResultContent result)
    {
        var args = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in call.Arguments ?? new Dictionary<string, object?>())
        {
            if (ResultJson.Normalize(value) is { } element)
            {
                args[key] = element;
            }
        }

        var json = ResultJson.Normalize(result.Result);
        return new ToolExchange(call.Name, args, json, ErrorOf(result, json));
    }

    public string? Arg(string name) => Args.TryGetValue(name, out var value) ? ResultJson.AsString(value) : null;

    public TaskSnapshot? Task => Result is { ValueKind: JsonValueKind.Object } r ? TaskSnapshot.From(r) : null;

    private static string? ErrorOf(FunctionResultContent result, JsonElement? json)
    {
        if (result.Exception is { } ex)
        {
            return ex.Message;
        }

        return json switch
        {
            { ValueKind: JsonValueKind.Object } obj when ResultJson.TryGet(obj, "error", out var error) =>
                ResultJson.AsString(error) ?? (ResultJson.String(error, "message") ?? ResultJson.String(error, "detail") ?? error.GetRawText()),
            { ValueKind: JsonValueKind.String } text when text.GetString() is { } s && s.StartsWith("Error", StringComparison.OrdinalIgnoreCase) =>
                s.Split(':', 2) is [_, var detail] ? detail.Trim() : s,
            _ => null,
        };
    }
}
