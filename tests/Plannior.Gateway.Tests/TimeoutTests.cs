using System.Net;
using System.Net.Http.Json;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

public sealed class TimeoutTests(ShortTimeoutFixture fixture) : IClassFixture<ShortTimeoutFixture>
{
    [Fact]
    public async Task A_hung_api_call_times_out_with_504_problem_and_is_cancelled_upstream_while_a_chat_stream_outlives_that_timeout()
    {
        var user = TestTokens.NewUserId();
        var streamId = Guid.NewGuid().ToString();
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(user));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var streamRequest = new HttpRequestMessage(HttpMethod.Post, $"/api/{user}/chat/stream") { Content = JsonContent.Create(new { message = "hi" }) };
        streamRequest.Headers.Add(TestUpstream.StreamIdHeader, streamId);
        using var stream = await client.SendAsync(streamRequest, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(deadline.Token));
        Assert.Equal("event: conversation", await reader.ReadLineAsync(deadline.Token));

        // Standard routes time out after one second; the stream was open before this call started.
        var hangId = Guid.NewGuid().ToString();
        using var hung = await client.GetAsync($"/api/hang/{hangId}", deadline.Token);
        await hung.ReadProblemAsync(HttpStatusCode.GatewayTimeout);
        await fixture.Upstream.HangAbandoned(hangId).WaitAsync(deadline.Token);

        fixture.Upstream.ReleaseStream(streamId);
        var rest = await reader.ReadToEndAsync(deadline.Token);
        Assert.Contains("event: done", rest);
    }
}
