using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Plannior.ChatApi.Chat.Tools;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tests.Infrastructure;
using Plannior.Testing.TaskUpdates;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// Every field × every way a task is updated (REST PATCH, the tool layer with a model's JSON arguments and with the
/// offline assistant's CLR arguments, MCP, and the assistant in chat): an update changes exactly the field it
/// names, and an invalid value changes nothing at all.
/// </summary>
public sealed class UpdatePathTests(UpdatePathTests.Fixture fixture) : IClassFixture<UpdatePathTests.Fixture>
{
    public const string Rest = "REST PATCH";
    public const string ToolsWithJson = "tools, JSON arguments";
    public const string ToolsWithClrValues = "tools, CLR arguments";
    public const string Mcp = "MCP";

    private static readonly string[] Paths = [Rest, ToolsWithJson, ToolsWithClrValues, Mcp];

    public static IEnumerable<object[]> Updates =>
        from path in Paths from @case in TaskUpdateCases.Matrix select (object[])[path, .. @case];

    public static IEnumerable<object[]> InvalidUpdates =>
        from path in Paths from @case in TaskUpdateCases.InvalidMatrix select (object[])[path, .. @case];

    [Theory]
    [MemberData(nameof(Updates))]
    public async Task An_update_naming_one_field_changes_that_field_and_nothing_else(string path, string baselineName, string changeLabel)
    {
        var user = await fixture.UserAsync();
        var change = TaskUpdateCases.Change(changeLabel);
        var before = await CreateAsync(user, TaskUpdateCases.Baseline(baselineName));

        var accepted = await UpdateAsync(path, user, before.Id(), change);

        Assert.True(accepted.Ok, $"{path} refused {change.Label}: {accepted.Detail}");
        var after = await user.GetTaskAsync(before.Id());
        Assert.Empty(TaskUpdateCases.Problems(before, after, change));
    }

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task An_invalid_value_is_refused_and_the_task_is_left_as_it_was(string path, string changeLabel)
    {
        var user = await fixture.UserAsync();
        var change = TaskUpdateCases.Change(changeLabel);
        var before = await CreateAsync(user, TaskUpdateCases.Baselines[0]);

        var accepted = await UpdateAsync(path, user, before.Id(), change);

        Assert.False(accepted.Ok, $"{path} accepted {change.Label}");
        Assert.Contains(change.Field, accepted.Detail);
        Assert.True(JsonNode.DeepEquals(before, await user.GetTaskAsync(before.Id())), "the task changed");
    }

    [Theory]
    [MemberData(nameof(AssistantUpdatePhrasings.Matrix), MemberType = typeof(AssistantUpdatePhrasings))]
    public async Task Asking_the_assistant_to_change_one_field_changes_only_that_field(string baselineName, string template)
    {
        // A user of their own, so a task named in the message ("the dentist") is the only one it can mean.
        var user = await fixture.NewUserAsync();
        var phrasing = AssistantUpdatePhrasings.Phrasing(template);
        var before = await CreateAsync(user, TaskUpdateCases.Baseline(baselineName));

        var reply = await user.PostAsync($"/api/{user.UserId}/chat", new { message = phrasing.Message(before.Id()) });

        reply.AssertStatus(HttpStatusCode.OK);
        Assert.NotEmpty(reply.Body!["tool_calls"]!.AsArray());
        var after = await user.GetTaskAsync(before.Id());
        Assert.True(phrasing.Problems(before, after) is [], string.Join("; ", phrasing.Problems(before, after)) + $" — reply: {reply.Text}");
    }

    internal static async Task<JsonNode> CreateAsync(ApiClient user, TaskBaseline baseline)
    {
        var created = await user.NewTaskAsync(baseline.Body.DeepClone());
        if (baseline.Completed)
        {
            await user.CompleteTaskAsync(created.Id());
        }
        return await user.GetTaskAsync(created.Id());
    }

    private async Task<(bool Ok, string Detail)> UpdateAsync(string path, ApiClient user, int taskId, FieldChange change)
    {
        switch (path)
        {
            case Rest:
                var response = await user.PatchAsync(user.TaskPath(taskId), new JsonObject { [change.Field] = change.Value?.DeepClone() });
                return (response.Status == HttpStatusCode.OK, response.Text);
            case ToolsWithJson or ToolsWithClrValues:
                await using (var scope = fixture.Services.CreateAsyncScope())
                {
                    var arguments = new Dictionary<string, object?>
                    {
                        ["task_id"] = path == ToolsWithJson ? JsonSerializer.SerializeToElement(taskId) : taskId,
                        [change.Field] = path == ToolsWithJson ? JsonSerializer.SerializeToElement(change.Value) : TaskUpdateCases.ToClr(change.Value),
                    };
                    var result = await scope.ServiceProvider.GetRequiredService<TaskTools>()
                        .InvokeAsync(TaskTools.UpdateTask, Guid.Parse(user.UserId), new ToolArguments(arguments), CancellationToken.None);
                    return ToolOutcome(JsonSerializer.SerializeToNode(result, result.GetType(), WireJson.Options)!);
                }
            case Mcp:
                await using (var mcp = await fixture.ConnectMcpAsync(user))
                {
                    var result = await mcp.CallAsync(TaskTools.UpdateTask, new JsonObject { ["task_id"] = taskId, [change.Field] = change.Value?.DeepClone() });
                    var (ok, detail) = ToolOutcome(result.Json());
                    return (ok && result.IsError != true, detail);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(path), path, null);
        }
    }

    private static (bool Ok, string Detail) ToolOutcome(JsonNode result) =>
        (result["status"]?.GetValue<string>() == "updated", result.ToJsonString());

    public sealed class Fixture : ChatApiFactory
    {
        private readonly Lazy<Task<ApiClient>> sharedUser;

        public Fixture() => sharedUser = new(() => NewUserAsync());

        /// <summary>One user for the field matrix: signing up is the slow part, and every case makes its own task.</summary>
        public Task<ApiClient> UserAsync() => sharedUser.Value;

        public Task<ApiClient> NewUserAsync() => CreateApiClient().SignUpAsync();
    }
}
