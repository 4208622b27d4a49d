using System.Text.Json;

namespace Plannior.Web.Services;

// Shapes of the public API (shared/API.md); property names become snake_case on the wire.

public sealed record SignUpRequest(string Email, string Password, string? Name);

public sealed record LogInRequest(string Email, string Password);

public sealed record AuthResult(
    string UserId, string Email, string? Name, string Token, string TokenType, DateTimeOffset ExpiresAt);

public sealed record ProfileUpdate(string? Timezone);

public sealed record UserProfile(
    string UserId, string Email, string? Name, string? LanguagePreference, string? Timezone);

public enum TaskPriority { Low, Medium, High }

public enum TaskStatusFilter { All, Pending, Completed }

public sealed record TaskItem(
    long Id,
    string Title,
    string? Description,
    bool Completed,
    TaskPriority Priority,
    IReadOnlyList<string>? Tags,
    DateTimeOffset? DueAt,
    DateTimeOffset? RemindAt,
    string? Recurrence,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt);

public sealed record TaskPage(IReadOnlyList<TaskItem> Items, int TotalCount, int Limit, int Offset, bool HasMore);

public sealed record TaskQuery(TaskStatusFilter Status = TaskStatusFilter.All, string? Q = null, int Limit = 50, int Offset = 0);

public sealed record NewTask(string Title, TaskPriority Priority, IReadOnlyList<string> Tags, DateTimeOffset? DueAt);

public sealed record CompletedTask(TaskItem Task, TaskItem? NextTask);

public sealed record ChatRequest(string Message, Guid? ConversationId, Guid ClientMessageId);

/// <summary>One tool call; arguments and result are whatever JSON the assistant produced.</summary>
public sealed record ToolCall(string Name, JsonElement? Arguments, JsonElement? Result);

public sealed record ChatReply(
    Guid ConversationId, Guid MessageId, string Response, IReadOnlyList<ToolCall>? ToolCalls, string? Language);

public sealed record Conversation(
    Guid Id, string? Title, string? LanguagePreference, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int MessageCount);

public sealed record ConversationPage(IReadOnlyList<Conversation> Items, int TotalCount, int Limit, int Offset, bool HasMore);

public sealed record ChatMessage(
    Guid Id, string Role, string Content, IReadOnlyList<ToolCall>? ToolCalls, DateTimeOffset CreatedAt);

public sealed record ChatHistory(IReadOnlyList<ChatMessage> Messages, int TotalCount, int Offset, int Limit, bool HasMore);

/// <summary>RFC 7807 problem details as the API sends them.</summary>
public sealed record ProblemBody(
    string? Type, string? Title, int? Status, string? Detail, string? TraceId,
    Dictionary<string, string[]>? Errors);
