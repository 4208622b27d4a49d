using System.Net;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

public sealed class CorsTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string AllowedOrigin = "https://app.plannior.test";
    private const string OtherOrigin = "https://evil.example";

    [Theory]
    [InlineData("GET", "authorization")]
    [InlineData("POST", "authorization,content-type")]
    [InlineData("PATCH", "authorization,content-type,accept")]
    [InlineData("DELETE", "authorization")]
    [InlineData("POST", "authorization,content-type,last-event-id")]
    public async Task A_listed_origin_gets_a_preflight_answer_for_the_methods_and_headers_the_api_uses(string method, string headers)
    {
        using var client = fixture.Gateway.CreateClient();
        var path = $"/api/{TestTokens.NewUserId()}/tasks";

        using var response = await client.SendAsync(Preflight(path, AllowedOrigin, method, headers));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, response.Headers.Value("Access-Control-Allow-Origin"));
        Assert.Contains(method, response.Headers.Value("Access-Control-Allow-Methods")!.Split(','));
        var allowedHeaders = response.Headers.Value("Access-Control-Allow-Headers")!.Split(',');
        foreach (var header in headers.Split(','))
        {
            Assert.Contains(header, allowedHeaders, StringComparer.OrdinalIgnoreCase);
        }
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.False(fixture.Upstream.SawPath(path), "the Gateway answers preflights itself");
    }

    [Fact]
    public async Task Any_other_origin_gets_no_allow_origin_on_preflight()
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.SendAsync(Preflight("/api/auth/login", OtherOrigin, "POST", "content-type"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_listed_origin_may_read_the_response_and_its_retry_and_location_headers()
    {
        using var client = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(AllowedOrigin, response.Headers.Value("Access-Control-Allow-Origin"));
        var exposed = response.Headers.Value("Access-Control-Expose-Headers")!.Split(',');
        Assert.Contains("Retry-After", exposed);
        Assert.Contains("Location", exposed);
    }

    [Fact]
    public async Task Any_other_origin_gets_no_allow_origin_on_the_actual_request()
    {
        using var client = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("Origin", OtherOrigin);

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    internal static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }
}
