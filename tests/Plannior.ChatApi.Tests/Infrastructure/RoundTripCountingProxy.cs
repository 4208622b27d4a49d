using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of PostgreSQL that counts the round trips its clients make: a <c>Sync</c> (the end
/// of an extended-protocol batch) or a simple <c>Query</c> after which the client sends nothing more is a wait for
/// the server. What Npgsql pipelines ahead of a command (a pooled connection's reset, a BEGIN) is sent in the same
/// write, so it joins that command's round trip. Counting on the wire sees every connection the ChatApi opens
/// (EF's and the idempotency lock's) and the COMMITs and ROLLBACKs no EF interceptor reports; connections must not
/// use TLS (it would hide the messages).
/// </summary>
public sealed class RoundTripCountingProxy : IAsyncDisposable
{
    private const int SslRequestCode = 80877103;
    private const int GssEncRequestCode = 80877104;

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint server;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private long roundTrips;
    private readonly List<string> log = [];

    public RoundTripCountingProxy(string host, int port)
    {
        server = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Round trips counted since the proxy started, on every connection.</summary>
    public long RoundTrips => Interlocked.Read(ref roundTrips);

    /// <summary>
    /// The statements of each round trip from <paramref name="since"/> on (a count read from <see cref="RoundTrips"/>),
    /// in the order they were sent, so a failing count names what it is made of.
    /// </summary>
    public IReadOnlyList<string> RoundTripsSince(long since)
    {
        lock (log)
        {
            return [.. log.Skip((int)since)];
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(server, stopping.Token);
                var toServer = CountingCopyAsync(client.GetStream(), upstream.GetStream());
                var toClient = upstream.GetStream().CopyToAsync(client.GetStream(), stopping.Token);
                await Task.WhenAny(toServer, toClient);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A closed connection ends its relay.
            }
        }
    }

    // Forwards the client's bytes unchanged while reading its message framing: untyped start-up messages first
    // (an SSL or GSSAPI request, then the StartupMessage), then [type byte][int32 length incl. itself][body].
    private async Task CountingCopyAsync(NetworkStream from, NetworkStream to)
    {
        var startingUp = true;
        var header = new byte[5];
        var body = new byte[64 * 1024];
        var batch = new List<string>();
        while (true)
        {
            var headerLength = startingUp ? 4 : 5;
            if (!await ReadExactlyOrEndAsync(from, header.AsMemory(0, headerLength)))
            {
                return;
            }
            var length = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(headerLength - 4, 4)) - 4;
            var type = startingUp ? (byte)0 : header[0];
            await to.WriteAsync(header.AsMemory(0, headerLength), stopping.Token);
            var first = true;
            var text = new List<byte>();
            while (length > 0)
            {
                var chunk = Math.Min(length, body.Length);
                if (!await ReadExactlyOrEndAsync(from, body.AsMemory(0, chunk)))
                {
                    return;
                }
                if (startingUp && first)
                {
                    var code = BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(0, 4));
                    startingUp = code is SslRequestCode or GssEncRequestCode;
                }
                first = false;
                if (type is (byte)'P' or (byte)'Q')
                {
                    text.AddRange(body.AsSpan(0, chunk));
                }
                await to.WriteAsync(body.AsMemory(0, chunk), stopping.Token);
                length -= chunk;
            }
            Record(type, text, batch, pipelined: from.DataAvailable);
        }
    }

    // Parse is [statement name\0][query\0]...; Query is [query\0].
    private void Record(byte type, List<byte> text, List<string> batch, bool pipelined)
    {
        lock (log)
        {
            if (type is (byte)'P' or (byte)'Q')
            {
                var parts = System.Text.Encoding.UTF8.GetString([.. text]).Split('\0');
                batch.Add(type == (byte)'P' ? parts[1] : parts[0]);
            }
            // Bytes already waiting behind this one were written without waiting for an answer.
            if ((type is (byte)'S' or (byte)'Q') && !pipelined)
            {
                log.Add(string.Join(" ; ", batch.Select(sql => sql.ReplaceLineEndings(" "))));
                batch.Clear();
                Interlocked.Increment(ref roundTrips);
            }
        }
    }

    private async Task<bool> ReadExactlyOrEndAsync(NetworkStream stream, Memory<byte> buffer)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, stopping.Token);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
