using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>The official MCP SDK client, connected to the ChatApi's <c>/mcp</c> over Streamable HTTP as a user.</summary>
public static class McpConnections
{
    public static Uri McpEndpoint(this ChatApiFactory factory)
    {
        using var http = factory.CreateClient();
        return new Uri(http.BaseAddress!, "/mcp");
    }

    public static Task<McpClient> ConnectMcpAsync(this ChatApiFactory factory, ApiClient user) => factory.ConnectMcpAsync(user.Token);

    /// <summary>Connects with <paramref name="token"/> as the bearer token, or with no Authorization header at all.</summary>
    public static Task<McpClient> ConnectMcpAsync(this ChatApiFactory factory, string? token) =>
        McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = factory.McpEndpoint(),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = token is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        }));

    public static ValueTask<CallToolResult> CallAsync(this McpClient client, string tool, object arguments) =>
        client.CallToolAsync(tool, System.Text.Json.JsonSerializer.SerializeToElement(arguments, ApiClient.Json)
            .EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value));

    /// <summary>The tool's answer: the JSON in its text content.</summary>
    public static JsonNode Json(this CallToolResult result)
    {
        var text = Assert.Single(result.Content.OfType<TextContentBlock>()).Text;
        return JsonNode.Parse(text)!;
    }
}
