using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Plannior.ChatApi.Extensions;

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
        // ChatApi's own database wiring in a plain host: a WebApplicationFactory whose host fails to start can
        // surface a disposed service provider instead of the validation failure that stopped it.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:plannior"] = "Host=127.0.0.1;Port=1;Database=unused;Username=unused;Password=unused",
            [key] = value,
        });
        builder.AddPlanniorDatabase();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message);
    }
}
