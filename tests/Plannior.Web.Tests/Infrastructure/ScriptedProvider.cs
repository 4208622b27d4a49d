using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>
/// An OpenAI-compatible chat completions endpoint with fixed behaviour per user message, so the browser tests
/// can see what the offline assistant never does: a reply long enough to stop, and a provider that fails after
/// a tool has run. It streams the way the real API does (<c>data: {chunk}</c> frames, then <c>[DONE]</c>).
/// </summary>
public sealed class ScriptedProvider : IAsyncDisposable
{
    /// <summary>A reply of <see cref="LongReplySteps"/> short chunks, paced like a model writing.</summary>
    public const string LongReplyPrompt = "plan my whole year step by step";

    /// <summary>Calls add_task, then fails to write the answer while <see cref="FailAfterTool"/> is set.</summary>
    public const string FailingToolPrompt = "add pay the gas bill";

    public const int LongReplySteps = 600;

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ScriptedProvider()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string BaseUrl { get; }

    public volatile bool FailAfterTool = true;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (context.Request.HttpMethod != "POST")
            {
                await WriteAsync(response, 200, "application/json", """{"object":"list","data":[{"id":"scripted","object":"model"}]}""");
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = JsonNode.Parse(await reader.ReadToEndAsync())!;
            var messages = request["messages"]!.AsArray();
            var lastUser = messages.LastOrDefault(m => (string?)m!["role"] == "user")?["content"]?.ToString() ?? "";
            var afterTool = (string?)messages[^1]!["role"] == "tool";

            if (lastUser.Contains(LongReplyPrompt, StringComparison.OrdinalIgnoreCase))
            {
                await StreamAsync(response, Enumerable.Range(1, LongReplySteps).Select(i => Text($"Step {i}. ")), paced: true);
            }
            else if (lastUser.Contains(FailingToolPrompt, StringComparison.OrdinalIgnoreCase) && !afterTool)
            {
                await StreamAsync(response, [ToolCall("add_task", """{"title":"Pay the gas bill"}""")], paced: false);
            }
            else if (afterTool && FailAfterTool && lastUser.Contains(FailingToolPrompt, StringComparison.OrdinalIgnoreCase))
            {
                await WriteAsync(response, 500, "application/json", """{"error":{"message":"scripted provider failure","type":"server_error"}}""");
            }
            else
            {
                await StreamAsync(response, [Text(afterTool ? "Added it." : "OK.")], paced: false);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the caller hung up (Stop): nothing more to write
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private async Task StreamAsync(HttpListenerResponse response, IEnumerable<JsonObject> deltas, bool paced)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var output = response.OutputStream;
        var first = true;
        foreach (var delta in deltas)
        {
            if (first)
            {
                delta["role"] = "assistant";
                first = false;
            }
            await WriteFrameAsync(output, Chunk(delta, null));
            if (paced)
            {
                // a model writes a few words at a time; long enough that a person can press Stop midway
                await Task.Delay(50, _stop.Token);
            }
        }
        var finish = deltas.Any(d => d.ContainsKey("tool_calls")) ? "tool_calls" : "stop";
        await WriteFrameAsync(output, Chunk(new JsonObject(), finish));
        await WriteFrameAsync(output, "[DONE]");
    }

    private static async Task WriteFrameAsync(Stream output, string data)
    {
        await output.WriteAsync(Encoding.UTF8.GetBytes($"data: {data}\n\n"));
        await output.FlushAsync();
    }

    private static string Chunk(JsonObject delta, string? finish) => new JsonObject
    {
        ["id"] = "chatcmpl-scripted",
        ["object"] = "chat.completion.chunk",
        ["created"] = 0,
        ["model"] = "scripted",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
    }.ToJsonString();

    private static JsonObject Text(string text) => new() { ["content"] = text };

    private static JsonObject ToolCall(string name, string arguments) => new()
    {
        ["tool_calls"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["id"] = $"call_{Guid.NewGuid():N}",
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments },
        }),
    };

    private static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, string body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}

/// <summary>The whole system with the assistant talking to <see cref="ScriptedProvider"/> instead of the offline one.</summary>
public sealed class ScriptedProviderAppFixture : PlanniorAppFixture
{
    public ScriptedProvider Provider { get; } = new();

    protected override void Configure(IDistributedApplicationTestingBuilder builder) =>
        builder.CreateResourceBuilder<ProjectResource>("chat-api")
            .WithEnvironment("Llm__ApiKey", "scripted-key")
            .WithEnvironment("Llm__BaseUrl", Provider.BaseUrl)
            .WithEnvironment("Llm__Model", "scripted")
            .WithEnvironment("Llm__FallbackModels__0", "scripted-fallback")
            .WithEnvironment("Llm__MaxRetries", "0");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ScriptedProviderCollection : ICollectionFixture<ScriptedProviderAppFixture>
{
    public const string Name = "Plannior system with a scripted LLM provider";
}
