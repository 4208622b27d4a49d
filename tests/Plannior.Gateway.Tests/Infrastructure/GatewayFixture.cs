namespace Plannior.Gateway.Tests.Infrastructure;

/// <summary>One stand-in ChatApi and one Gateway in front of it, shared by the tests of a class.</summary>
public class GatewayFixture : IAsyncLifetime
{
    public TestUpstream Upstream { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    protected virtual IDictionary<string, string?> Overrides => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        Upstream = await TestUpstream.StartAsync();
        Gateway = GatewayHost.Start(Upstream, Overrides);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}

/// <summary>
/// Limits small enough to reach in a test: chat refills every second (to watch it refill), the others only
/// after ten minutes (so a test that exhausts them never races a refill).
/// </summary>
public sealed class TightLimitsFixture : GatewayFixture
{
    public const int ChatPermits = 3;
    public const int ApiPermits = 5;
    public const int AuthPermits = 3;

    /// <summary>The one caller allowed to name the client address (TestAddresses never hands it out).</summary>
    public static readonly System.Net.IPAddress TrustedProxy = System.Net.IPAddress.Parse("127.1.0.1");

    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["RateLimits:Chat:PermitLimit"] = ChatPermits.ToString(),
        ["RateLimits:Chat:Window"] = "00:00:01",
        ["RateLimits:Api:PermitLimit"] = ApiPermits.ToString(),
        ["RateLimits:Api:Window"] = "00:10:00",
        ["RateLimits:Auth:PermitLimit"] = AuthPermits.ToString(),
        ["RateLimits:Auth:Window"] = "00:10:00",
        ["TRUSTED_PROXIES"] = TrustedProxy.ToString(),
    };
}

/// <summary>A one-second standard timeout, so a hung ChatApi call times out within the test.</summary>
public sealed class ShortTimeoutFixture : GatewayFixture
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Timeouts:Standard"] = "00:00:01",
    };
}
