using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

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
        builder.Services.AddSingleton<IForwarderHttpClientFactory, UpstreamClientFactory>();

        builder.AddPlanniorOptions<ProxyTimeoutOptions>(ProxyTimeoutOptions.SectionName);
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
        // a timeout of ours, which it sees as a cancellation, and an upstream it never reached need correcting.
        var status = timedOut ? StatusCodes.Status504GatewayTimeout
            : NeverReached(error) ? StatusCodes.Status503ServiceUnavailable
            : context.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status504GatewayTimeout => ("Upstream timed out", "The service did not answer in time."),
            StatusCodes.Status503ServiceUnavailable => ("Service unavailable", "The service cannot be reached right now; the request may be retried."),
            StatusCodes.Status400BadRequest => ("Bad request", "The request body could not be read."),
            _ => ("Bad gateway", "The service broke off its answer."),
        };
        if (status < StatusCodes.Status400BadRequest)
        {
            status = StatusCodes.Status502BadGateway;
        }
        context.Response.Clear();
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = PlanniorProblems.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        await context.WriteProblemAsync(status, title, detail);
    }

    /// <summary>
    /// The request never got to ChatApi, so retrying it is safe: no healthy destination (the active health check
    /// knows it is down), the connection refused or unresolvable, or the connect timeout elapsed.
    /// </summary>
    private static bool NeverReached(IForwarderErrorFeature error) => error.Error switch
    {
        ForwarderError.NoAvailableDestinations => true,
        ForwarderError.Request or ForwarderError.RequestCreation =>
            error.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError },
        // SocketsHttpHandler reports its ConnectTimeout the way HttpClient reports a timeout: a cancellation caused
        // by a TimeoutException. YARP's own activity timeout is a bare cancellation.
        ForwarderError.RequestTimedOut => error.Exception is OperationCanceledException { InnerException: TimeoutException },
        _ => false,
    };
}
