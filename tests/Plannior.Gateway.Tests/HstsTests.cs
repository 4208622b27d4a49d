using System.Net;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

/// <summary>
/// HSTS only means something on HTTPS, which a TLS-terminating proxy in front reports through
/// X-Forwarded-Proto; the test plays that proxy.
/// </summary>
public sealed class HstsTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("127.1.0.2");

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Https_responses_carry_hsts_outside_development_only(string environment, bool expected)
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["TRUSTED_PROXIES"] = Proxy.ToString() }, environment);
        using var client = gateway.CreateClient(Proxy);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alive");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "api.plannior.test");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }
}
