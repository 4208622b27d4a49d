namespace Plannior.Contracts;

/// <summary><c>GET /api/auth/export</c>: everything the account owns.</summary>
public sealed record AccountExport(
    UserProfile Profile, IReadOnlyList<TaskItem> Tasks, IReadOnlyList<ExportedConversation> Conversations);

/// <summary>A conversation with every one of its messages, oldest first.</summary>
public sealed record ExportedConversation(
    Guid Id, string? Title, string? LanguagePreference, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int MessageCount,
    IReadOnlyList<ChatMessage> Messages);
