using StackExchange.Redis;

namespace Plannior.Gateway.RateLimiting;

/// <summary>
/// Where the rate-limit windows are counted: in Redis when one is configured, so the limits hold for every Gateway
/// replica together; in this process otherwise, or while Redis cannot be reached (the Gateway keeps serving, each
/// replica counting on its own, and says so in its log and on <c>/health</c>).
/// </summary>
public sealed class SharedRateLimitStore(IConnectionMultiplexer? redis, ILogger<SharedRateLimitStore> logger)
{
    private int _unreachable;

    /// <summary>The shared store, or null when this Gateway counts on its own (one replica, no Redis configured).</summary>
    public IConnectionMultiplexer? Redis => redis;

    /// <summary>Whether the last attempt to reach Redis failed.</summary>
    public bool IsUnreachable => Volatile.Read(ref _unreachable) == 1;

    public void Reached()
    {
        if (Interlocked.Exchange(ref _unreachable, 0) == 1)
        {
            logger.LogInformation("Redis is reachable again: rate limits are counted for all Gateway replicas together.");
        }
    }

    public void Unreachable(Exception exception)
    {
        if (Interlocked.Exchange(ref _unreachable, 1) == 0)
        {
            logger.LogWarning(exception,
                "Redis is unreachable: rate limits are counted by each Gateway replica on its own until it is back.");
        }
    }

    /// <summary>The failures a Redis call ends in when the server is away or too slow; anything else is a bug.</summary>
    public static bool IsOutage(Exception exception) => exception is RedisException or TimeoutException;
}
