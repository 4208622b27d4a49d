namespace Plannior.ChatApi.Data;

public sealed class User
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Email { get; set; }
    /// <summary>Trimmed, lower-cased email: the unique key sign-up and login compare on.</summary>
    public required string NormalizedEmail { get; set; }
    public string? Name { get; set; }
    public required string PasswordHash { get; set; }
    public string LanguagePreference { get; set; } = "en";
    public string TimeZone { get; set; } = "UTC";
    /// <summary>
    /// When the password last changed, cut to milliseconds: tokens carry it, and a token carrying another value
    /// (or none, once it is set) was issued before the change and is refused.
    /// </summary>
    public DateTime? PasswordChangedAt { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
}
