using System.Net;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

public sealed class RequestLimitTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const int Limit = 64 * 1024;

    [Fact]
    public async Task A_body_over_64_KiB_with_content_length_is_refused_with_413_before_chat_api()
    {
        var path = $"/api/{TestTokens.NewUserId()}/tasks";
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());

        using var response = await client.PostAsync(path, new ByteArrayContent(new byte[Limit + 1024]));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.False(fixture.Upstream.SawPath(path));
    }

    [Fact]
    public async Task A_chunked_body_over_64_KiB_is_refused_with_413_before_chat_api()
    {
        var path = $"/api/{TestTokens.NewUserId()}/tasks";
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());

        using var response = await client.PostAsync(path, new Http.ChunkedContent(new byte[Limit + 1024]));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.False(fixture.Upstream.SawPath(path));
    }

    [Fact]
    public async Task A_chunked_body_of_exactly_64_KiB_reaches_chat_api_whole()
    {
        var path = $"/api/{TestTokens.NewUserId()}/tasks";
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());

        using var response = await client.PostAsync(path, new Http.ChunkedContent(new byte[Limit]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Limit, (await EchoResponse.ReadAsync(response)).BodyLength);
    }

    [Fact]
    public async Task Oversized_request_headers_are_refused_by_the_server()
    {
        var path = $"/api/{TestTokens.NewUserId()}/tasks";
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Padding", new string('a', 40 * 1024));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.False(fixture.Upstream.SawPath(path));
    }

    [Fact]
    public async Task An_overlong_request_line_is_refused_by_the_server()
    {
        var path = $"/api/{TestTokens.NewUserId()}/tasks?q={new string('a', 9 * 1024)}";
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
