using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Cors;

internal static class CorsExtensions
{
    /// <summary>
    /// Registers the <see cref="CorsSettings.PolicyName"/> policy the proxy routes name in their <c>CorsPolicy</c>.
    /// Credentials are never allowed: the API authenticates with bearer tokens, which need none, and a wildcard with
    /// credentials would hand every site the user's session.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayCors(this IHostApplicationBuilder builder)
    {
        builder.DescribeSetting(CorsSettings.AllowedOriginsKey, $"(none; in Development {CorsSettings.DevelopmentDefaultOrigin})");
        builder.Services.GetSettingsCatalog().AddCheck<CorsSettings>();
        builder.Services.AddSingleton<IValidateOptions<CorsSettings>, CorsSettingsValidator>();
        builder.Services.AddOptions<CorsSettings>()
            .Configure<IConfiguration, IHostEnvironment>((settings, configuration, environment) =>
            {
                var origins = CorsSettings.Parse(configuration[CorsSettings.AllowedOriginsKey]);
                settings.AllowedOrigins = origins.Count == 0 && environment.IsDevelopment()
                    ? [CorsSettings.DevelopmentDefaultOrigin]
                    : origins;
            })
            .ValidateOnStart();

        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>()
            .Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddPolicy(CorsSettings.PolicyName, policy =>
            {
                if (settings.Value.AllowsAnyOrigin)
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. settings.Value.AllowedOrigins]);
                }
                policy.WithMethods(CorsSettings.AllowedMethods)
                    .WithHeaders(CorsSettings.AllowedHeaders)
                    .WithExposedHeaders(CorsSettings.ExposedHeaders)
                    .DisallowCredentials()
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        return builder;
    }
}
