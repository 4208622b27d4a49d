using Microsoft.Extensions.Options;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

/// <summary>How ALLOWED_ORIGINS is read: each test starts its own Gateway with its own setting.</summary>
public sealed class CorsConfigurationTests
{
    [Fact]
    public async Task Development_without_a_setting_allows_only_the_web_apps_own_origin()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["ALLOWED_ORIGINS"] = "" });
        using var client = gateway.CreateClient();

        using var web = await client.SendAsync(CorsTests.Preflight("/api/auth/login", "http://localhost:5080", "POST", "content-type"));
        using var other = await client.SendAsync(CorsTests.Preflight("/api/auth/login", "https://app.plannior.test", "POST", "content-type"));

        Assert.Equal("http://localhost:5080", web.Headers.Value("Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_wildcard_in_development_allows_any_origin_without_credentials()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["ALLOWED_ORIGINS"] = "*" });
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(CorsTests.Preflight("/api/auth/login", "https://anywhere.example", "POST", "content-type"));

        Assert.Equal("*", response.Headers.Value("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://app.plannior.test,*")]
    [InlineData("app.plannior.test")]
    [InlineData("https://app.plannior.test/login")]
    public void Outside_development_a_wildcard_or_malformed_origin_stops_the_start_naming_the_setting(string origins)
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            GatewayHost.Start(null, new Dictionary<string, string?> { ["ALLOWED_ORIGINS"] = origins }, environment: "Production"));

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(failure));
        Assert.Contains("ALLOWED_ORIGINS", validation.Message);
    }

    internal static Exception? Innermost<T>(Exception exception) where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return current;
            }
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(Innermost<T>).FirstOrDefault(found => found is not null) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }
}
