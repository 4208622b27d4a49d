using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Options;

namespace Plannior.ChatApi.Accounts;

public sealed class JwtOptions
{
    public const string SectionName = "Jwt";
    public const string SecretKey = "JWT_SECRET";
    public const int MinimumSecretBytes = 32;

    /// <summary>Read from the root key <c>JWT_SECRET</c>, not from the section, so every service shares one name.</summary>
    public string Secret { get; set; } = "";

    [Required]
    public string Issuer { get; set; } = "plannior";

    [Required]
    public string Audience { get; set; } = "plannior-api";

    [Range(1, 60 * 24 * 30)]
    public int LifetimeMinutes { get; set; } = 60 * 24;

    [Range(0, 300)]
    public int ClockSkewSeconds { get; set; } = 30;

    public byte[] SecretBytes => Encoding.UTF8.GetBytes(Secret);
}

/// <summary>Refuses to start outside Development with a missing, short or sample signing secret.</summary>
internal sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    // Secrets that appear in docs and samples; a service signing with one of them signs for everyone.
    private static readonly string[] SampleMarkers = ["changeme", "change-me", "change_me", "your-secret", "example"];

    public const string DevelopmentFallbackSecret = "plannior-development-secret-change-me-0123456789";

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var secret = options.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return ValidateOptionsResult.Fail($"{JwtOptions.SecretKey} is not set: configure a random signing secret of at least {JwtOptions.MinimumSecretBytes} bytes.");
        }
        if (Encoding.UTF8.GetByteCount(secret) < JwtOptions.MinimumSecretBytes)
        {
            return ValidateOptionsResult.Fail($"{JwtOptions.SecretKey} is too short: it must be at least {JwtOptions.MinimumSecretBytes} bytes.");
        }
        if (secret == DevelopmentFallbackSecret
            || SampleMarkers.Any(marker => secret.Contains(marker, StringComparison.OrdinalIgnoreCase))
            || secret.Distinct().Count() < 8)
        {
            return ValidateOptionsResult.Fail($"{JwtOptions.SecretKey} is a sample value: generate a random secret.");
        }
        return ValidateOptionsResult.Success;
    }
}
