using System.Text.Json;

namespace Plannior.ChatApi.Chat;

public sealed record ChatRequest(string? Message, Guid? ConversationId = null, string? LanguageHint = null, string? ClientMessageId = null);

public sealed record ToolCallRecord(string Name, JsonElement Arguments, JsonElement? Result);

public sealed record ChatReply(Guid ConversationId, Guid MessageId, string Response, IReadOnlyList<ToolCallRecord> ToolCalls, string Language);

public sealed record ConversationSummary(
    Guid Id, string? Title, string LanguagePreference, DateTime CreatedAt, DateTime UpdatedAt, int MessageCount);

public sealed record ConversationPage(IReadOnlyList<ConversationSummary> Items, int TotalCount, int Limit, int Offset, bool HasMore);

public sealed record HistoryMessage(Guid Id, string Role, string Content, IReadOnlyList<ToolCallRecord> ToolCalls, DateTime CreatedAt);

public sealed record HistoryPage(IReadOnlyList<HistoryMessage> Messages, int TotalCount, int Offset, int Limit, bool HasMore);

public sealed record RenameConversationRequest(string? Title);
