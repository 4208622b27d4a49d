using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plannior.Gateway.RateLimiting;

namespace Plannior.Gateway.Health;

/// <summary>
/// Whether the rate limits hold for the whole system: degraded, never unhealthy, while the shared store (Redis)
/// does not answer, since the Gateway still serves and limits, only per replica.
/// </summary>
internal sealed class RateLimitStoreHealthCheck(SharedRateLimitStore store) : IHealthCheck
{
    public const string Name = "rate-limits";

    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.Redis is not { } redis)
        {
            return HealthCheckResult.Healthy("Counted by this Gateway: no shared store is configured (one replica).");
        }

        try
        {
            await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            store.Reached();
            return HealthCheckResult.Healthy("Counted in Redis for all Gateway replicas together.");
        }
        catch (Exception exception) when (SharedRateLimitStore.IsOutage(exception))
        {
            store.Unreachable(exception);
            return HealthCheckResult.Degraded("Redis is unreachable: each Gateway replica counts the rate limits on its own.", exception);
        }
    }
}
