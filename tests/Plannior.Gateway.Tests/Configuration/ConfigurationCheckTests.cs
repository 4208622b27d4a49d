using Plannior.Testing;

namespace Plannior.Gateway.Tests.Configuration;

public sealed class ConfigurationCheckTests
{
    private static readonly string JwtSecret = "jwt-" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_good_configuration_is_listed_with_sources_and_exits_zero()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.Gateway", new Dictionary<string, string>
        {
            ["JWT_SECRET"] = JwtSecret,
            ["ALLOWED_ORIGINS"] = "https://app.example.org",
            ["TRUSTED_PROXIES"] = "10.0.0.0/8",
        }, "--RateLimits:Chat:PermitLimit=5");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("ALLOWED_ORIGINS = https://app.example.org  [environment variable]", result.Output);
        Assert.Contains("TRUSTED_PROXIES = 10.0.0.0/8  [environment variable]", result.Output);
        Assert.Contains("RateLimits:Chat:PermitLimit = 5  [command line]", result.Output);
        Assert.Contains("RateLimits:Auth:PermitLimit = 10  [file appsettings.json]", result.Output);
        Assert.Contains("RequestLimits:MaxBodyBytes = 65536  [file appsettings.json]", result.Output);
        Assert.Contains("Timeouts:LongRunning = 00:05:00  [file appsettings.json]", result.Output);
        Assert.Contains("ChatApiHealth:Timeout = 00:00:02  [default]", result.Output);
        Assert.Contains("JWT_SECRET = *****", result.Output);
        Assert.Contains("Configuration is valid.", result.Output);
        Assert.DoesNotContain(JwtSecret, result.All);
        Assert.DoesNotContain("Now listening", result.All);
    }

    [Fact]
    public async Task A_bad_configuration_exits_non_zero_naming_each_wrong_setting()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.Gateway", new Dictionary<string, string>
        {
            ["ALLOWED_ORIGINS"] = "app.example.org",
            ["TRUSTED_PROXIES"] = "somewhere",
        }, "--RateLimits:Chat:PermitLimit=0", "--RequestLimits:MaxBodyBytes=0", "--Timeouts:Connect=00:01:00");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("JWT_SECRET is not set", result.Errors);
        Assert.Contains("ALLOWED_ORIGINS", result.Errors);
        Assert.Contains("TRUSTED_PROXIES", result.Errors);
        Assert.Contains("RateLimits:Chat:PermitLimit", result.Errors);
        Assert.Contains("MaxBodyBytes", result.Errors);
        Assert.Contains("Connect", result.Errors);
    }
}
