using System.Net;
using System.Text;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>A Gateway in memory: answers each request from a route table and remembers what was sent.</summary>
public sealed class StubGateway : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string PathStart, Func<HttpResponseMessage> Respond)> _routes = [];

    public List<(HttpMethod Method, string PathAndQuery, string? Body)> Requests { get; } = [];

    public StubGateway On(HttpMethod method, string pathStart, HttpStatusCode status, string body = "", string mediaType = "application/json")
    {
        _routes.Insert(0, (method, pathStart, () => new HttpResponseMessage(status)
        {
            Content = status == HttpStatusCode.NoContent ? new ByteArrayContent([]) : new StringContent(body, Encoding.UTF8, mediaType),
        }));
        return this;
    }

    /// <summary>An event stream that sends <paramref name="frames"/> and then stays open until the reader gives up.</summary>
    public StubGateway OnOpenStream(string pathStart, string frames)
    {
        _routes.Insert(0, (HttpMethod.Post, pathStart, () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new OpenEndedStream(Encoding.UTF8.GetBytes(frames)))
            {
                Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream") },
            },
        }));
        return this;
    }

    public IEnumerable<(HttpMethod Method, string PathAndQuery, string? Body)> Sent(HttpMethod method, string pathPart) =>
        Requests.Where(r => r.Method == method && r.PathAndQuery.Contains(pathPart, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, path, body));
        var route = _routes.FirstOrDefault(r => r.Method == request.Method && path.StartsWith(r.PathStart, StringComparison.Ordinal));
        return route.Respond is null ? new HttpResponseMessage(HttpStatusCode.NotFound) : route.Respond();
    }
}

/// <summary>Reads its bytes, then blocks like a live connection until the read is cancelled.</summary>
internal sealed class OpenEndedStream(byte[] start) : Stream
{
    private int _position;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < start.Length)
        {
            var count = Math.Min(buffer.Length, start.Length - _position);
            start.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
