using Plannior.Testing;

namespace Plannior.Web.Tests.Unit;

public sealed class ConfigurationCheckTests
{
    [Fact]
    public async Task A_good_configuration_is_listed_with_sources_and_exits_zero()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.Web", new Dictionary<string, string>
        {
            ["Api__BaseAddress"] = "https://gateway.example.org",
        });

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Api:BaseAddress = https://gateway.example.org  [environment variable]", result.Output);
        Assert.Contains("Api:RequestTimeout = 00:01:30  [file appsettings.json]", result.Output);
        Assert.Contains("OTEL_SERVICE_NAME = Plannior.Web  [default]", result.Output);
        Assert.Contains("Configuration is valid.", result.Output);
    }

    [Fact]
    public async Task A_bad_configuration_exits_non_zero_naming_each_wrong_setting()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.Web", new Dictionary<string, string>(),
            "--Api:BaseAddress=gateway/api", "--Api:RequestTimeout=00:00:01", "--Logging:LogLevel:Default=Chatty");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Api:BaseAddress must be an absolute URL", result.Errors);
        Assert.Contains("RequestTimeout", result.Errors);
        Assert.Contains("Logging:LogLevel:Default is 'Chatty'", result.Errors);
    }
}
