using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Plannior.Gateway.Extensions;
using Plannior.Gateway.Health;
using StackExchange.Redis;

namespace Plannior.Gateway.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// The <see cref="RateLimitPolicies"/> and the bearer-token validation they partition by. The Gateway never
    /// refuses a request for its token (no authorization here; ChatApi answers 401): validity only decides
    /// whether the caller is counted as a user or as an address.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.AddCallerIdentification();

        builder.Services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        builder.AddPlanniorOptions<RateLimitOptions>(RateLimitOptions.SectionName);

        var shared = builder.AddSharedRedis();
        builder.Services.AddSingleton(services => new SharedRateLimitStore(
            shared ? services.GetRequiredService<IConnectionMultiplexer>() : null,
            services.GetRequiredService<ILogger<SharedRateLimitStore>>()));
        builder.Services.AddHealthChecks().AddCheck<RateLimitStoreHealthCheck>(RateLimitStoreHealthCheck.Name);

        builder.Services.AddSingleton<RateLimitMetrics>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>, SharedRateLimitStore>((options, limits, store) =>
            {
                var value = limits.Value;
                options.AddPolicy(RateLimitPolicies.Chat, context => RateLimitPolicies.ByUserOrAddress(context, RateLimitPolicies.Chat, value.Chat, store));
                options.AddPolicy(RateLimitPolicies.Api, context => RateLimitPolicies.ByUserOrAddress(context, RateLimitPolicies.Api, value.Api, store));
                options.AddPolicy(RateLimitPolicies.Auth, context => RateLimitPolicies.ByAddress(context, RateLimitPolicies.Auth, value.Auth, store));
            });
        return builder;
    }

    private static void AddCallerIdentification(this IHostApplicationBuilder builder)
    {
        builder.AddPlanniorJwtOptions();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = jwt.Value.CreateValidationParameters();
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        context.RequestServices.GetRequiredService<RateLimitMetrics>().Rejected(context);
        var detail = "Too many requests.";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests: retry after {seconds} seconds.";
        }
        await context.WriteProblemAsync(StatusCodes.Status429TooManyRequests, "Rate limit exceeded", detail);
    }
}
