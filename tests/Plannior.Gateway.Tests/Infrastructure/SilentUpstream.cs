using System.Net;
using System.Net.Sockets;

namespace Plannior.Gateway.Tests.Infrastructure;

/// <summary>
/// A ChatApi that never accepts a connection: its listen queue holds one connection, which it fills itself, so
/// every further connect hangs (the kernel drops the SYN) until the caller's connect timeout.
/// </summary>
public sealed class SilentUpstream : IDisposable
{
    private readonly Socket listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Socket filler = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public SilentUpstream()
    {
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        filler.Connect(listener.LocalEndPoint!);
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndPoint!).Port}/");
    }

    public Uri Address { get; }

    public void Dispose()
    {
        filler.Dispose();
        listener.Dispose();
    }
}
