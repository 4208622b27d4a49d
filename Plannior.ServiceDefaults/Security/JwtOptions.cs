using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The token settings ChatApi issues with and the Gateway checks with: one definition, so the two can never
/// disagree on issuer, audience, algorithm or key.
/// </summary>
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

    /// <summary>HS256 only, with issuer, audience, lifetime and signature all required.</summary>
    public TokenValidationParameters CreateValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = new SymmetricSecurityKey(SecretBytes),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(ClockSkewSeconds),
        NameClaimType = JwtRegisteredClaimNames.Sub,
    };
}

public static class JwtOptionsExtensions
{
    /// <summary>
    /// Binds <see cref="JwtOptions"/> and validates it at start. In Development a missing secret falls back to a
    /// fixed development secret so a service runs on its own; everywhere else it stops the service.
    /// </summary>
    public static IHostApplicationBuilder AddPlanniorJwtOptions(this IHostApplicationBuilder builder)
    {
        builder.DescribeSetting(JwtOptions.SecretKey, secret: true);
        builder.Services.GetSettingsCatalog().AddOptions<JwtOptions>(JwtOptions.SectionName, nameof(JwtOptions.Secret));
        builder.Services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        builder.Services.AddOptions<JwtOptions>()
            .Bind(builder.Configuration.GetSection(JwtOptions.SectionName))
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            {
                options.Secret = configuration[JwtOptions.SecretKey] ?? "";
                if (environment.IsDevelopment() && string.IsNullOrEmpty(options.Secret))
                {
                    options.Secret = JwtOptionsValidator.DevelopmentFallbackSecret;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}

/// <summary>Refuses to start outside Development with a missing, short or sample signing secret.</summary>
public sealed class JwtOptionsValidator(IHostEnvironment environment) : IValidateOptions<JwtOptions>
{
    public const string DevelopmentFallbackSecret = "plannior-development-secret-change-me-0123456789";

    private static readonly string[] SampleMarkers = ["changeme", "change-me", "change_me", "your-secret", "example"];

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
