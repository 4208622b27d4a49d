using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Plannior.Gateway.RateLimiting;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

/// <summary>What an operator's dashboard receives from the Gateway when a caller hits a rate limit.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> spans = [];
    private readonly List<MetricSnapshot> metrics = [];
    private TestUpstream upstream = null!;
    private GatewayHost gateway = null!;

    public async Task InitializeAsync()
    {
        upstream = await TestUpstream.StartAsync();
        gateway = GatewayHost.Start(upstream, new Dictionary<string, string?> { ["RateLimits:Api:PermitLimit"] = "1", ["RateLimits:Api:Window"] = "00:10:00" },
            services: services => services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(metering => metering.AddInMemoryExporter(metrics)));
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await upstream.DisposeAsync();
    }

    [Fact]
    public async Task A_rate_limited_request_is_counted_by_policy_and_traced_as_a_429()
    {
        var user = TestTokens.NewUserId();
        using var client = gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(user));

        using var served = await client.GetAsync($"/api/{user}/tasks");
        using var refused = await client.GetAsync($"/api/{user}/tasks");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        gateway.Services.GetRequiredService<TracerProvider>().ForceFlush();
        gateway.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var points = metrics.SelectMany(metric => metric.MetricPoints.Select(point => (metric.Name, Tags: Tags(point)))).ToList();
        Assert.Contains(points, p => p.Name == RateLimitMetrics.Rejections && p.Tags.GetValueOrDefault("policy") == RateLimitPolicies.Api);
        Assert.Contains(points, p => p.Name == "http.server.request.duration" && p.Tags.GetValueOrDefault("http.response.status_code") == "429");
        Assert.Contains(points, p => p.Name == "aspnetcore.rate_limiting.requests");
        Assert.Contains(spans, span => span.GetTagItem("url.path") as string == $"/api/{user}/tasks"
            && span.GetTagItem("http.response.status_code") is 429);
    }

    private static Dictionary<string, string?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, string?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value?.ToString();
        }
        return tags;
    }
}
