using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plannior.Gateway.Tests.Infrastructure;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Plannior.Gateway.Tests;

/// <summary>
/// API.md: ChatApi unreachable → 503 problem details with Retry-After, fast, before and after the health check
/// knows; and calls succeed again once it is back. Each test owns its ChatApi stand-in, since they stop it.
/// </summary>
public sealed class UnreachableUpstreamTests
{
    // A hang guard well under the 30 s standard request timeout: a call that waits for that fails here instead.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string?> FastProbes = new()
    {
        ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Enabled"] = "true",
        ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Interval"] = "00:00:00.200",
        ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Timeout"] = "00:00:00.500",
        ["ReverseProxy:Clusters:chat-api:Metadata:ConsecutiveFailuresHealthPolicy.Threshold"] = "1",
    };

    [Fact]
    public async Task A_stopped_chat_api_is_a_503_with_retry_after_before_any_health_check_knows()
    {
        await using var upstream = await TestUpstream.StartAsync();
        await using var gateway = GatewayHost.Start(upstream);
        using var client = gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(TestTokens.NewUserId()));
        using (var before = await GetAsync(client, "/api/tasks"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await upstream.StopAsync();

        using var after = await GetAsync(client, "/api/tasks");
        await AssertUnavailableAsync(after);
    }

    [Fact]
    public async Task A_chat_api_that_never_accepts_the_connection_is_a_503_after_the_connect_timeout_not_the_request_timeout()
    {
        using var silent = new SilentUpstream();
        await using var gateway = GatewayHost.Start(upstream: null, new Dictionary<string, string?>
        {
            ["services:chat-api:http:0"] = silent.Address.ToString().TrimEnd('/'),
            ["Timeouts:Connect"] = "00:00:00.500",
        });
        using var client = gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(TestTokens.NewUserId()));

        using var response = await GetAsync(client, "/api/tasks");

        await AssertUnavailableAsync(response);
    }

    [Fact]
    public async Task Once_probes_find_chat_api_unhealthy_calls_are_answered_503_without_reaching_it_then_pass_again()
    {
        await using var upstream = await TestUpstream.StartAsync();
        await using var gateway = GatewayHost.Start(upstream, FastProbes);
        using var client = gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(TestTokens.NewUserId()));
        await WaitForActiveHealthAsync(gateway, DestinationHealth.Healthy);

        upstream.HealthStatusCode = 503;
        await WaitForActiveHealthAsync(gateway, DestinationHealth.Unhealthy);

        using (var refused = await GetAsync(client, "/api/while-unhealthy"))
        {
            await AssertUnavailableAsync(refused);
        }
        Assert.False(upstream.SawPath("/api/while-unhealthy"), "the Gateway forwarded to a destination it knew was unhealthy");

        upstream.HealthStatusCode = 200;
        await WaitForActiveHealthAsync(gateway, DestinationHealth.Healthy);
        using var passed = await GetAsync(client, "/api/when-healthy");
        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
        Assert.True(upstream.SawPath("/api/when-healthy"));
    }

    [Fact]
    public async Task A_chat_api_that_stops_and_comes_back_on_its_port_is_503_meanwhile_and_served_again_after()
    {
        var upstream = await TestUpstream.StartAsync();
        await using var gateway = GatewayHost.Start(upstream, FastProbes);
        using var client = gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(TestTokens.NewUserId()));
        await WaitForActiveHealthAsync(gateway, DestinationHealth.Healthy);
        var port = upstream.Address.Port;

        await upstream.DisposeAsync();
        await WaitForActiveHealthAsync(gateway, DestinationHealth.Unhealthy);
        using (var down = await GetAsync(client, "/api/tasks"))
        {
            await AssertUnavailableAsync(down);
        }

        await using var restarted = await TestUpstream.StartAsync(port);
        await WaitForActiveHealthAsync(gateway, DestinationHealth.Healthy);
        using var back = await GetAsync(client, "/api/tasks");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.True(restarted.SawPath("/api/tasks"));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        using var deadline = new CancellationTokenSource(HangGuard);
        var response = await client.GetAsync(path, deadline.Token);
        await response.Content.LoadIntoBufferAsync(deadline.Token);
        return response;
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("https://plannior.example.com/problems/503", problem.GetProperty("type").GetString());
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter > TimeSpan.Zero, $"Retry-After: {response.Headers.Value("Retry-After") ?? "missing"}");
    }

    private static Task WaitForActiveHealthAsync(GatewayHost gateway, DestinationHealth expected)
    {
        var proxy = gateway.Services.GetRequiredService<IProxyStateLookup>();
        return Http.EventuallyAsync(
            () =>
            {
                Assert.True(proxy.TryGetCluster("chat-api", out var cluster));
                return Task.FromResult(Assert.Single(cluster.Destinations.Values).Health.Active);
            },
            health => health == expected, TimeSpan.FromSeconds(10), $"the active health check to find chat-api {expected}");
    }
}
