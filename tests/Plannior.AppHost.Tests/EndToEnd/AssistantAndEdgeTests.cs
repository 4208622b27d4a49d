using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests.EndToEnd;

/// <summary>
/// The assistant, the MCP server and the Gateway's policies as a client meets them: through the running
/// AppHost's gateway, with the offline assistant (no LLM key is configured in tests).
/// </summary>
[Collection(PlanniorSystemCollection.Name)]
public sealed class AssistantAndEdgeTests(PlanniorSystemFixture system)
{
    [Fact]
    public async Task A_chat_through_the_gateway_creates_a_task_the_task_list_then_shows()
    {
        using var http = system.Host.CreateHttpClient("gateway");
        var account = await new GatewayClient(http).SignUpAsync(GatewayClient.NewEmail());

        using var chat = Authorized(account, HttpMethod.Post, $"/api/{account.UserId}/chat");
        chat.Content = JsonContent.Create(new { message = "add renew passport next friday, high priority" });
        var reply = await GatewayClient.ExpectAsync(await http.SendAsync(chat), HttpStatusCode.OK);

        var call = Assert.Single(reply.GetProperty("tool_calls").EnumerateArray());
        Assert.Equal("add_task", call.GetProperty("name").GetString());
        Assert.Equal("en", reply.GetProperty("language").GetString());
        var task = Assert.Single((await new GatewayClient(http).ListTasksAsync(account)).GetProperty("items").EnumerateArray());
        Assert.Equal("Renew passport", task.GetProperty("title").GetString(), ignoreCase: true);
        Assert.Equal("high", task.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task A_streamed_chat_through_the_gateway_sends_its_events_in_order()
    {
        using var http = system.Host.CreateHttpClient("gateway");
        var account = await new GatewayClient(http).SignUpAsync(GatewayClient.NewEmail());

        using var request = Authorized(account, HttpMethod.Post, $"/api/{account.UserId}/chat/stream");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Content = JsonContent.Create(new { message = "کل دودھ خریدنے کا کام شامل کریں" });
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = (await response.Content.ReadAsStringAsync())
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => block.Split('\n').First(line => line.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..])
            .ToList();
        Assert.Equal("conversation", events[0]);
        Assert.Equal("done", events[^1]);
        Assert.True(events.IndexOf("tool_call") < events.IndexOf("tool_result"), string.Join(",", events));
        Assert.Contains("delta", events);
    }

    [Fact]
    public async Task An_mcp_client_manages_tasks_through_the_gateway_with_the_users_token_only()
    {
        using var http = system.Host.CreateHttpClient("gateway");
        var gateway = new GatewayClient(http);
        var owner = await gateway.SignUpAsync(GatewayClient.NewEmail());
        var stranger = await gateway.SignUpAsync(GatewayClient.NewEmail());

        await using (var mcp = await ConnectAsync(http.BaseAddress!, owner))
        {
            var tools = await mcp.ListToolsAsync();
            Assert.Equal(["add_task", "complete_task", "delete_task", "list_tasks", "undo_last_change", "update_task"], tools.Select(t => t.Name).Order());
            var added = await mcp.CallToolAsync("add_task", new Dictionary<string, object?> { ["title"] = "Book flights" });
            Assert.NotEqual(true, added.IsError);
        }
        var taskId = Assert.Single((await gateway.ListTasksAsync(owner)).GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64();

        await using var strangerMcp = await ConnectAsync(http.BaseAddress!, stranger);
        var refused = await strangerMcp.CallToolAsync("delete_task", new Dictionary<string, object?> { ["task_id"] = taskId });

        Assert.True(refused.IsError);
        Assert.Single((await gateway.ListTasksAsync(owner)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_gateway_answers_cors_preflights_only_for_the_web_apps_origin()
    {
        using var http = system.Host.CreateHttpClient("gateway");
        var webOrigin = Aspire.Hosting.Testing.DistributedApplicationHostingTestingExtensions.GetEndpoint(system.Host.App, "web", "http")
            .GetLeftPart(UriPartial.Authority);

        using var allowed = await http.SendAsync(Preflight(webOrigin));
        using var denied = await http.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(webOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_gateway_refuses_a_body_over_64_KiB_with_a_problem()
    {
        using var http = system.Host.CreateHttpClient("gateway");
        var account = await new GatewayClient(http).SignUpAsync(GatewayClient.NewEmail());

        using var request = Authorized(account, HttpMethod.Post, $"/api/{account.UserId}/tasks");
        request.Content = new StringContent($"{{\"title\":\"{new string('x', 65 * 1024)}\"}}", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/api/auth/login")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "content-type,authorization" },
        },
    };

    private static HttpRequestMessage Authorized(Account account, HttpMethod method, string path) =>
        new(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", account.Token) } };

    private static Task<McpClient> ConnectAsync(Uri gateway, Account account) =>
        McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(gateway, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {account.Token}" },
        }));
}
