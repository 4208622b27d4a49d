using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Plannior.AppHost.LocalServers;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

[UnsupportedOSPlatform("windows")]
internal static class LocalPostgresBuilderExtensions
{
    /// <summary>
    /// Adds a prepared local PostgreSQL server as an executable resource, healthy once it accepts connections.
    /// </summary>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, LocalPostgresServer server)
    {
        var (command, arguments) = server.ServerCommand();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(server.ConnectionString("postgres"), name: healthCheckKey);
        builder.Services.AddHostedService(services => new LocalServerShutdown(server, services.GetRequiredService<ILogger<LocalServerShutdown>>()));

        return builder.AddResource(new LocalPostgresServerResource(name, server, command))
            .WithArgs(arguments)
            .WithEndpoint(port: server.Port, targetPort: server.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithIconName("DatabaseMultiple")
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }

    /// <summary>
    /// Adds a database, created once the server is ready. The orchestrator mirrors a container's state onto its
    /// child resources but not an executable's, so this resource publishes its own.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresServerResource> builder, string name)
    {
        var server = builder.Resource.Server;
        var database = new LocalPostgresDatabaseResource(name, builder.Resource);
        var healthCheckKey = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(server.ConnectionString(name), name: healthCheckKey);

        builder.OnResourceReady(async (_, @event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(database);
            try
            {
                await server.CreateDatabaseIfMissingAsync(database.DatabaseName, cancellationToken);
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                    StopTimeStamp = null,
                });
            }
            catch (Exception ex) when (ex is NpgsqlException or PostgresException)
            {
                logger.LogError(ex, "Could not create the database '{Database}'.", database.DatabaseName);
                await notifications.PublishUpdateAsync(database, state => state with { State = KnownResourceStates.FailedToStart });
            }
        });

        builder.OnResourceStopped(async (_, @event, _) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            await notifications.PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Exited,
                StopTimeStamp = DateTime.UtcNow,
            });
        });

        return builder.ApplicationBuilder.AddResource(database)
            .WithIconName("Database")
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [],
            })
            .WithHealthCheck(healthCheckKey);
    }
}
