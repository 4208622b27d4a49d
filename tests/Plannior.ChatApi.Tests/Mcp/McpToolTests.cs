using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Mcp;

/// <summary>API.md: <c>/mcp</c> offers the five task tools to an external MCP client, acting as the bearer token's user.</summary>
public sealed class McpToolTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private static readonly string[] TaskTools = ["add_task", "complete_task", "delete_task", "list_tasks", "undo_last_change", "update_task"];

    [Fact]
    public async Task The_server_lists_exactly_the_task_tools_of_the_contract()
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var tools = await mcp.ListToolsAsync();

        Assert.Equal(TaskTools, tools.Select(tool => tool.Name).Order());
        Assert.All(tools, tool => Assert.False(string.IsNullOrWhiteSpace(tool.Description)));
        var addTask = tools.Single(tool => tool.Name == "add_task").JsonSchema;
        Assert.Equal("title", Assert.Single(addTask.GetProperty("required").EnumerateArray()).GetString());
        Assert.True(tools.Single(tool => tool.Name == "complete_task").JsonSchema.GetProperty("properties").TryGetProperty("task_id", out _));
    }

    [Fact]
    public async Task Each_tool_changes_the_users_tasks_as_rest_sees_them()
    {
        var alice = await factory.NewUserAsync(timezone: "Asia/Karachi");
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var added = (await mcp.CallAsync("add_task", new
        {
            title = "Submit tax return", priority = "high", tags = new[] { "finance" }, due_at = "2030-03-31T17:00:00",
        })).Json();
        var taskId = added.Int("task_id");
        Assert.Equal("created", added.Str("status"));
        var task = await alice.GetTaskAsync(taskId);
        Assert.Equal(("Submit tax return", "high"), (task.Str("title"), task.Str("priority")));
        Assert.Equal(new DateTimeOffset(2030, 3, 31, 12, 0, 0, TimeSpan.Zero), task.Instant("due_at"));

        var listed = (await mcp.CallAsync("list_tasks", new { status = "pending", tag = "finance" })).Json();
        Assert.Equal([taskId], listed.AsArray().Select(item => item!.Id()));

        var updated = (await mcp.CallAsync("update_task", new { task_id = taskId, title = "Submit the tax return", priority = "low" })).Json();
        Assert.Equal("updated", updated.Str("status"));
        Assert.Equal(("Submit the tax return", "low"), ((await alice.GetTaskAsync(taskId)).Str("title"), (await alice.GetTaskAsync(taskId)).Str("priority")));

        var completed = (await mcp.CallAsync("complete_task", new { task_id = taskId })).Json();
        Assert.Equal("completed", completed.Str("status"));
        Assert.True((await alice.GetTaskAsync(taskId))["completed"]!.GetValue<bool>());

        var deleted = (await mcp.CallAsync("delete_task", new { task_id = taskId })).Json();
        Assert.Equal(("deleted", "Submit the tax return"), (deleted.Str("status"), deleted.Str("title")));
        (await alice.GetAsync(alice.TaskPath(taskId))).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tool_error_is_an_error_result_the_client_can_show()
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var missing = await mcp.CallAsync("complete_task", new { task_id = 424242 });
        var badDate = await mcp.CallAsync("add_task", new { title = "Dentist", due_at = "someday" });

        Assert.True(missing.IsError);
        Assert.Contains("424242", missing.Json().Str("error"));
        Assert.True(badDate.IsError);
        Assert.Contains("due_at", badDate.Json().Str("error"));
        Assert.Equal(0, (await alice.ListTasksAsync()).Int("total_count"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    public async Task Without_a_valid_token_mcp_is_a_401(string? token)
    {
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => factory.ConnectMcpAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("""{"add_tags": ["Errands", "#home"]}""", new[] { "health", "family", "errands", "home" })]
    [InlineData("""{"remove_tags": ["HEALTH"]}""", new[] { "family" })]
    [InlineData("""{"add_tags": ["errands"], "remove_tags": ["family", "errands"]}""", new[] { "health" })]
    [InlineData("""{"remove_tags": ["not-there"]}""", new[] { "health", "family" })]
    public async Task Tags_can_be_added_and_removed_without_restating_them(string edit, string[] expected)
    {
        var alice = await factory.NewUserAsync();
        var taskId = (await alice.NewTaskAsync(new { title = "Dentist", priority = "high", tags = new[] { "health", "family" } })).Id();
        await using var mcp = await factory.ConnectMcpAsync(alice);
        var arguments = System.Text.Json.Nodes.JsonNode.Parse(edit)!.AsObject();
        arguments["task_id"] = taskId;

        var result = await mcp.CallAsync("update_task", arguments);

        Assert.NotEqual(true, result.IsError);
        var task = await alice.GetTaskAsync(taskId);
        Assert.Equal(expected, task.Strings("tags"));
        Assert.Equal("high", task.Str("priority"));
    }

    [Fact]
    public async Task Tags_and_tag_edits_together_are_refused_and_change_nothing()
    {
        var alice = await factory.NewUserAsync();
        var taskId = (await alice.NewTaskAsync(new { title = "Dentist", tags = new[] { "health" } })).Id();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var result = await mcp.CallAsync("update_task", new { task_id = taskId, tags = new[] { "work" }, add_tags = new[] { "home" } });
        var tooMany = await mcp.CallAsync("update_task", new { task_id = taskId, add_tags = Enumerable.Range(1, 10).Select(i => $"t{i}").ToArray() });

        Assert.True(result.IsError);
        Assert.True(tooMany.IsError);
        Assert.Contains("tags", tooMany.Json().Str("error"));
        Assert.Equal(["health"], (await alice.GetTaskAsync(taskId)).Strings("tags"));
    }

    [Theory]
    [InlineData("list_tasks", true, false, true)]
    [InlineData("add_task", false, false, false)]
    [InlineData("complete_task", false, false, true)]
    [InlineData("delete_task", false, true, false)]
    [InlineData("update_task", false, false, true)]
    [InlineData("undo_last_change", false, true, false)]
    public async Task Each_tool_declares_its_annotations_and_an_object_output_schema(string name, bool readOnly, bool destructive, bool idempotent)
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var tool = (await mcp.ListToolsAsync()).Single(t => t.Name == name).ProtocolTool;

        Assert.Equal((readOnly, destructive, idempotent, false),
            (tool.Annotations?.ReadOnlyHint, tool.Annotations?.DestructiveHint, tool.Annotations?.IdempotentHint, tool.Annotations?.OpenWorldHint));
        var output = tool.OutputSchema!.Value;
        Assert.True(output.TryGetProperty("properties", out _) || output.TryGetProperty("anyOf", out _), output.GetRawText());
    }

    [Fact]
    public async Task Results_come_as_structured_content_matching_the_text()
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var added = await mcp.CallAsync("add_task", new { title = "Renew passport", priority = "high" });
        var listed = await mcp.CallAsync("list_tasks", new { });

        var structured = System.Text.Json.Nodes.JsonNode.Parse(added.StructuredContent!.Value.GetRawText())!;
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(added.Json(), structured));
        Assert.Equal("high", structured.Str("priority"));
        var tasks = System.Text.Json.Nodes.JsonNode.Parse(listed.StructuredContent!.Value.GetRawText())!["tasks"]!.AsArray();
        Assert.Equal(["Renew passport"], tasks.Select(t => t.Str("title")));
    }

    [Fact]
    public async Task A_batch_reports_each_tasks_outcome_and_a_missing_one_stops_nothing()
    {
        var alice = await factory.NewUserAsync();
        var bob = await factory.NewUserAsync();
        var ids = new List<int>();
        foreach (var title in new[] { "One", "Two", "Three" })
        {
            ids.Add((await alice.NewTaskAsync(new { title })).Id());
        }
        var bobs = (await bob.NewTaskAsync(new { title = "Bob's" })).Id();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var completed = (await mcp.CallAsync("complete_task", new { task_ids = new[] { ids[0], ids[1], bobs } })).Json();
        var deleted = (await mcp.CallAsync("delete_task", new { task_ids = new[] { ids[1], ids[2] } })).Json();

        Assert.Equal(("partial", 2, 1), (completed.Str("status"), completed.Int("succeeded"), completed.Int("failed")));
        Assert.Equal(["completed", "completed"], completed["results"]!.AsArray().Take(2).Select(r => r.Str("status")));
        Assert.Contains(bobs.ToString(System.Globalization.CultureInfo.InvariantCulture), completed["results"]![2].Str("error"));
        Assert.Equal(("deleted", 2), (deleted.Str("status"), deleted.Int("succeeded")));
        Assert.Equal([ids[0]], (await alice.ListTasksAsync()).Ids());
        Assert.False((await bob.GetTaskAsync(bobs)).Bool("completed"));
    }

    [Theory]
    [InlineData("""{"task_ids": []}""")]
    [InlineData("""{"task_ids": "1,2"}""")]
    [InlineData("""{"task_ids": [1, "x"]}""")]
    [InlineData("""{"task_id": 1, "task_ids": [1]}""")]
    public async Task A_malformed_batch_is_an_error_result(string arguments)
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);

        var result = await mcp.CallAsync("delete_task", System.Text.Json.Nodes.JsonNode.Parse(arguments)!);

        Assert.True(result.IsError);
        Assert.Contains("task_id", result.Json().Str("error"));
    }

    [Fact]
    public async Task Undo_last_change_reverts_the_latest_mcp_change_then_the_one_before()
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);
        var taskId = (await mcp.CallAsync("add_task", new { title = "Dentist", priority = "high" })).Json().Int("task_id");
        await mcp.CallAsync("update_task", new { task_id = taskId, priority = "low" });

        var first = (await mcp.CallAsync("undo_last_change", new { })).Json();
        Assert.Equal(("undone", "updated"), (first.Str("status"), first.Str("action")));
        Assert.Equal("high", (await alice.GetTaskAsync(taskId)).Str("priority"));

        var second = (await mcp.CallAsync("undo_last_change", new { })).Json();
        Assert.Equal("created", second.Str("action"));
        (await alice.GetAsync(alice.TaskPath(taskId))).AssertProblem(HttpStatusCode.NotFound);

        var nothing = await mcp.CallAsync("undo_last_change", new { });
        Assert.True(nothing.IsError);
    }

    [Fact]
    public async Task Argument_schemas_carry_the_contracts_names_limits_and_enums()
    {
        var alice = await factory.NewUserAsync();
        await using var mcp = await factory.ConnectMcpAsync(alice);
        var tools = (await mcp.ListToolsAsync()).ToDictionary(t => t.Name, t => System.Text.Json.Nodes.JsonNode.Parse(t.JsonSchema.GetRawText())!);

        var add = tools["add_task"];
        Assert.Equal(["title"], add["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(200, add["properties"]!["title"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(2000, add["properties"]!["description"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(10, add["properties"]!["tags"]!["maxItems"]!.GetValue<int>());
        Assert.Equal(32, add["properties"]!["tags"]!["items"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(["low", "medium", "high"], add["properties"]!["priority"]!["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>()));
        Assert.True(add["properties"]!.AsObject().ContainsKey("due_at"), add.ToJsonString());
        Assert.Equal(["task_id"], tools["update_task"]["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["all", "pending", "completed"], tools["list_tasks"]["properties"]!["status"]!["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>()));
        Assert.Equal(50, tools["delete_task"]["properties"]!["task_ids"]!["maxItems"]!.GetValue<int>());
        Assert.Null(tools["complete_task"]["required"]);
    }
}
