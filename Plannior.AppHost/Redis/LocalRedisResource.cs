using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plannior.AppHost.LocalServers;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Redis;

/// <summary>The machine's own Redis server, run by the orchestrator as an executable.</summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LocalRedisResource(string name, LocalRedisServer server, string command)
    : ExecutableResource(name, command, server.DataRoot), IResourceWithConnectionString
{
    public LocalRedisServer Server { get; } = server;

    /// <summary>The same shape as the Redis container resource's: host:port,password=...</summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Server.ConnectionString}");
}

[UnsupportedOSPlatform("windows")]
internal static class LocalRedisBuilderExtensions
{
    /// <summary>Adds a prepared local Redis server as an executable resource, healthy once it answers PING.</summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder, string name, LocalRedisServer server)
    {
        var (command, arguments) = server.ServerCommand();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(server.ConnectionString, name: healthCheckKey);
        builder.Services.AddHostedService(services => new LocalServerShutdown(server, services.GetRequiredService<ILogger<LocalServerShutdown>>()));

        return builder.AddResource(new LocalRedisResource(name, server, command))
            .WithArgs(arguments)
            .WithEndpoint(port: server.Port, targetPort: server.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithIconName("Memory")
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }
}
