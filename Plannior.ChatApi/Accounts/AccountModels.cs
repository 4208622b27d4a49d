using Plannior.ChatApi.Chat;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Accounts;

public sealed record SignupRequest(string? Email, string? Password, string? Name = null, string? Timezone = null, string? LanguagePreference = null);

public sealed record LoginRequest(string? Email, string? Password);

public sealed record AuthResponse(Guid UserId, string Email, string? Name, string Token, string TokenType, DateTime ExpiresAt);

public sealed record ProfileResponse(Guid UserId, string Email, string? Name, string LanguagePreference, string Timezone);

public sealed record UpdateProfileRequest(Optional<string?> Name, Optional<string?> LanguagePreference, Optional<string?> Timezone);

public sealed record DeleteAccountRequest(string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record TokenResponse(string Token, string TokenType, DateTime ExpiresAt);

public sealed record AccountExport(ProfileResponse Profile, IReadOnlyList<TaskResponse> Tasks, IReadOnlyList<ExportedConversation> Conversations);

public sealed record ExportedConversation(
    Guid Id, string? Title, string LanguagePreference, DateTime CreatedAt, DateTime UpdatedAt, int MessageCount,
    IReadOnlyList<HistoryMessage> Messages);
