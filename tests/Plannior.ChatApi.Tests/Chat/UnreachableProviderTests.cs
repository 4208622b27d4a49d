using System.Net;
using System.Net.Sockets;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>A provider nobody answers at: API.md makes it degraded health and a retryable 503, while tasks keep working.</summary>
public sealed class UnreachableProviderTests(UnreachableProviderChatApiFactory factory) : IClassFixture<UnreachableProviderChatApiFactory>
{
    [Fact]
    public async Task Health_is_degraded_not_unhealthy()
    {
        var health = await factory.CreateApiClient().GetAsync("/health");

        health.AssertStatus(HttpStatusCode.OK);
        Assert.NotEqual("unhealthy", health.Body!.Str("status"));
        Assert.Equal("degraded", health.Body!["checks"]!.Str("llm"));
        Assert.Equal("healthy", health.Body!["checks"]!.Str("database"));
    }

    [Fact]
    public async Task Chat_is_a_503_with_retry_after_and_tasks_still_work()
    {
        var api = await factory.NewUserAsync();

        var chat = await api.SendChatAsync("add buy milk");

        chat.AssertProblem(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(chat.Headers.RetryAfter);
        await api.NewTaskAsync(new { title = "Buy milk" });
        Assert.Equal(["Buy milk"], (await api.ListTasksAsync()).Titles());
    }
}

/// <summary>The OpenAI-compatible provider configured at a local port nothing listens on.</summary>
public sealed class UnreachableProviderChatApiFactory : ChatApiFactory
{
    private readonly int closedPort = ClosedPort();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("OPENROUTER_API_KEY", "test-key"),
        new("Llm:BaseUrl", $"http://127.0.0.1:{closedPort}/"),
        new("Llm:MaxRetries", "0"),
    ];

    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
