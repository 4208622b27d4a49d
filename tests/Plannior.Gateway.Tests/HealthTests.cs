using System.Net;
using System.Text.Json;
using Plannior.Gateway.Tests.Infrastructure;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Plannior.Gateway.Tests;

/// <summary>Each test owns its ChatApi stand-in, since several stop it.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_the_chat_api_check_healthy()
    {
        await using var upstream = await TestUpstream.StartAsync();
        await using var gateway = GatewayHost.Start(upstream);
        using var client = gateway.CreateClient();

        var (status, body) = await GetHealthAsync(client, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("Plannior Gateway", body.GetProperty("service").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("version").GetString()));
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("chat-api").GetString());
    }

    [Fact]
    public async Task Chat_api_reporting_itself_degraded_leaves_the_gateway_degraded_not_down()
    {
        await using var upstream = await TestUpstream.StartAsync();
        upstream.HealthStatus = "degraded";
        await using var gateway = GatewayHost.Start(upstream);
        using var client = gateway.CreateClient();

        var (status, body) = await GetHealthAsync(client, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body.GetProperty("checks").GetProperty("chat-api").GetString());
    }

    [Fact]
    public async Task Chat_api_answering_503_makes_the_gateway_unhealthy()
    {
        await using var upstream = await TestUpstream.StartAsync();
        upstream.HealthStatusCode = 503;
        upstream.HealthStatus = "unhealthy";
        await using var gateway = GatewayHost.Start(upstream);
        using var client = gateway.CreateClient();

        var (status, body) = await GetHealthAsync(client, "/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("chat-api").GetString());
    }

    [Fact]
    public async Task When_chat_api_stops_health_turns_503_alive_stays_200_and_calls_get_a_problem()
    {
        await using var upstream = await TestUpstream.StartAsync();
        await using var gateway = GatewayHost.Start(upstream);
        using var client = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client, "/health")).Status);

        await upstream.StopAsync();

        var (status, body) = await GetHealthAsync(client, "/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("chat-api").GetString());
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client, "/alive")).Status);
        using var call = await client.GetAsync($"/api/{Guid.NewGuid()}/tasks");
        await call.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Active_probes_mark_the_chat_api_destination_unhealthy_when_it_stops()
    {
        await using var upstream = await TestUpstream.StartAsync();
        await using var gateway = GatewayHost.Start(upstream, new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Enabled"] = "true",
            ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Interval"] = "00:00:00.200",
            ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Timeout"] = "00:00:00.200",
            ["ReverseProxy:Clusters:chat-api:Metadata:ConsecutiveFailuresHealthPolicy.Threshold"] = "1",
        });
        var proxy = gateway.Services.GetRequiredService<IProxyStateLookup>();
        Task<DestinationHealth> ActiveHealth()
        {
            Assert.True(proxy.TryGetCluster("chat-api", out var cluster));
            return Task.FromResult(Assert.Single(cluster.Destinations.Values).Health.Active);
        }

        await Http.EventuallyAsync(ActiveHealth, health => health == DestinationHealth.Healthy, TimeSpan.FromSeconds(10), "the first successful probe");
        Assert.Contains(upstream.Seen, request => request.Path == "/health");

        await upstream.StopAsync();

        await Http.EventuallyAsync(ActiveHealth, health => health == DestinationHealth.Unhealthy, TimeSpan.FromSeconds(10), "a failed probe");
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
