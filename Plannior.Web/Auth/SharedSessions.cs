using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Plannior.Web.Auth;

internal static class SharedSessions
{
    private const string KeyRing = "plannior:web:data-protection-keys";

    /// <summary>
    /// With several Web replicas (Redis configured: ConnectionStrings:redis) they share one data-protection key
    /// ring in Redis, so a session cookie (and an antiforgery token) issued by one replica is read by every other,
    /// and the <see cref="RejectedTokens"/> list through the same connection. One replica keeps its keys as before.
    /// </summary>
    public static WebApplicationBuilder AddSharedSessions(this WebApplicationBuilder builder)
    {
        if (!builder.AddSharedRedis())
        {
            return builder;
        }

        builder.Services.AddDataProtection()
            // The same name on every replica, wherever each is installed.
            .SetApplicationName("Plannior.Web");
        builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<IConnectionMultiplexer>((options, redis) =>
                options.XmlRepository = new Microsoft.AspNetCore.DataProtection.StackExchangeRedis.RedisXmlRepository(
                    () => redis.GetDatabase(), KeyRing));
        return builder;
    }
}
