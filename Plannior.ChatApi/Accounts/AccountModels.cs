using Plannior.ChatApi.Chat;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Accounts;

public sealed record SignupRequest(string? Email, string? Password, string? Name = null, string? Timezone = null, string? LanguagePreference = null);

public sealed record LoginRequest(string? Email, string? Password);

public sealed record UpdateProfileRequest(Optional<string?> Name, Optional<string?> LanguagePreference, Optional<string?> Timezone);

public sealed record DeleteAccountRequest(string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
