using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Plannior.Gateway.Tests.Infrastructure;

/// <summary>One request as the stand-in ChatApi received it.</summary>
public sealed record SeenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, long BodyLength);

/// <summary>
/// A real Kestrel server on 127.0.0.1 standing in for ChatApi: it records what reaches it, echoes it back,
/// streams server-sent events on a gate the test controls, and hangs on request when asked.
/// </summary>
public sealed class TestUpstream : IAsyncDisposable
{
    public const string StreamIdHeader = "X-Test-Stream";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> streamGates = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> hangGates = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> hangsAbandoned = new();
    private readonly ConcurrentQueue<SeenRequest> seen = new();

    private TestUpstream(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>What <c>/health</c> answers: a status word for 200, or a status code to fail with.</summary>
    public string HealthStatus { get; set; } = "healthy";

    public int HealthStatusCode { get; set; } = StatusCodes.Status200OK;

    public IReadOnlyCollection<SeenRequest> Seen => seen;

    public bool SawPath(string path) => seen.Any(request => request.Path == path);

    /// <summary>Lets the stream with this id write its final event.</summary>
    public void ReleaseStream(string id) => streamGates.GetOrAdd(id, NewGate()).TrySetResult();

    /// <summary>Completes once the caller of the hanging request with this id has given up on it.</summary>
    public Task HangAbandoned(string id) => hangsAbandoned.GetOrAdd(id, NewGate()).Task;

    /// <summary>Starts on <paramref name="port"/>, or any free port; a stopped ChatApi comes back on its old port.</summary>
    public static async Task<TestUpstream> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var upstream = new TestUpstream(builder.Build());
        upstream.Map();
        await upstream.app.StartAsync();
        var address = upstream.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        upstream.Address = new Uri(address);
        return upstream;
    }

    public Task StopAsync() => app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var gate in streamGates.Values.Concat(hangGates.Values))
        {
            gate.TrySetResult();
        }
        await app.DisposeAsync();
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Map()
    {
        app.MapGet("/health", async context =>
        {
            await RecordAsync(context);
            context.Response.StatusCode = HealthStatusCode;
            await context.Response.WriteAsJsonAsync(new { status = HealthStatus });
        });

        app.MapPost("/api/{user_id}/chat/stream", async context =>
        {
            await RecordAsync(context);
            var gate = streamGates.GetOrAdd(context.Request.Headers[StreamIdHeader].ToString(), NewGate());
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("event: conversation\ndata: {\"conversation_id\":\"c1\"}\n\n");
            await context.Response.Body.FlushAsync();
            await gate.Task.WaitAsync(context.RequestAborted);
            await context.Response.WriteAsync("event: done\ndata: {\"message_id\":\"m1\"}\n\n");
        });

        app.Map("/api/hang/{id}", async (HttpContext context, string id) =>
        {
            await RecordAsync(context);
            try
            {
                await hangGates.GetOrAdd(id, NewGate()).Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                hangsAbandoned.GetOrAdd(id, NewGate()).TrySetResult();
                throw;
            }
            await context.Response.WriteAsJsonAsync(new { released = id });
        });

        app.Map("/api/status/{code:int}", async (HttpContext context, int code) =>
        {
            await RecordAsync(context);
            context.Response.StatusCode = code;
            if (code == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }
        });

        app.Map("/{**path}", async context =>
        {
            var request = await RecordAsync(context);
            context.Response.Headers.Server = "test-upstream";
            context.Response.Headers["X-Powered-By"] = "test-upstream";
            await context.Response.WriteAsJsonAsync(new EchoResponse(request.Method, request.Path, request.Headers, request.BodyLength));
        });
    }

    private async Task<SeenRequest> RecordAsync(HttpContext context)
    {
        long length = 0;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            length += read;
        }
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new SeenRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, length);
        seen.Enqueue(request);
        return request;
    }
}

public sealed record EchoResponse(string Method, string Path, IReadOnlyDictionary<string, string> Headers, long BodyLength)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static async Task<EchoResponse> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<EchoResponse>(JsonSerializerOptions.Web))!;
}
