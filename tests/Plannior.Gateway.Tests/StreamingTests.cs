using System.Net;
using System.Net.Http.Json;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

public sealed class StreamingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_first_event_reaches_the_client_while_chat_api_is_still_streaming()
    {
        var user = TestTokens.NewUserId();
        var streamId = Guid.NewGuid().ToString();
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(user));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{user}/chat/stream") { Content = JsonContent.Create(new { message = "hi" }) };
        request.Headers.Add(TestUpstream.StreamIdHeader, streamId);
        request.Headers.Add("Accept", "text/event-stream");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(deadline.Token));

        // ChatApi is held on its gate until this event has been read: it can only arrive if nothing buffers it.
        var first = await ReadEventAsync(reader, deadline.Token);
        fixture.Upstream.ReleaseStream(streamId);
        var last = await ReadEventAsync(reader, deadline.Token);

        Assert.StartsWith("event: conversation", first);
        Assert.StartsWith("event: done", last);
        Assert.Null(await reader.ReadLineAsync(deadline.Token));
    }

    private static async Task<string> ReadEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && lines.Count > 0)
            {
                break;
            }
            lines.Add(line);
        }
        return string.Join('\n', lines);
    }
}
