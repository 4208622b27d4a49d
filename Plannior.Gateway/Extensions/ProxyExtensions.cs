using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Extensions;

internal static class ProxyExtensions
{
    /// <summary>
    /// YARP routes and the ChatApi cluster from the <c>ReverseProxy</c> section, destinations resolved by service
    /// discovery, and the timeout policies the routes name.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        builder.Services.AddOptions<ProxyTimeoutOptions>()
            .BindConfiguration(ProxyTimeoutOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>()
            .Configure<IOptions<ProxyTimeoutOptions>>((timeouts, configured) =>
            {
                timeouts.AddPolicy(ProxyTimeoutOptions.StandardPolicy, Policy(configured.Value.Standard));
                timeouts.AddPolicy(ProxyTimeoutOptions.LongRunningPolicy, Policy(configured.Value.LongRunning));
            });
        return builder;
    }

    /// <summary>Maps the proxy with YARP's standard steps, turning its bodyless failures into problem details.</summary>
    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(WriteForwarderErrorsAsProblems);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static RequestTimeoutPolicy Policy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
    };

    private static async Task WriteForwarderErrorsAsProblems(HttpContext context, RequestDelegate next)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        var timedOut = context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;
        if (!timedOut && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to read a body.
            return;
        }

        // YARP has already chosen the status (400 for an unreadable client body, 503 with no destination...);
        // only a timeout of ours, which it sees as a cancellation, needs correcting.
        var status = timedOut ? StatusCodes.Status504GatewayTimeout : context.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status504GatewayTimeout => ("Upstream timed out", "The service did not answer in time."),
            StatusCodes.Status503ServiceUnavailable => ("Service unavailable", "No instance of the service is available; the request may be retried."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request body could not be read."),
            _ => ("Bad gateway", "The service could not be reached or broke off its answer."),
        };
        if (status < StatusCodes.Status400BadRequest)
        {
            status = StatusCodes.Status502BadGateway;
        }
        context.Response.Clear();
        await context.WriteProblemAsync(status, title, detail);
    }
}
