using System.Text.Json;

namespace Plannior.Contracts;

/// <summary>The events of <c>POST /api/{user_id}/chat/stream</c>: each SSE frame's name and its data.</summary>
public abstract record ChatStreamEvent
{
    public const string ConversationName = "conversation";
    public const string DeltaName = "delta";
    public const string ToolCallName = "tool_call";
    public const string ToolResultName = "tool_result";
    public const string DoneName = "done";
    public const string ErrorName = "error";
}

public sealed record ConversationEvent(Guid ConversationId) : ChatStreamEvent;

public sealed record DeltaEvent(string Text) : ChatStreamEvent;

public sealed record ToolCallEvent(string Name, JsonElement? Arguments) : ChatStreamEvent;

public sealed record ToolResultEvent(string Name, JsonElement? Result) : ChatStreamEvent;

public sealed record DoneEvent(Guid MessageId, string Response, IReadOnlyList<ToolCall>? ToolCalls, string? Language) : ChatStreamEvent;

public sealed record ErrorEvent(ProblemBody Problem) : ChatStreamEvent;
