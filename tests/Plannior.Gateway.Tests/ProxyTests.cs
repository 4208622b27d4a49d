using System.Net;
using System.Text.Json;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

public sealed class ProxyTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/auth/login")]
    [InlineData("/api/7d0c6a52-8d5e-4d8e-9a3f-1f2a3b4c5d6e/tasks")]
    [InlineData("/mcp")]
    [InlineData("/mcp/messages")]
    [InlineData("/openapi/v1.json")]
    public async Task Public_routes_reach_chat_api(string path)
    {
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(path, (await EchoResponse.ReadAsync(response)).Path);
    }

    [Fact]
    public async Task Health_is_answered_by_the_gateway_itself()
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Plannior Gateway", body.GetProperty("service").GetString());
        Assert.True(body.GetProperty("checks").TryGetProperty("chat-api", out _));
    }

    [Theory]
    [InlineData("/internal/admin")]
    [InlineData("/apix/tasks")]
    public async Task Paths_outside_the_public_routes_are_not_proxied(string path)
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync(path);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.False(fixture.Upstream.SawPath(path));
    }

    [Fact]
    public async Task Chat_api_learns_the_client_address_scheme_and_host_not_what_the_client_claims()
    {
        var source = TestAddresses.Next();
        using var client = fixture.Gateway.CreateClient(source);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        var echo = await EchoResponse.ReadAsync(response);
        Assert.Equal(source.ToString(), echo.Header("X-Forwarded-For"));
        Assert.Equal("http", echo.Header("X-Forwarded-Proto"));
        Assert.Equal(fixture.Gateway.Address.Authority, echo.Header("X-Forwarded-Host"));
    }

    [Fact]
    public async Task Trace_context_reaches_chat_api_in_the_callers_trace()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        const string callerSpan = "00f067aa0ba902b7";
        using var client = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");

        using var response = await client.SendAsync(request);

        var traceparent = (await EchoResponse.ReadAsync(response)).Header("traceparent");
        Assert.NotNull(traceparent);
        var parts = traceparent.Split('-');
        Assert.Equal(traceId, parts[1]);
        // The Gateway's own span sits between the caller and ChatApi.
        Assert.NotEqual(callerSpan, parts[2]);
    }

    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/no-such-route")]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner(string path)
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.Value("X-Content-Type-Options"));
        Assert.Equal("DENY", response.Headers.Value("X-Frame-Options"));
        Assert.Equal("no-referrer", response.Headers.Value("Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(503)]
    public async Task Chat_api_errors_pass_through_as_chat_api_wrote_them(int status)
    {
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());

        using var response = await client.GetAsync($"/api/status/{status}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(status == 401, response.Headers.WwwAuthenticate.Count > 0);
    }

    [Fact]
    public async Task Bearer_tokens_reach_chat_api_untouched_even_when_forged()
    {
        var forged = TestTokens.SignedWithWrongKey(TestTokens.NewUserId());
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next(), bearer: forged);

        using var response = await client.GetAsync("/api/auth/me");

        // ChatApi, not the Gateway, answers a bad token with 401.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {forged}", (await EchoResponse.ReadAsync(response)).Header("Authorization"));
    }
}
