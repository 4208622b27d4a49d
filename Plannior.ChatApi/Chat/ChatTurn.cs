using Microsoft.Extensions.AI;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Chat;

/// <summary>
/// A stored user message, ready for the assistant: its conversation, history, tools and context, and what an
/// earlier attempt at it left (recorded tool calls, an interrupted reply) when this is a retry.
/// </summary>
public sealed class ChatTurn(
    Conversation conversation, Data.ChatMessage userMessage, string language,
    List<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions options, ToolCallJournal journal,
    Data.ChatMessage? interruptedReply, IdempotencyLock? idempotencyLock) : IAsyncDisposable
{
    public Conversation Conversation { get; } = conversation;
    public Data.ChatMessage UserMessage { get; } = userMessage;
    public string Language { get; } = language;
    public List<Microsoft.Extensions.AI.ChatMessage> Messages { get; } = messages;
    public ChatOptions Options { get; } = options;

    /// <summary>The reply an earlier attempt began before its provider failed; this turn completes it.</summary>
    public Data.ChatMessage? InterruptedReply { get; } = interruptedReply;

    /// <summary>Every tool call of the turn, earlier attempts' first, each once, with its result.</summary>
    public IReadOnlyList<ToolCallRecord> ToolCalls(IEnumerable<Microsoft.Extensions.AI.ChatMessage> produced) =>
        ToolCallMetadata.FromMessages(journal.EarlierMessages.Concat(produced), call => !journal.WasReplayed(call));

    public ValueTask DisposeAsync() => idempotencyLock?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>How a chat request begins: invalid, unknown conversation, a replay of an earlier reply, or a turn to run.</summary>
public abstract record ChatStart
{
    public sealed record Invalid(ValidationErrors Errors) : ChatStart;
    public sealed record ConversationNotFound : ChatStart;
    public sealed record Replay(ChatReply Reply) : ChatStart;
    public sealed record Ready(ChatTurn Turn) : ChatStart;
}

/// <summary>One server-sent event of <c>/chat/stream</c>.</summary>
public sealed record ChatStreamEvent(string Name, object Data)
{
    public static ChatStreamEvent Conversation(Guid conversationId) => new("conversation", new { conversation_id = conversationId });

    public static ChatStreamEvent Done(ChatReply reply) => new("done", new
    {
        message_id = reply.MessageId, response = reply.Response, tool_calls = reply.ToolCalls, language = reply.Language,
    });
}
