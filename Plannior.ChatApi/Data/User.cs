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
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
}
