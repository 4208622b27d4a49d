using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Extensions;

internal static class EdgeExtensions
{
    /// <summary>Problem details, Kestrel limits and HSTS: what makes the Gateway safe to expose before any routing.</summary>
    public static IHostApplicationBuilder AddEdgeHardening(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGatewayProblemDetails();
        builder.AddTrustedProxies();
        builder.AddPlanniorOptions<RequestLimitsOptions>(RequestLimitsOptions.SectionName);
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<RequestLimitsOptions>>((kestrel, limits) =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = limits.Value.ServerBodyBackstopBytes;
                kestrel.Limits.MaxRequestHeadersTotalSize = limits.Value.MaxRequestHeadersTotalSize;
                kestrel.Limits.MaxRequestLineSize = limits.Value.MaxRequestLineSize;
                kestrel.Limits.MaxRequestHeaderCount = limits.Value.MaxRequestHeaderCount;
                kestrel.Limits.RequestHeadersTimeout = limits.Value.RequestHeadersTimeout;
            });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>
    /// The edge pipeline, in the order that matters: the client's real address and scheme first; headers on
    /// everything; CORS answers preflights before they count against a limit; the caller is identified before the
    /// limiter partitions by them; the body is judged only for requests the limiter let through.
    /// </summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
