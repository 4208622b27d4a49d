namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>The JSON shapes of OpenAI's chat-completions API.</summary>
internal static class OpenAiWire
{
    private static readonly long Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string FinishReason(ScriptedReply reply) => reply.ToolCalls.Count > 0 ? "tool_calls" : "stop";

    public static object Completion(ScriptedReply reply, string id, string model) => new
    {
        id,
        @object = "chat.completion",
        created = Created,
        model,
        choices = new[]
        {
            new
            {
                index = 0,
                message = new
                {
                    role = "assistant",
                    content = reply.TextParts.Count > 0 ? string.Concat(reply.TextParts) : null,
                    tool_calls = reply.ToolCalls.Count == 0 ? null : reply.ToolCalls.Select((call, index) => new
                    {
                        id = CallId(id, index),
                        type = "function",
                        function = new { name = call.Name, arguments = call.ArgumentsJson },
                    }).ToArray(),
                },
                finish_reason = FinishReason(reply),
            },
        },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    };

    public static object Chunk(string id, string model, object delta, string? finishReason = null) => new
    {
        id,
        @object = "chat.completion.chunk",
        created = Created,
        model,
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    };

    /// <summary>
    /// Each call as providers stream it: a first delta with the id, type, name and the start of the arguments,
    /// then a second delta continuing the arguments.
    /// </summary>
    public static IEnumerable<object> ToolCallDeltas(string completionId, IReadOnlyList<ScriptedToolCall> calls)
    {
        for (var index = 0; index < calls.Count; index++)
        {
            var arguments = calls[index].ArgumentsJson;
            var split = arguments.Length / 2;
            yield return new
            {
                tool_calls = new[]
                {
                    new { index, id = CallId(completionId, index), type = "function", function = new { name = calls[index].Name, arguments = arguments[..split] } },
                },
            };
            yield return new { tool_calls = new[] { new { index, function = new { arguments = arguments[split..] } } } };
        }
    }

    private static string CallId(string completionId, int index) => $"call_{completionId}_{index}";
}
