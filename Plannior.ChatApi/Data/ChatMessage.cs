namespace Plannior.ChatApi.Data;

public sealed class ChatMessage
{
    public const string UserRole = "user";
    public const string AssistantRole = "assistant";

    public Guid Id { get; init; } = MonotonicGuid.Next();
    public Guid ConversationId { get; init; }
    public Guid UserId { get; init; }
    public required string Role { get; init; }
    public required string Content { get; set; }
    /// <summary>The tool calls and their results, as jsonb: <c>[{name, arguments, result}]</c>.</summary>
    public string? ToolCallMetadata { get; set; }
    /// <summary>The client's idempotency key; unique per user among user messages.</summary>
    public string? ClientMessageId { get; init; }
    /// <summary>On an assistant message: the user message it answers.</summary>
    public Guid? ReplyToId { get; init; }
    public string? Language { get; set; }
    /// <summary>
    /// On an assistant message: the provider failed before the reply was finished. What was produced is kept,
    /// and a retry of the same <c>client_message_id</c> resumes the turn and completes this message.
    /// </summary>
    public bool Interrupted { get; set; }
    public DateTime CreatedAt { get; init; }
}
