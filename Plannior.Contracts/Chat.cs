using System.Text.Json;

namespace Plannior.Contracts;

/// <summary>
/// <c>POST /api/{user_id}/chat</c> and <c>/chat/stream</c>. The same <see cref="ClientMessageId"/> on a repeated
/// request returns the first reply and runs no tool twice.
/// </summary>
public sealed record ChatRequest(
    string Message, Guid? ConversationId = null, string? ClientMessageId = null, string? LanguageHint = null);

/// <summary>One tool call; arguments and result are whatever JSON the assistant produced.</summary>
public sealed record ToolCall(string Name, JsonElement? Arguments, JsonElement? Result);

public sealed record ChatReply(
    Guid ConversationId, Guid MessageId, string Response, IReadOnlyList<ToolCall>? ToolCalls, string? Language);

public sealed record Conversation(
    Guid Id, string? Title, string? LanguagePreference, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int MessageCount);

public sealed record RenameConversation(string Title);

public static class ChatRoles
{
    public const string User = "user";
    public const string Assistant = "assistant";
}

public sealed record ChatMessage(
    Guid Id, string Role, string Content, IReadOnlyList<ToolCall>? ToolCalls, DateTimeOffset CreatedAt);

/// <summary>A page of a conversation's history, oldest first; API.md names its list <c>messages</c>.</summary>
public sealed record ChatHistory(IReadOnlyList<ChatMessage> Messages, int TotalCount, int Offset, int Limit, bool HasMore);
