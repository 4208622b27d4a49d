using System.Text.Json;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Tools;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Chat;

/// <summary>The <c>tool_call_metadata</c> jsonb of a stored reply: what was called, with what, and what came back.</summary>
public static class ToolCallMetadata
{
    public static string? Serialize(IReadOnlyList<ToolCallRecord> calls) =>
        calls.Count == 0 ? null : JsonSerializer.Serialize(calls, WireJson.Options);

    public static IReadOnlyList<ToolCallRecord> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ToolCallRecord>>(json, WireJson.Options) ?? [];

    /// <summary>Pairs each function call in <paramref name="messages"/> (those <paramref name="include"/> keeps) with its result, in call order.</summary>
    public static List<ToolCallRecord> FromMessages(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Func<FunctionCallContent, bool>? include = null)
    {
        var calls = new List<FunctionCallContent>();
        var results = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var content in messages.SelectMany(message => message.Contents))
        {
            switch (content)
            {
                case FunctionCallContent call when include?.Invoke(call) ?? true:
                    calls.Add(call);
                    break;
                case FunctionResultContent result:
                    results[result.CallId] = result.Result;
                    break;
            }
        }
        return [.. calls.Select(call => new ToolCallRecord(
            call.Name,
            JsonSerializer.SerializeToElement(call.Arguments ?? new Dictionary<string, object?>(), WireJson.Options),
            results.TryGetValue(call.CallId, out var result) ? ToJson(result) : null))];
    }

    public static JsonElement ToJson(object? value) => value switch
    {
        JsonElement element => element,
        null => JsonSerializer.SerializeToElement<object?>(null, WireJson.Options),
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), WireJson.Options),
    };
}
