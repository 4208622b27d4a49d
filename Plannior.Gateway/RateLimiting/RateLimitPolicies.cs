using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Plannior.Gateway.RateLimiting;

/// <summary>The policies proxy routes name in their <c>RateLimiterPolicy</c>, and how each partitions callers.</summary>
public static class RateLimitPolicies
{
    public const string Chat = "chat";
    public const string Api = "api";
    public const string Auth = "auth";

    /// <summary>
    /// A caller whose bearer token the Gateway validated is limited as that user; anyone else as their address.
    /// An unverified <c>sub</c> is never trusted: otherwise each forged token would open a fresh bucket.
    /// </summary>
    internal static RateLimitPartition<string> ByUserOrAddress(HttpContext context, string policy, WindowLimit limit, SharedRateLimitStore store) =>
        Partition(policy, UserKey(context.User) ?? ClientAddress.PartitionKey(context.Connection.RemoteIpAddress), limit, store);

    internal static RateLimitPartition<string> ByAddress(HttpContext context, string policy, WindowLimit limit, SharedRateLimitStore store) =>
        Partition(policy, ClientAddress.PartitionKey(context.Connection.RemoteIpAddress), limit, store);

    /// <summary>A window counted in this process only.</summary>
    internal static FixedWindowRateLimiter LocalWindow(WindowLimit limit) => new(LocalWindowOptions(limit));

    private static string? UserKey(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } subject
            ? "user:" + subject
            : null;

    /// <summary>
    /// The caller's window for one policy: in Redis when there is one (its key names the policy, since a user or
    /// address has a window per policy), in this process otherwise.
    /// </summary>
    private static RateLimitPartition<string> Partition(string policy, string key, WindowLimit limit, SharedRateLimitStore store) =>
        store.Redis is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => LocalWindowOptions(limit))
            : RateLimitPartition.Get(key, partition => new SharedWindowLimiter($"plannior:gateway:{policy}:{partition}", limit, store));

    private static FixedWindowRateLimiterOptions LocalWindowOptions(WindowLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
