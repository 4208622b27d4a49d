using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Plannior.Gateway.Tests.Infrastructure;

public static class Http
{
    /// <summary>A body of unknown length, so HttpClient must send it chunked (no Content-Length).</summary>
    public sealed class ChunkedContent(byte[] data) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < data.Length; offset += 8 * 1024)
            {
                await stream.WriteAsync(data.AsMemory(offset, Math.Min(8 * 1024, data.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public static string? Value(this HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("trace_id").GetString()));
        return problem;
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with <paramref name="what"/> after <paramref name="within"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> attempt, Func<T, bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var result = await attempt();
            if (condition(result))
            {
                return result;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {within} waiting for {what}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
