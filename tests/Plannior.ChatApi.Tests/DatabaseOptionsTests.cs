using Microsoft.Extensions.Options;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests;

/// <summary>The database budget is validated on start: a value outside it stops ChatApi with a message naming it.</summary>
public sealed class DatabaseOptionsTests
{
    [Theory]
    [InlineData("Database:ConnectTimeout", "00:01:00", "ConnectTimeout")]
    [InlineData("Database:CommandTimeout", "00:00:00", "CommandTimeout")]
    [InlineData("Database:MaxRetryCount", "10", "MaxRetryCount")]
    [InlineData("Database:MaxRetryDelay", "00:00:30", "MaxRetryDelay")]
    [InlineData("Database:HealthCheckTimeout", "00:00:05", "HealthCheckTimeout")]
    public async Task A_setting_outside_the_budget_stops_the_start_naming_it(string key, string value, string named)
    {
        await using var factory = new SettingsFactory(new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ((IAsyncLifetime)factory).InitializeAsync());

        var validation = Innermost(failure) ?? throw new Xunit.Sdk.XunitException($"Not a validation failure: {failure}");
        Assert.Contains(named, validation.Message);
    }

    private static OptionsValidationException? Innermost(Exception? exception) => exception switch
    {
        null => null,
        OptionsValidationException validation => validation,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Innermost).FirstOrDefault(found => found is not null),
        _ => Innermost(exception.InnerException),
    };

    private sealed class SettingsFactory(IDictionary<string, string?> settings) : ChatApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => settings;
    }
}
