using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Changes;

/// <summary>API.md's /changes: every change to a task is recorded with its before and after, and can be undone once.</summary>
public sealed class ChangeFeedTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private static readonly object Dentist = new
    {
        title = "Dentist", description = "Bring the card", priority = "high", tags = new[] { "health" },
        due_at = "2031-03-04T09:00:00Z", remind_at = "2031-03-04T08:00:00Z",
    };

    /// <summary>Each action, made through REST, and how to make it.</summary>
    public static TheoryData<string> Actions => new() { "created", "updated", "completed", "reopened", "deleted" };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Each_action_is_recorded_with_the_task_before_and_after_and_undoing_it_puts_the_task_back(string action)
    {
        var user = await factory.NewUserAsync();
        var (taskId, before) = await ActAsync(user, action);

        var change = (await ChangesAsync(user))["items"]![0]!;
        Assert.Equal((action, taskId, "api"), (change.Str("action"), change.Int("task_id"), change.Str("source")));
        Assert.True(change.IsNull("undone_at"));
        Assert.True(JsonNode.DeepEquals(Without(before, "updated_at"), Without(change["before"], "updated_at")),
            $"before: {before?.ToJsonString()} vs {change["before"]?.ToJsonString()}");
        var current = await user.GetAsync(user.TaskPath(taskId));
        Assert.True(action == "deleted" ? change["after"] is null : JsonNode.DeepEquals(current.Body, change["after"]),
            $"after: {current.Text} vs {change["after"]?.ToJsonString()}");

        var undo = await user.PostAsync($"/api/{user.UserId}/changes/{change.Int("id")}/undo");

        undo.AssertStatus(HttpStatusCode.OK);
        Assert.False(undo.Body!["change"].IsNull("undone_at"));
        var restored = await user.GetAsync(user.TaskPath(taskId));
        if (before is null)
        {
            restored.AssertProblem(HttpStatusCode.NotFound);
            Assert.True(undo.Body.IsNull("task"));
        }
        else
        {
            restored.AssertStatus(HttpStatusCode.OK);
            Assert.True(JsonNode.DeepEquals(Without(before, "updated_at"), Without(restored.Body, "updated_at")),
                $"restored {restored.Text}, expected {before.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(restored.Body, undo.Body["task"]));
        }
    }

    [Fact]
    public async Task Undoing_twice_or_an_older_change_of_the_same_task_is_a_conflict()
    {
        var user = await factory.NewUserAsync();
        var taskId = (await user.NewTaskAsync(Dentist)).Id();
        await user.PatchAsync(user.TaskPath(taskId), new { title = "Dentist at 9" });
        await user.PatchAsync(user.TaskPath(taskId), new { priority = "low" });
        var feed = (await ChangesAsync(user))["items"]!.AsArray();
        var (latest, older) = (feed[0]!.Int("id"), feed[1]!.Int("id"));

        (await user.PostAsync($"/api/{user.UserId}/changes/{older}/undo")).AssertProblem(HttpStatusCode.Conflict);
        (await user.PostAsync($"/api/{user.UserId}/changes/{latest}/undo")).AssertStatus(HttpStatusCode.OK);
        (await user.PostAsync($"/api/{user.UserId}/changes/{latest}/undo")).AssertProblem(HttpStatusCode.Conflict);
        // with the latest undone, the one before it is now the latest: undo walks back one change at a time
        (await user.PostAsync($"/api/{user.UserId}/changes/{older}/undo")).AssertStatus(HttpStatusCode.OK);

        var task = await user.GetTaskAsync(taskId);
        Assert.Equal(("Dentist", "high"), (task.Str("title"), task.Str("priority")));
    }

    [Fact]
    public async Task Undoing_the_completion_of_a_recurring_task_removes_the_occurrence_it_made()
    {
        var user = await factory.NewUserAsync();
        var taskId = (await user.NewTaskAsync(new { title = "Pay rent", recurrence = "FREQ=MONTHLY;BYMONTHDAY=1", due_at = "2031-01-01T09:00:00Z" })).Id();
        var completion = await user.CompleteTaskAsync(taskId);
        var nextId = completion["next_task"].Id();
        var change = (await ChangesAsync(user))["items"]![0]!;

        (await user.PostAsync($"/api/{user.UserId}/changes/{change.Int("id")}/undo")).AssertStatus(HttpStatusCode.OK);

        (await user.GetAsync(user.TaskPath(nextId))).AssertProblem(HttpStatusCode.NotFound);
        Assert.False((await user.GetTaskAsync(taskId)).Bool("completed"));
        // completing again makes a fresh occurrence, exactly one
        var again = await user.CompleteTaskAsync(taskId);
        Assert.Equal(2, (await user.ListTasksAsync()).Int("total_count"));
        Assert.NotEqual(nextId, again["next_task"].Id());
    }

    [Fact]
    public async Task No_op_changes_are_not_recorded()
    {
        var user = await factory.NewUserAsync();
        var taskId = (await user.NewTaskAsync(Dentist)).Id();
        await user.PatchAsync(user.TaskPath(taskId), new { title = "Dentist" });
        await user.PostAsync($"{user.TaskPath(taskId)}/reopen");
        await user.CompleteTaskAsync(taskId);
        await user.CompleteTaskAsync(taskId);

        var actions = (await ChangesAsync(user))["items"]!.AsArray().Select(c => c.Str("action"));

        Assert.Equal(["completed", "created"], actions);
    }

    [Fact]
    public async Task Another_users_changes_are_not_found_and_are_never_listed()
    {
        var owner = await factory.NewUserAsync();
        var stranger = await factory.NewUserAsync();
        var taskId = (await owner.NewTaskAsync(Dentist)).Id();
        var changeId = (await ChangesAsync(owner))["items"]![0]!.Int("id");

        (await stranger.PostAsync($"/api/{stranger.UserId}/changes/{changeId}/undo")).AssertProblem(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/{owner.UserId}/changes/{changeId}/undo")).AssertProblem(HttpStatusCode.Forbidden);

        Assert.Equal(0, (await ChangesAsync(stranger)).Int("total_count"));
        (await owner.GetAsync(owner.TaskPath(taskId))).AssertStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("offset=-1", "offset")]
    public async Task Bad_paging_is_a_validation_problem(string query, string field)
    {
        var user = await factory.NewUserAsync();

        (await user.GetAsync($"/api/{user.UserId}/changes?{query}")).AssertValidationError(field);
    }

    [Fact]
    public async Task The_feed_pages_newest_first()
    {
        var user = await factory.NewUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await user.NewTaskAsync(new { title = $"Task {i}" });
        }

        var page = await ChangesAsync(user, "limit=2&offset=1");

        Assert.Equal((5, 2, 1, true), (page.Int("total_count"), page.Int("limit"), page.Int("offset"), page.Bool("has_more")));
        Assert.Equal(["Task 3", "Task 2"], page["items"]!.AsArray().Select(c => c!["after"].Str("title")));
    }

    [Fact]
    public async Task Undo_in_chat_reverts_the_conversations_latest_change_and_says_plainly_when_there_is_none()
    {
        var user = await factory.NewUserAsync();
        var fresh = await user.PostAsync($"/api/{user.UserId}/chat", new { message = "undo" });
        var added = await user.PostAsync($"/api/{user.UserId}/chat", new { message = "add buy stamps" });
        var conversation = added.Body!["conversation_id"]!.GetValue<string>();

        var undone = await user.PostAsync($"/api/{user.UserId}/chat", new { message = "undo that", conversation_id = conversation });

        Assert.Contains("nothing to undo", fresh.Body!["response"]!.GetValue<string>());
        Assert.DoesNotContain("#", fresh.Body["response"]!.GetValue<string>());
        Assert.Equal("undo_last_change", undone.Body!["tool_calls"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(0, (await user.ListTasksAsync()).Int("total_count"));
        Assert.False((await ChangesAsync(user))["items"]![0].IsNull("undone_at"));
    }

    private static async Task<(int TaskId, JsonNode? Before)> ActAsync(ApiClient user, string action)
    {
        if (action == "created")
        {
            return ((await user.NewTaskAsync(Dentist)).Id(), null);
        }
        var taskId = (await user.NewTaskAsync(Dentist)).Id();
        if (action == "reopened")
        {
            await user.CompleteTaskAsync(taskId);
        }
        var before = await user.GetTaskAsync(taskId);
        var response = action switch
        {
            "updated" => await user.PatchAsync(user.TaskPath(taskId), new { title = "Orthodontist", priority = "low", tags = Array.Empty<string>() }),
            "completed" => await user.PostAsync($"{user.TaskPath(taskId)}/complete"),
            "reopened" => await user.PostAsync($"{user.TaskPath(taskId)}/reopen"),
            _ => await user.DeleteAsync(user.TaskPath(taskId)),
        };
        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.NoContent, response.Text);
        return (taskId, before);
    }

    private static async Task<JsonNode> ChangesAsync(ApiClient user, string query = "")
    {
        var response = await user.GetAsync($"/api/{user.UserId}/changes?{query}");
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    private static JsonNode? Without(JsonNode? task, string field)
    {
        if (task?.DeepClone() is not JsonObject copy)
        {
            return null;
        }
        copy.Remove(field);
        return copy;
    }
}
