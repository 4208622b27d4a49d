using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Cors;

/// <summary>Fails the start with a message naming ALLOWED_ORIGINS, rather than serving a policy nobody meant.</summary>
internal sealed class CorsSettingsValidator(IHostEnvironment environment) : IValidateOptions<CorsSettings>
{
    public ValidateOptionsResult Validate(string? name, CorsSettings settings)
    {
        var failures = new List<string>();
        if (settings.AllowsAnyOrigin)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"{CorsSettings.AllowedOriginsKey} must list origins explicitly outside Development: '*' would let any site call the API.");
            }
            else if (settings.AllowedOrigins.Count > 1)
            {
                failures.Add($"{CorsSettings.AllowedOriginsKey} mixes '*' with explicit origins: use one or the other.");
            }
        }

        foreach (var origin in settings.AllowedOrigins.Where(origin => origin != CorsSettings.Wildcard))
        {
            if (!IsOrigin(origin))
            {
                failures.Add($"{CorsSettings.AllowedOriginsKey} entry '{origin}' is not an origin: expected scheme://host[:port], e.g. https://app.example.com.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo);
}
