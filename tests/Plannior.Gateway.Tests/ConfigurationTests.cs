using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plannior.Gateway.Tests.Infrastructure;
using Yarp.ReverseProxy;

namespace Plannior.Gateway.Tests;

public sealed class ConfigurationTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("auth", "auth", "standard")]
    [InlineData("chat", "chat", "long-running")]
    [InlineData("chat-stream", "chat", "long-running")]
    [InlineData("api", "api", "standard")]
    [InlineData("mcp", "api", "long-running")]
    [InlineData("openapi", "api", "standard")]
    public void Each_route_reaches_chat_api_under_its_rate_limit_timeout_and_cors_policy(string routeId, string rateLimit, string timeout)
    {
        var proxy = fixture.Gateway.Services.GetRequiredService<IProxyStateLookup>();

        Assert.True(proxy.TryGetRoute(routeId, out var route));
        Assert.Equal("chat-api", route.Config.ClusterId);
        Assert.Equal(rateLimit, route.Config.RateLimiterPolicy);
        Assert.Equal(timeout, route.Config.TimeoutPolicy);
        Assert.Equal("browser-clients", route.Config.CorsPolicy);
    }

    [Fact]
    public void The_chat_api_destination_is_resolved_through_service_discovery()
    {
        var proxy = fixture.Gateway.Services.GetRequiredService<IProxyStateLookup>();

        Assert.True(proxy.TryGetCluster("chat-api", out var cluster));
        var destination = Assert.Single(cluster.Destinations.Values);
        Assert.Equal(fixture.Upstream.Address, new Uri(destination.Model.Config.Address));
    }

    [Theory]
    [InlineData("JWT_SECRET", null, "JWT_SECRET")]
    [InlineData("JWT_SECRET", "too-short", "JWT_SECRET")]
    [InlineData("JWT_SECRET", "changeme-changeme-changeme-changeme-changeme", "JWT_SECRET")]
    [InlineData("RateLimits:Chat:PermitLimit", "0", "RateLimits:Chat:PermitLimit")]
    [InlineData("RateLimits:Auth:Window", "00:00:00", "RateLimits:Auth:Window")]
    [InlineData("RequestLimits:MaxBodyBytes", "0", "MaxBodyBytes")]
    [InlineData("Timeouts:Standard", "00:00:00", "Standard")]
    [InlineData("Timeouts:Connect", "00:00:05", "Connect")]
    [InlineData("Timeouts:Connect", "00:00:00", "Connect")]
    [InlineData("TRUSTED_PROXIES", "10.0.0.1/8,not-an-address", "TRUSTED_PROXIES")]
    public void A_bad_setting_outside_development_stops_the_start_naming_it(string key, string? value, string named)
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            GatewayHost.Start(null, new Dictionary<string, string?> { [key] = value }, environment: "Production"));

        var validation = Assert.IsType<OptionsValidationException>(CorsConfigurationTests.Innermost<OptionsValidationException>(failure));
        Assert.Contains(named, validation.Message);
    }
}
