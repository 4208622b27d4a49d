namespace Plannior.Contracts;

public sealed record SignUpRequest(string Email, string Password, string? Name = null);

public sealed record LogInRequest(string Email, string Password);

public sealed record AuthResult(
    string UserId, string Email, string? Name, string Token, string TokenType, DateTimeOffset ExpiresAt);

/// <summary><c>PATCH /api/auth/me</c>; fields left null are not sent.</summary>
public sealed record ProfileUpdate(string? Name = null, string? LanguagePreference = null, string? Timezone = null);

public sealed record UserProfile(
    string UserId, string Email, string? Name, string? LanguagePreference, string? Timezone);

/// <summary><c>POST /api/auth/password</c>.</summary>
public sealed record PasswordChange(string CurrentPassword, string NewPassword);

/// <summary>The fresh token <c>POST /api/auth/password</c> answers with; every earlier token stops working.</summary>
public sealed record IssuedToken(string Token, string TokenType, DateTimeOffset ExpiresAt);

/// <summary><c>DELETE /api/auth/me</c>.</summary>
public sealed record AccountDeletion(string Password);
