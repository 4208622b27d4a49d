using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Plannior.Web.Extensions;
using Plannior.Web.Services;

namespace Plannior.Web.Tests.Unit;

public sealed class ApiOptionsTests
{
    [Fact]
    public void The_gateway_is_found_by_service_discovery_by_default()
    {
        var options = Build().GetRequiredService<IOptions<ApiOptions>>().Value;

        Assert.Equal(new Uri("http://gateway"), options.BaseAddress);
    }

    [Theory]
    [InlineData("Api:BaseAddress", "gateway", "absolute URL")]
    [InlineData("Api:RequestTimeout", "00:00:01", "RequestTimeout")]
    public void A_bad_setting_is_refused_with_a_message_naming_it(string key, string value, string expected)
    {
        var failure = Assert.Throws<OptionsValidationException>(() =>
            Build((key, value)).GetRequiredService<IOptions<ApiOptions>>().Value);

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    private static IServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.AddWebServices();
        return builder.Build().Services;
    }
}
