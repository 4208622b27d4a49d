using System.Buffers;
using System.Text.Json;

namespace Plannior.Web.Services;

/// <summary>Turns one SSE frame of <c>/chat/stream</c> into its typed event; unknown frames are skipped (null).</summary>
internal static class ChatStreamFrames
{
    public static ChatStreamEvent? Read(string type, ReadOnlySpan<byte> data, JsonSerializerOptions json) => type switch
    {
        ChatStreamEvent.ConversationName => JsonSerializer.Deserialize<ConversationEvent>(data, json),
        ChatStreamEvent.DeltaName => JsonSerializer.Deserialize<DeltaEvent>(data, json),
        ChatStreamEvent.ToolCallName => JsonSerializer.Deserialize<ToolCallEvent>(data, json),
        ChatStreamEvent.ToolResultName => JsonSerializer.Deserialize<ToolResultEvent>(data, json),
        ChatStreamEvent.DoneName => JsonSerializer.Deserialize<DoneEvent>(data, json),
        ChatStreamEvent.ErrorName => new ErrorEvent(JsonSerializer.Deserialize<ProblemBody>(data, json)
            ?? new ProblemBody(null, "The assistant failed.", null, null, null, null)),
        _ => null,
    };
}
