using Plannior.Testing;

namespace Plannior.ChatApi.Tests.Configuration;

public sealed class ConfigurationCheckTests
{
    private const string DatabasePassword = "pg-password-7f3a9c";
    private const string ApiKey = "sk-or-test-key-5b2e8d41";
    private static readonly string JwtSecret = "jwt-" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");

    // Nothing listens on port 1: a check that connected would fail or hang.
    private static readonly string ConnectionString = $"Host=127.0.0.1;Port=1;Database=plannior;Username=plannior;Password={DatabasePassword}";

    [Fact]
    public async Task A_good_configuration_is_listed_with_sources_and_exits_zero_without_connecting()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.ChatApi", new Dictionary<string, string>
        {
            ["ConnectionStrings__plannior"] = ConnectionString,
            ["JWT_SECRET"] = JwtSecret,
            ["OPENROUTER_API_KEY"] = ApiKey,
        }, "--Database:CommandTimeout=00:00:07", "--Llm:FallbackModels:0=model-a", "--Llm:FallbackModels:1=model-b");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Database:CommandTimeout = 00:00:07  [command line]", result.Output);
        Assert.Contains("Database:ConnectTimeout = 00:00:02  [default]", result.Output);
        Assert.Contains("Jwt:Issuer = plannior  [default]", result.Output);
        Assert.Contains("Llm:FallbackModels = model-a, model-b  [command line]", result.Output);
        Assert.Contains("JWT_SECRET = *****", result.Output);
        Assert.Contains("OPENROUTER_API_KEY = *****", result.Output);
        Assert.Matches(@"ConnectionStrings:plannior = .*password=\*\*\*\*\*.*\[environment variable\]", result.Output);
        Assert.Contains("Logging:LogLevel:", result.Output);
        Assert.Contains("Configuration is valid.", result.Output);
        Assert.DoesNotContain("Now listening", result.All);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task A_bad_configuration_exits_non_zero_naming_each_wrong_setting()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.ChatApi", new Dictionary<string, string>
        {
            ["JWT_SECRET"] = "too-short",
            ["OPENROUTER_API_KEY"] = ApiKey,
        }, "--Logging:LogLevel:Default=Loud", "--Database:ConnectTimeout=soon", "--Llm:TimeoutSeconds=0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:plannior is not set", result.Errors);
        Assert.Contains("JWT_SECRET is too short", result.Errors);
        Assert.Contains("Logging:LogLevel:Default is 'Loud'", result.Errors);
        Assert.Contains("'Database:ConnectTimeout'", result.Errors);
        Assert.Contains("TimeoutSeconds", result.Errors);
        Assert.DoesNotContain("too-short", result.All);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task An_unparsable_connection_string_is_named_without_being_shown()
    {
        var result = await ConfigurationCheckRun.RunAsync("Plannior.ChatApi", new Dictionary<string, string>
        {
            ["ConnectionStrings__plannior"] = $"Host=db;Password={DatabasePassword};Nonsense Key=1",
            ["JWT_SECRET"] = JwtSecret,
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:plannior is not a valid PostgreSQL connection string", result.Errors);
        AssertNoSecret(result);
    }

    private static void AssertNoSecret(ConfigurationCheckResult result)
    {
        Assert.DoesNotContain(DatabasePassword, result.All);
        Assert.DoesNotContain(ApiKey, result.All);
        Assert.DoesNotContain(JwtSecret, result.All);
    }
}
