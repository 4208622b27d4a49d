using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Plannior.AppHost.Postgres;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Redis;

internal static class SharedStateExtensions
{
    public const string ResourceName = "redis";
    public const string ReplicasSetting = "Plannior:Replicas";
    public const int MaxReplicas = 20;

    private static readonly TimeSpan RuntimeCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads <c>Plannior:Replicas</c>: how many replicas of chat-api, gateway and web to run; unset means 1.</summary>
    public static bool TryReadReplicas(string? value, out int replicas, [NotNullWhen(false)] out string? problem)
    {
        replicas = 1;
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out replicas) && replicas is >= 1 and <= MaxReplicas)
        {
            return true;
        }

        problem = $"{ReplicasSetting} must be a whole number from 1 to {MaxReplicas} (it is '{value}').";
        return false;
    }

    /// <summary>
    /// Adds Redis ("redis"), where the replicas keep what they must share (rate-limit counts, data-protection keys,
    /// refused tokens), whenever there can be more than one replica: with <paramref name="replicas"/> above one,
    /// and always in publish mode, where the platform may scale out. The container when a container runtime is
    /// healthy, otherwise the machine's own redis-server. A single-replica local run gets none (null).
    /// </summary>
    /// <param name="problem">When it returns false: one message saying what to install or change.</param>
    public static bool TryAddSharedState(
        this IDistributedApplicationBuilder builder,
        int replicas,
        out IResourceBuilder<IResourceWithConnectionString>? redis,
        [NotNullWhen(false)] out string? problem)
    {
        redis = null;
        problem = null;

        if (builder.ExecutionContext.IsPublishMode)
        {
            // The volume keeps the data-protection keys across restarts: losing them signs every browser out.
            redis = builder.AddRedis(ResourceName).WithDataVolume().WithPersistence();
            return true;
        }

        if (replicas == 1)
        {
            return true;
        }

        var section = builder.Configuration.GetSection("Redis");
        if (!PostgresHosting.TryParseMode(section["Mode"], out var mode))
        {
            problem = $"Redis:Mode must be auto, container or local (it is '{section["Mode"]}').";
            return false;
        }

        var runtime = ContainerRuntime.Name(builder.Configuration);
        var runtimeHealthy = mode != PostgresMode.Local && ContainerRuntime.IsHealthy(runtime, RuntimeCheckTimeout);
        var installation = mode == PostgresMode.Container || runtimeHealthy || OperatingSystem.IsWindows()
            ? null
            : RedisInstallation.DiscoverOnThisMachine();

        switch (RedisHosting.Choose(mode, runtime, runtimeHealthy, installation, replicas))
        {
            case RedisHosting.Container:
                redis = builder.AddRedis(ResourceName).WithDataVolume().WithPersistence();
                return true;

            case RedisHosting.Local local when !OperatingSystem.IsWindows():
                try
                {
                    var server = LocalRedisSetup.Prepare(local.Installation, new LocalRedisOptions
                    {
                        DataRoot = section["DataDirectory"],
                        OsUser = section["OsUser"] is { Length: > 0 } osUser ? osUser : "redis",
                        Owner = DataRootOwner.ThisProcess(PlanniorDatabaseExtensions.DashboardUrl(builder.Configuration)),
                    });
                    redis = builder.AddLocalRedis(ResourceName, server);
                    return true;
                }
                catch (PostgresSetupException ex)
                {
                    problem = ex.Message;
                    return false;
                }

            case RedisHosting.Unavailable unavailable:
                problem = unavailable.Message;
                return false;

            default:
                throw new UnreachableException();
        }
    }

    /// <summary>Gives a service the Redis connection (ConnectionStrings:redis) and waits for Redis, when there is one.</summary>
    public static IResourceBuilder<ProjectResource> WithSharedState(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString>? redis) =>
        redis is null ? builder : builder.WithReference(redis).WaitFor(redis);
}
