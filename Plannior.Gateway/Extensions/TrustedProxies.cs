using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Extensions;

/// <summary>
/// Callers allowed to tell the Gateway who the real client is through <c>X-Forwarded-*</c>, from the root key
/// <c>TRUSTED_PROXIES</c> (comma-separated addresses or CIDR networks): a load balancer in front, or the Web app
/// calling on a browser's behalf. Nobody is trusted by default, so a client cannot pick the address it is
/// rate-limited as.
/// </summary>
public sealed class TrustedProxySettings
{
    public const string Key = "TRUSTED_PROXIES";

    public IReadOnlyList<string> Entries { get; set; } = [];

    public static bool TryParse(string entry, out IPNetwork network)
    {
        if (IPNetwork.TryParse(entry, out network))
        {
            return true;
        }
        if (IPAddress.TryParse(entry, out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        return false;
    }
}

internal static class TrustedProxies
{
    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        builder.DescribeSetting(TrustedProxySettings.Key, "(none)");
        builder.Services.GetSettingsCatalog().AddCheck<TrustedProxySettings>();
        builder.Services.AddOptions<TrustedProxySettings>()
            .Configure<IConfiguration>((settings, configuration) => settings.Entries =
                (configuration[TrustedProxySettings.Key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Validate(
                settings => settings.Entries.All(entry => TrustedProxySettings.TryParse(entry, out _)),
                $"{TrustedProxySettings.Key} must list IP addresses or CIDR networks (e.g. 10.0.0.0/8), comma-separated.")
            .ValidateOnStart();

        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<TrustedProxySettings>>((forwarded, settings) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                // The framework trusts loopback out of the box; here only what TRUSTED_PROXIES names is trusted.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var entry in settings.Value.Entries)
                {
                    if (TrustedProxySettings.TryParse(entry, out var network))
                    {
                        forwarded.KnownIPNetworks.Add(network);
                    }
                }
            });
        return builder;
    }

    /// <summary>Applies trusted forwarding headers, when any proxy is trusted, before anything reads the client address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TrustedProxySettings>>().Value.Entries.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
