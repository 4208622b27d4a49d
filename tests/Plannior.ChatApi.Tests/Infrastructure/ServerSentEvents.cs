using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Plannior.ChatApi.Tests.Infrastructure;

public sealed record ServerSentEvent(string Name, JsonNode Data);

/// <summary>Reads <c>/chat/stream</c> as a browser would: one event at a time, as the server flushes it.</summary>
public sealed class ServerSentEventStream(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
{
    public HttpResponseMessage Response { get; } = response;

    public static async Task<ServerSentEventStream> OpenAsync(ApiClient api, object body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{api.UserId}/chat/stream")
        {
            Content = JsonContent.Create(body, options: ApiClient.Json),
        };
        var response = await api.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return new ServerSentEventStream(response, new StreamReader(stream, Encoding.UTF8));
    }

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<ServerSentEvent?> NextAsync(CancellationToken cancellationToken = default)
    {
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return new ServerSentEvent(name ?? "message", JsonNode.Parse(data.ToString())!);
                }
                continue;
            }
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<ServerSentEvent>> ReadToEndAsync(CancellationToken cancellationToken = default)
    {
        var events = new List<ServerSentEvent>();
        while (await NextAsync(cancellationToken) is { } next)
        {
            events.Add(next);
        }
        return events;
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        Response.Dispose();
        return ValueTask.CompletedTask;
    }
}
