using System.Net;

namespace Plannior.Gateway.Tests.Infrastructure;

/// <summary>Distinct loopback client addresses (127.0.x.y), so per-address buckets never leak between tests.</summary>
public static class TestAddresses
{
    private static int next = 10;

    public static IPAddress Next()
    {
        var n = Interlocked.Increment(ref next);
        return new IPAddress([127, 0, (byte)(n / 250), (byte)(n % 250 + 2)]);
    }
}
