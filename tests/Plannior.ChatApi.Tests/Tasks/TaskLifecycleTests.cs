using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>Get, partial update, complete, reopen and delete of one task.</summary>
public sealed class TaskLifecycleTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private static readonly object FullTask = new
    {
        title = "Water the plants",
        description = "Balcony and kitchen",
        priority = "low",
        tags = new[] { "home" },
        due_at = "2031-06-02T09:00:00Z",
        remind_at = "2031-06-02T08:00:00Z",
        recurrence = "FREQ=WEEKLY;BYDAY=MO",
    };

    [Fact]
    public async Task Get_by_id_returns_the_task_and_an_unknown_id_is_a_404()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(FullTask);

        var fetched = await api.GetTaskAsync(created.Id());

        Assert.True(JsonNode.DeepEquals(created, fetched), $"{created.ToJsonString()} vs {fetched.ToJsonString()}");
        (await api.GetAsync(api.TaskPath(created.Id() + 1000))).AssertProblem(HttpStatusCode.NotFound);
        (await api.GetAsync(api.TaskPath(-1))).AssertProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_sent()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(FullTask);

        var response = await api.PatchAsync(api.TaskPath(created.Id()), new { title = "  Water the garden " });

        response.AssertStatus(HttpStatusCode.OK);
        var updated = response.Body!;
        Assert.Equal("Water the garden", updated.Str("title"));
        Assert.True(updated.Instant("updated_at") >= created.Instant("updated_at"));
        foreach (var field in new[] { "id", "description", "completed", "priority", "tags", "due_at", "remind_at", "recurrence", "created_at", "completed_at" })
        {
            Assert.True(JsonNode.DeepEquals(created[field], updated[field]), $"{field} changed: {created[field]} → {updated[field]}");
        }
        Assert.True(JsonNode.DeepEquals(updated, await api.GetTaskAsync(created.Id())));
    }

    [Fact]
    public async Task Patch_with_explicit_null_clears_nullable_fields()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(FullTask);

        var response = await api.PatchAsync(api.TaskPath(created.Id()),
            """{"due_at": null, "remind_at": null, "description": null, "recurrence": null}""");

        response.AssertStatus(HttpStatusCode.OK);
        var stored = await api.GetTaskAsync(created.Id());
        foreach (var field in new[] { "due_at", "remind_at", "description", "recurrence" })
        {
            Assert.True(stored.IsNull(field), $"{field} should be cleared: {stored.ToJsonString()}");
        }
        Assert.Equal("Water the plants", stored.Str("title"));
        Assert.Equal("low", stored.Str("priority"));
        Assert.Equal(["home"], stored.Strings("tags"));
    }

    [Fact]
    public async Task Patch_sets_every_field_with_the_create_rules()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(new { title = "Plain" });

        var updated = (await api.PatchAsync(api.TaskPath(created.Id()), new
        {
            description = "Now described", priority = "high", tags = new[] { "#Work", "WORK", "q3" },
            due_at = "2031-01-01T12:00:00-03:00", recurrence = "freq=daily",
        })).AssertStatus(HttpStatusCode.OK).Body!;

        Assert.Equal("Now described", updated.Str("description"));
        Assert.Equal("high", updated.Str("priority"));
        Assert.Equal(["work", "q3"], updated.Strings("tags"));
        Assert.Equal("2031-01-01T15:00:00Z", updated.Str("due_at"));
        Assert.Equal("FREQ=DAILY", updated.Str("recurrence"));
    }

    [Theory]
    [InlineData("""{"priority": null}""", "priority")]
    [InlineData("""{"title": null}""", "title")]
    [InlineData("""{"title": "   "}""", "title")]
    [InlineData("""{"completed": null}""", "completed")]
    [InlineData("""{"recurrence": "sometimes"}""", "recurrence")]
    [InlineData("""{"tags": ["ok", ""]}""", "tags")]
    [InlineData("""{"priority": "urgent"}""", "priority")]
    [InlineData("""{"due_at": "next tuesday"}""", "due_at")]
    [InlineData("""{"title": 42}""", "title")]
    public async Task Invalid_patch_is_a_400_and_changes_nothing(string body, string field)
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(FullTask);

        var response = await api.PatchAsync(api.TaskPath(created.Id()), body);

        response.AssertValidationError(field);
        Assert.True(JsonNode.DeepEquals(created, await api.GetTaskAsync(created.Id())));
    }

    [Fact]
    public async Task Complete_is_idempotent_for_a_one_off_task()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(new { title = "File taxes" });
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var first = await api.CompleteTaskAsync(created.Id());
        var second = await api.CompleteTaskAsync(created.Id());

        Assert.Equal(["task", "next_task"], first.AsObject().Select(p => p.Key));
        Assert.True(first["task"]!["completed"]!.GetValue<bool>());
        Assert.InRange(first["task"]!.Instant("completed_at"), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.True(first.IsNull("next_task"));
        Assert.True(second.IsNull("next_task"));
        Assert.Equal(first["task"]!.Str("completed_at"), second["task"]!.Str("completed_at"));
        Assert.True(JsonNode.DeepEquals(first["task"], await api.GetTaskAsync(created.Id())));
        Assert.Single((await api.ListTasksAsync()).Ids());
    }

    [Fact]
    public async Task Reopen_makes_a_completed_task_pending_again()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(new { title = "Call the bank" });
        await api.CompleteTaskAsync(created.Id());

        var response = await api.PostAsync($"{api.TaskPath(created.Id())}/reopen");

        response.AssertStatus(HttpStatusCode.OK);
        Assert.False(response.Body!["completed"]!.GetValue<bool>());
        Assert.True(response.Body.IsNull("completed_at"));
        Assert.Equal(created.Id(), response.Body.Id());
        var again = await api.PostAsync($"{api.TaskPath(created.Id())}/reopen");
        Assert.True(JsonNode.DeepEquals(response.Body, again.AssertStatus(HttpStatusCode.OK).Body));
        Assert.Equal([created.Id()], (await api.ListTasksAsync("status=pending")).Ids());
    }

    [Fact]
    public async Task Patch_completed_flag_completes_and_reopens()
    {
        var api = await factory.NewUserAsync();
        var created = await api.NewTaskAsync(new { title = "Flip me" });

        var done = (await api.PatchAsync(api.TaskPath(created.Id()), new { completed = true })).AssertStatus(HttpStatusCode.OK).Body!;
        Assert.True(done["completed"]!.GetValue<bool>());
        Assert.True(done.Instant("completed_at") > DateTimeOffset.UtcNow.AddMinutes(-1));

        var open = (await api.PatchAsync(api.TaskPath(created.Id()), new { completed = false })).AssertStatus(HttpStatusCode.OK).Body!;
        Assert.False(open["completed"]!.GetValue<bool>());
        Assert.True(open.IsNull("completed_at"));
    }

    [Fact]
    public async Task Delete_is_204_and_the_task_is_gone()
    {
        var api = await factory.NewUserAsync();
        var keep = await api.NewTaskAsync(new { title = "Keep" });
        var created = await api.NewTaskAsync(new { title = "Delete me" });

        var response = await api.DeleteAsync(api.TaskPath(created.Id()));

        response.AssertStatus(HttpStatusCode.NoContent);
        Assert.Empty(response.Text);
        (await api.GetAsync(api.TaskPath(created.Id()))).AssertProblem(HttpStatusCode.NotFound);
        (await api.DeleteAsync(api.TaskPath(created.Id()))).AssertProblem(HttpStatusCode.NotFound);
        (await api.PostAsync($"{api.TaskPath(created.Id())}/complete")).AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal([keep.Id()], (await api.ListTasksAsync()).Ids());
    }
}
