using System.Diagnostics.CodeAnalysis;
using Plannior.AppHost.Postgres;
using Plannior.AppHost.Redis;

namespace Plannior.AppHost;

/// <summary>What the Plannior services stand on: how many replicas of each, the database, and Redis when shared.</summary>
internal sealed record BackingServices(
    int Replicas,
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResourceWithConnectionString>? Redis);

internal static class BackingServicesExtensions
{
    /// <summary>
    /// Reads <c>Plannior:Replicas</c>, then adds PostgreSQL (a container when Docker/Podman answers, else the
    /// machine's binaries) and Redis (when replicas must share state, found the same way).
    /// </summary>
    /// <param name="problem">When it returns false: the one message saying what to install or change.</param>
    public static bool TryAddBackingServices(
        this IDistributedApplicationBuilder builder,
        [NotNullWhen(true)] out BackingServices? services,
        [NotNullWhen(false)] out string? problem)
    {
        services = null;
        if (!SharedStateExtensions.TryReadReplicas(builder.Configuration[SharedStateExtensions.ReplicasSetting], out var replicas, out problem)
            || !builder.TryAddPlanniorDatabase(out var database, out problem)
            || !builder.TryAddSharedState(replicas, out var redis, out problem))
        {
            return false;
        }
        services = new BackingServices(replicas, database, redis);
        return true;
    }

    /// <summary>
    /// The Gateway's CORS origin is wherever web is served: plain HTTP on this machine, its HTTPS address when
    /// deployed. Run locally, web calls the Gateway from loopback on behalf of browsers, so its X-Forwarded-For is
    /// believed and each browser gets its own sign-in rate-limit bucket.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBrowsersFrom(
        this IResourceBuilder<ProjectResource> gateway, IResourceBuilder<ProjectResource> web, DistributedApplicationExecutionContext context)
    {
        gateway.WithEnvironment("ALLOWED_ORIGINS", web.GetEndpoint(context.IsRunMode ? "http" : "https"));
        return context.IsRunMode ? gateway.WithEnvironment("TRUSTED_PROXIES", "127.0.0.1,::1") : gateway;
    }
}
