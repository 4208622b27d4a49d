using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>One request the scripted model received: its JSON body, and whether its caller gave up waiting.</summary>
public sealed record ScriptedRequest(JsonNode Body)
{
    private readonly TaskCompletionSource abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Model => Body["model"]!.GetValue<string>();

    public bool Streaming => Body["stream"]?.GetValue<bool>() ?? false;

    public JsonArray Messages => Body["messages"]!.AsArray();

    /// <summary>Each message the model was shown as (role, text); a tool call appears as its name and arguments.</summary>
    public IReadOnlyList<(string Role, string Text)> Transcript =>
        [.. Messages.Select(message => (message!["role"]!.GetValue<string>(), TextOf(message!)))];

    public string SystemPrompt => Transcript.First(message => message.Role == "system").Text;

    public IReadOnlyList<string> ToolNames =>
        [.. Body["tools"]?.AsArray().Select(tool => tool!["function"]!["name"]!.GetValue<string>()) ?? []];

    public JsonNode ToolSchema(string name) =>
        Body["tools"]!.AsArray().Single(tool => tool!["function"]!["name"]!.GetValue<string>() == name)!["function"]!["parameters"]!;

    private static string TextOf(JsonNode message)
    {
        var text = message["content"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray parts => string.Concat(parts.Select(part => part?["text"]?.GetValue<string>())),
            _ => "",
        };
        var calls = message["tool_calls"]?.AsArray()
            .Select(call => $"{call!["function"]!["name"]}({call["function"]!["arguments"]})") ?? [];
        return string.Join(" ", new[] { text }.Concat(calls).Where(part => part.Length > 0));
    }

    /// <summary>Completes when the ChatApi aborted this request while the reply was still being held.</summary>
    public Task Abandoned => abandoned.Task;

    internal void MarkAbandoned() => abandoned.TrySetResult();
}

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, any free port) speaking the OpenAI chat-completions wire format:
/// <c>POST /chat/completions</c> answers the next <see cref="ScriptedReply"/> in its queue, as JSON or as
/// <c>text/event-stream</c> chunks, and records every request body so a test can check what the model was shown.
/// An empty queue answers 500, so an unexpected extra call fails the test instead of passing silently.
/// </summary>
public sealed class ScriptedOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Queue<ScriptedReply> script = new();
    private readonly List<ScriptedRequest> requests = [];
    private readonly Lock gate = new();
    private int completionNumber;

    private ScriptedOpenAiServer(WebApplication app)
    {
        this.app = app;
        app.MapPost("/chat/completions", HandleCompletionAsync);
        app.MapGet("/models", () => Results.Json(new { @object = "list", data = new[] { new { id = "primary-model", @object = "model" } } }));
    }

    /// <summary>The provider base URL, with the trailing slash the OpenAI client expects.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<ScriptedRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    public static ScriptedOpenAiServer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var server = new ScriptedOpenAiServer(builder.Build());
        server.app.StartAsync().GetAwaiter().GetResult();
        server.BaseUrl = server.app.Urls.Single().TrimEnd('/') + "/";
        return server;
    }

    public ScriptedOpenAiServer Enqueue(params ScriptedReply[] replies)
    {
        lock (gate)
        {
            foreach (var reply in replies)
            {
                script.Enqueue(reply);
            }
        }
        return this;
    }

    /// <summary>Forgets the script and the recorded requests: each test starts from a clean model.</summary>
    public void Reset()
    {
        lock (gate)
        {
            script.Clear();
            requests.Clear();
        }
    }

    public int PendingReplies
    {
        get { lock (gate) return script.Count; }
    }

    private async Task HandleCompletionAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var request = new ScriptedRequest(body!);
        ScriptedReply? reply;
        lock (gate)
        {
            requests.Add(request);
            script.TryDequeue(out reply);
        }
        var aborted = context.RequestAborted;
        try
        {
            if (reply is null)
            {
                await WriteErrorAsync(context.Response, 500, "The scripted model has no reply left for this request.");
                return;
            }
            if (reply.HoldUntil is { } hold)
            {
                await hold.WaitAsync(aborted);
            }
            if (reply.Hangs)
            {
                await Task.Delay(Timeout.Infinite, aborted);
            }
            if (reply.ErrorStatus is { } status)
            {
                await WriteErrorAsync(context.Response, status, $"Scripted failure {status}.");
                return;
            }

            if (reply.RawBody is { } raw)
            {
                context.Response.ContentType = request.Streaming ? "text/event-stream" : "application/json";
                await context.Response.WriteAsync(raw, aborted);
                return;
            }

            var id = $"chatcmpl-{Interlocked.Increment(ref completionNumber)}";
            if (request.Streaming)
            {
                await StreamAsync(context.Response, reply, id, request.Model, aborted);
            }
            else
            {
                await context.Response.WriteAsJsonAsync(OpenAiWire.Completion(reply, id, request.Model), aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            request.MarkAbandoned();
        }
    }

    private static async Task StreamAsync(HttpResponse response, ScriptedReply reply, string id, string model, CancellationToken aborted)
    {
        response.ContentType = "text/event-stream";
        await WriteEventAsync(response, OpenAiWire.Chunk(id, model, new { role = "assistant", content = "" }), aborted);
        for (var part = 0; part < reply.TextParts.Count; part++)
        {
            await WriteEventAsync(response, OpenAiWire.Chunk(id, model, new { content = reply.TextParts[part] }), aborted);
            if (part + 1 == reply.PauseAfterParts && reply.ResumeWhen is { } resume)
            {
                await resume.WaitAsync(aborted);
            }
        }
        foreach (var delta in OpenAiWire.ToolCallDeltas(id, reply.ToolCalls))
        {
            await WriteEventAsync(response, OpenAiWire.Chunk(id, model, delta), aborted);
        }
        await WriteEventAsync(response, OpenAiWire.Chunk(id, model, new { }, OpenAiWire.FinishReason(reply)), aborted);
        await response.WriteAsync("data: [DONE]\n\n", aborted);
        await response.Body.FlushAsync(aborted);
    }

    private static async Task WriteEventAsync(HttpResponse response, object chunk, CancellationToken aborted)
    {
        await response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n", aborted);
        await response.Body.FlushAsync(aborted);
    }

    private static Task WriteErrorAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            response.Headers.RetryAfter = "0";
        }
        return response.WriteAsJsonAsync(new { error = new { message, type = "server_error", code = (string?)null } });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
