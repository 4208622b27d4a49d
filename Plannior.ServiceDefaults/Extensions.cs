using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Plannior service shares: telemetry, health, service discovery and resilient HTTP clients.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    public const string LiveTag = "live";

    /// <summary>Adds OpenTelemetry, default health checks, service discovery and HTTP resilience.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ConfigurationCheck.DetectSwitch(builder);
        LogLevelSettings.AddLogLevelSettings(builder);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>The version every service reports in <c>/health</c> and its telemetry resource.</summary>
    public static string ServiceVersion { get; } = typeof(Extensions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Aspire sets both; elsewhere the service name defaults to the project's name and nothing is exported.
        builder.DescribeSetting("OTEL_SERVICE_NAME", builder.Environment.ApplicationName);
        builder.DescribeSetting("OTEL_EXPORTER_OTLP_ENDPOINT");
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // OTLP log records carry the trace id; on the console it is in the scope the host opens for each activity
        // (SpanId, TraceId), shown only with scopes on. Logging:Console:FormatterName=json makes each line JSON.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions>(console => console.IncludeScopes = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(console => console.IncludeScopes = true);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // The service's own meter ("Plannior.ChatApi", "Plannior.Gateway"), the gen_ai metrics of the
                // assistant's pipeline (under "Plannior", or M.E.AI's default name), and Npgsql's pool and commands.
                .AddMeter(builder.Environment.ApplicationName, Telemetry.ActivitySourceName, Telemetry.MicrosoftExtensionsAiName, "Npgsql"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(Telemetry.ActivitySourceName, Telemetry.MicrosoftExtensionsAiName)
                .AddAspNetCoreInstrumentation(options =>
                    // probes would drown the traces an operator is looking for
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                .AddHttpClientInstrumentation(options =>
                    // nor the gateway's probes of chat-api's health, every few seconds
                    options.FilterHttpRequestMessage = request =>
                        request.RequestUri?.AbsolutePath is not (HealthEndpointPath or AlivenessEndpointPath)));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check, JSON body an operator can read) and <c>/alive</c> (liveness only),
    /// in every environment.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, string serviceName)
    {
        var version = ServiceVersion;
        app.MapHealthChecks(HealthEndpointPath, new()
        {
            ResponseWriter = (context, report) => HealthResponseWriter.WriteAsync(context, report, serviceName, version),
        }).DisableHttpMetrics();
        app.MapHealthChecks(AlivenessEndpointPath, new()
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = (context, report) => HealthResponseWriter.WriteAsync(context, report, serviceName, version),
        }).DisableHttpMetrics();
        return app;
    }
}
