using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The Redis the replicas of a service share state through (<c>ConnectionStrings:redis</c>, set by the AppHost
/// whenever it runs more than one replica, and always when deployed). Without it a service keeps that state in
/// its own process, which is right for a single replica.
/// </summary>
public static class SharedRedis
{
    public const string ConnectionName = "redis";

    /// <summary>
    /// Registers the <c>IConnectionMultiplexer</c> when Redis is configured and says whether it is. The connection
    /// is made in the background and retried for as long as Redis is away, so a service starts and serves without
    /// it; each service decides what an outage means to it, so no Redis check is added to its <c>/health</c>.
    /// </summary>
    public static bool AddSharedRedis(this IHostApplicationBuilder builder)
    {
        builder.DescribeSetting($"ConnectionStrings:{ConnectionName}", secret: true);
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionName)))
        {
            return false;
        }

        builder.AddRedisClient(ConnectionName,
            settings => settings.DisableHealthChecks = true,
            options =>
            {
                options.AbortOnConnectFail = false;
                // While Redis is away a call fails at once instead of queueing for the timeout.
                options.BacklogPolicy = StackExchange.Redis.BacklogPolicy.FailFast;
                // A Redis that does not answer must cost a request little: these calls sit on the request path.
                options.ConnectTimeout = 2000;
                options.SyncTimeout = 1000;
                options.AsyncTimeout = 1000;
            });
        return true;
    }
}
