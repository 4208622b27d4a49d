using System.Text;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.RateLimiting;

/// <summary>
/// What the Gateway needs to recognise ChatApi's tokens: the shared <c>JWT_SECRET</c> (root key) and the
/// <c>Jwt</c> section's issuer, audience and clock skew, with ChatApi's defaults.
/// </summary>
public sealed class JwtSettings
{
    public const string SectionName = "Jwt";
    public const string SecretKey = "JWT_SECRET";
    public const int MinimumSecretBytes = 32;

    public string Secret { get; set; } = "";

    public string Issuer { get; set; } = "plannior";

    public string Audience { get; set; } = "plannior-api";

    public int ClockSkewSeconds { get; set; } = 30;

    public bool HasSecret => !string.IsNullOrEmpty(Secret);

    public byte[] SecretBytes => Encoding.UTF8.GetBytes(Secret);
}

/// <summary>
/// Outside Development a missing, short or sample secret stops the start, as it does in ChatApi. In Development
/// a missing secret is tolerated: every caller is then limited by address.
/// </summary>
internal sealed class JwtSettingsValidator(IHostEnvironment environment) : IValidateOptions<JwtSettings>
{
    private static readonly string[] SampleMarkers = ["changeme", "change-me", "change_me", "your-secret", "example"];

    public ValidateOptionsResult Validate(string? name, JwtSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Issuer) || string.IsNullOrWhiteSpace(settings.Audience))
        {
            return ValidateOptionsResult.Fail($"{JwtSettings.SectionName}:Issuer and {JwtSettings.SectionName}:Audience must not be empty.");
        }
        if (settings.ClockSkewSeconds is < 0 or > 300)
        {
            return ValidateOptionsResult.Fail($"{JwtSettings.SectionName}:ClockSkewSeconds must be between 0 and 300.");
        }
        if (environment.IsDevelopment() && !settings.HasSecret)
        {
            return ValidateOptionsResult.Success;
        }

        var secret = settings.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            return ValidateOptionsResult.Fail($"{JwtSettings.SecretKey} is not set: configure the signing secret ChatApi uses.");
        }
        if (Encoding.UTF8.GetByteCount(secret) < JwtSettings.MinimumSecretBytes)
        {
            return ValidateOptionsResult.Fail($"{JwtSettings.SecretKey} is too short: it must be at least {JwtSettings.MinimumSecretBytes} bytes.");
        }
        if (!environment.IsDevelopment()
            && (SampleMarkers.Any(marker => secret.Contains(marker, StringComparison.OrdinalIgnoreCase)) || secret.Distinct().Count() < 8))
        {
            return ValidateOptionsResult.Fail($"{JwtSettings.SecretKey} is a sample value: generate a random secret.");
        }
        return ValidateOptionsResult.Success;
    }
}
