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
    internal static RateLimitPartition<string> ByUserOrAddress(HttpContext context, WindowLimit limit) =>
        Partition(UserKey(context.User) ?? ClientAddress.PartitionKey(context.Connection.RemoteIpAddress), limit);

    internal static RateLimitPartition<string> ByAddress(HttpContext context, WindowLimit limit) =>
        Partition(ClientAddress.PartitionKey(context.Connection.RemoteIpAddress), limit);

    private static string? UserKey(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } subject
            ? "user:" + subject
            : null;

    private static RateLimitPartition<string> Partition(string key, WindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
