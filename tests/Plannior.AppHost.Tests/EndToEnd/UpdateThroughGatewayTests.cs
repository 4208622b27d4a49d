using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Plannior.AppHost.Tests.Infrastructure;
using Plannior.Testing.TaskUpdates;

namespace Plannior.AppHost.Tests.EndToEnd;

/// <summary>
/// The update matrix (every field × values, and invalid values) as an external agent meets it, through the running
/// system's Gateway: MCP's update_task, and the offline assistant in chat. Each case is its own account, signed up
/// from its own client address, so the Gateway's per-user and per-address limits never shape the outcome.
/// </summary>
[Collection(PlanniorSystemCollection.Name)]
public sealed class UpdateThroughGatewayTests(PlanniorSystemFixture system)
{
    private static int clients;

    [Theory]
    [MemberData(nameof(TaskUpdateCases.Matrix), MemberType = typeof(TaskUpdateCases))]
    public async Task An_mcp_update_naming_one_field_changes_only_that_field(string baselineName, string changeLabel)
    {
        var change = TaskUpdateCases.Change(changeLabel);
        using var user = await SignUpAsync();
        var before = await user.CreateAsync(TaskUpdateCases.Baseline(baselineName));

        var result = await user.McpUpdateAsync(before.Id(), change);

        Assert.True(result.IsError != true, $"MCP refused {change.Label}: {Text(result)}");
        Assert.Empty(TaskUpdateCases.Problems(before, await user.GetAsync(before.Id()), change));
    }

    [Theory]
    [MemberData(nameof(TaskUpdateCases.InvalidMatrix), MemberType = typeof(TaskUpdateCases))]
    public async Task An_invalid_mcp_update_is_an_error_result_and_changes_nothing(string changeLabel)
    {
        var change = TaskUpdateCases.Change(changeLabel);
        using var user = await SignUpAsync();
        var before = await user.CreateAsync(TaskUpdateCases.Baselines[0]);

        var result = await user.McpUpdateAsync(before.Id(), change);

        Assert.True(result.IsError, $"MCP accepted {change.Label}: {Text(result)}");
        Assert.Contains(change.Field, Text(result));
        Assert.True(JsonNode.DeepEquals(before, await user.GetAsync(before.Id())), "the task changed");
    }

    [Theory]
    [MemberData(nameof(AssistantUpdatePhrasings.Matrix), MemberType = typeof(AssistantUpdatePhrasings))]
    public async Task Asking_the_assistant_through_the_gateway_changes_only_the_named_field(string baselineName, string template)
    {
        var phrasing = AssistantUpdatePhrasings.Phrasing(template);
        using var user = await SignUpAsync();
        var before = await user.CreateAsync(TaskUpdateCases.Baseline(baselineName));

        var reply = await user.ChatAsync(phrasing.Message(before.Id()));

        var after = await user.GetAsync(before.Id());
        Assert.True(phrasing.Problems(before, after) is [], $"{string.Join("; ", phrasing.Problems(before, after))} — reply: {reply}");
    }

    private async Task<GatewayUser> SignUpAsync()
    {
        var http = system.Host.CreateHttpClient("gateway");
        using var signup = new HttpRequestMessage(HttpMethod.Post, "/api/auth/signup")
        {
            Content = JsonContent.Create(new { email = GatewayClient.NewEmail(), password = GatewayClient.Password }),
        };
        // The Gateway trusts the AppHost's loopback proxy address, so this is the client address it limits by.
        var client = Interlocked.Increment(ref clients);
        signup.Headers.Add("X-Forwarded-For", $"10.8.{client / 250}.{client % 250 + 1}");
        var body = await GatewayClient.ExpectAsync(await http.SendAsync(signup), HttpStatusCode.Created);
        var token = body.GetProperty("token").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GatewayUser(http, body.GetProperty("user_id").GetString()!, token);
    }

    private static string Text(CallToolResult result) =>
        string.Join("\n", result.Content.OfType<TextContentBlock>().Select(block => block.Text));

    private sealed record GatewayUser(HttpClient Http, string UserId, string Token) : IDisposable
    {
        public void Dispose() => Http.Dispose();

        public async Task<JsonNode> CreateAsync(TaskBaseline baseline)
        {
            var created = await ReadAsync(await Http.PostAsync($"/api/{UserId}/tasks", Json(baseline.Body)), HttpStatusCode.Created);
            if (baseline.Completed)
            {
                await ReadAsync(await Http.PostAsync($"/api/{UserId}/tasks/{created.Id()}/complete", null), HttpStatusCode.OK);
            }
            return await GetAsync(created.Id());
        }

        public async Task<JsonNode> GetAsync(int id) =>
            await ReadAsync(await Http.GetAsync($"/api/{UserId}/tasks/{id}"), HttpStatusCode.OK);

        public async Task<string> ChatAsync(string message)
        {
            var reply = await ReadAsync(await Http.PostAsync($"/api/{UserId}/chat", Json(new JsonObject { ["message"] = message })), HttpStatusCode.OK);
            return reply.ToJsonString();
        }

        public async Task<CallToolResult> McpUpdateAsync(int taskId, FieldChange change)
        {
            await using var mcp = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = new Uri(Http.BaseAddress!, "/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {Token}" },
            }));
            return await mcp.CallToolAsync("update_task", new Dictionary<string, object?>
            {
                ["task_id"] = taskId,
                [change.Field] = JsonSerializer.SerializeToElement(change.Value),
            });
        }

        private static JsonContent Json(JsonNode body) => JsonContent.Create(body.DeepClone());

        private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
        {
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
                return JsonNode.Parse(text)!;
            }
        }
    }
}

internal static class TaskJson
{
    public static int Id(this JsonNode task) => task["id"]!.GetValue<int>();
}
