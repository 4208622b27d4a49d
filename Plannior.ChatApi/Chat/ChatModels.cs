using System.Text.Json;

namespace Plannior.ChatApi.Chat;

public sealed record ChatRequest(string? Message, Guid? ConversationId = null, string? LanguageHint = null, string? ClientMessageId = null);

public sealed record RenameConversationRequest(string? Title);
