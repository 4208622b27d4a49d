using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>API.md: <c>GET /reminders?from&amp;to</c> and <c>POST /tasks/{id}/snooze</c>.</summary>
public sealed class ReminderTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task Pending_tasks_reminded_in_the_window_come_earliest_first()
    {
        var api = await factory.NewUserAsync();
        var start = new DateTimeOffset(2031, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var later = await api.NewTaskAsync(new { title = "Later", remind_at = start.AddHours(2).Iso(), due_at = start.AddHours(3).Iso() });
        var first = await api.NewTaskAsync(new { title = "At the start", remind_at = start.Iso() });
        await api.NewTaskAsync(new { title = "At the end", remind_at = start.AddHours(4).Iso() });
        await api.NewTaskAsync(new { title = "Before", remind_at = start.AddSeconds(-1).Iso() });
        await api.NewTaskAsync(new { title = "No reminder", due_at = start.AddHours(1).Iso() });
        var done = await api.NewTaskAsync(new { title = "Done", remind_at = start.AddHours(1).Iso() });
        await api.CompleteTaskAsync(done["id"]!.GetValue<int>());
        var bystander = await factory.NewUserAsync();
        await bystander.NewTaskAsync(new { title = "Not theirs", remind_at = start.AddHours(1).Iso() });

        var items = await RemindersAsync(api, $"from={Q(start)}&to={Q(start.AddHours(4))}");

        Assert.Equal(["At the start", "Later"], items.Select(i => i!["title"]!.GetValue<string>()));
        Assert.Equal(first["id"]!.GetValue<int>(), items[0]!["task_id"]!.GetValue<int>());
        Assert.Equal(later["remind_at"]!.GetValue<DateTimeOffset>(), items[1]!["remind_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(later["due_at"]!.GetValue<DateTimeOffset>(), items[1]!["due_at"]!.GetValue<DateTimeOffset>());
        Assert.Null(items[0]!["due_at"]);
    }

    [Fact]
    public async Task Without_a_window_the_last_and_next_24_hours_are_searched()
    {
        var api = await factory.NewUserAsync();
        var now = DateTimeOffset.UtcNow;
        await api.NewTaskAsync(new { title = "Missed an hour ago", remind_at = now.AddHours(-1).Iso() });
        await api.NewTaskAsync(new { title = "In an hour", remind_at = now.AddHours(1).Iso() });
        await api.NewTaskAsync(new { title = "Two days ago", remind_at = now.AddDays(-2).Iso() });
        await api.NewTaskAsync(new { title = "In two days", remind_at = now.AddDays(2).Iso() });

        var items = await RemindersAsync(api, "");

        Assert.Equal(["Missed an hour ago", "In an hour"], items.Select(i => i!["title"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2031-13-01T00:00:00Z", "to")]
    [InlineData("from=2031-01-02T00:00:00Z&to=2031-01-01T00:00:00Z", "to")]
    [InlineData("from=2031-01-01T00:00:00Z&to=2031-01-01T00:00:00Z", "to")]
    public async Task A_bad_window_is_a_400(string query, string field)
    {
        var api = await factory.NewUserAsync();

        (await api.GetAsync($"/api/{api.UserId}/reminders?{query}")).AssertValidationError(field);
    }

    [Fact]
    public async Task Snooze_moves_the_reminder_to_now_plus_the_minutes_and_it_comes_due_then()
    {
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Call the bank", remind_at = DateTimeOffset.UtcNow.AddMinutes(-5).Iso() });
        var id = task["id"]!.GetValue<int>();

        var before = DateTimeOffset.UtcNow;
        var response = await api.PostAsync($"{api.TaskPath(id)}/snooze", new { minutes = 10 });
        var after = DateTimeOffset.UtcNow;

        response.AssertStatus(HttpStatusCode.OK);
        var remindAt = response.Body!["remind_at"]!.GetValue<DateTimeOffset>();
        Assert.InRange(remindAt, before.AddMinutes(10).AddMilliseconds(-1), after.AddMinutes(10));
        Assert.Equal(remindAt, (await api.GetTaskAsync(id))["remind_at"]!.GetValue<DateTimeOffset>());
        Assert.Empty(await RemindersAsync(api, $"from={Q(before.AddHours(-1))}&to={Q(before.AddMinutes(9))}"));
        Assert.Single(await RemindersAsync(api, $"from={Q(before.AddMinutes(9))}&to={Q(after.AddMinutes(11))}"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1440)]
    public async Task Snooze_accepts_one_minute_to_a_day(int minutes)
    {
        var api = await factory.NewUserAsync();
        var id = (await api.NewTaskAsync(new { title = "Stretch" }))["id"]!.GetValue<int>();

        (await api.PostAsync($"{api.TaskPath(id)}/snooze", new { minutes })).AssertStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"minutes":0}""")]
    [InlineData("""{"minutes":1441}""")]
    [InlineData("""{"minutes":-5}""")]
    [InlineData("""{}""")]
    [InlineData("""{"minutes":"ten"}""")]
    public async Task Snooze_outside_1_to_1440_minutes_is_a_400_and_leaves_the_reminder(string body)
    {
        var api = await factory.NewUserAsync();
        var remindAt = DateTimeOffset.UtcNow.AddHours(1);
        var id = (await api.NewTaskAsync(new { title = "Water plants", remind_at = remindAt.Iso() }))["id"]!.GetValue<int>();

        (await api.PostAsync($"{api.TaskPath(id)}/snooze", body)).AssertProblem(HttpStatusCode.BadRequest);

        Assert.Equal(remindAt.Iso(), (await api.GetTaskAsync(id))["remind_at"]!.GetValue<DateTimeOffset>().Iso());
    }

    [Fact]
    public async Task Snoozing_a_missing_or_foreign_task_is_a_404()
    {
        var owner = await factory.NewUserAsync();
        var id = (await owner.NewTaskAsync(new { title = "Mine" }))["id"]!.GetValue<int>();
        var other = await factory.NewUserAsync();

        (await other.PostAsync($"{other.TaskPath(id)}/snooze", new { minutes = 10 })).AssertProblem(HttpStatusCode.NotFound);
        (await owner.PostAsync($"{owner.TaskPath(int.MaxValue)}/snooze", new { minutes = 10 })).AssertProblem(HttpStatusCode.NotFound);
        Assert.Null((await owner.GetTaskAsync(id))["remind_at"]);
    }

    private static async Task<JsonArray> RemindersAsync(ApiClient api, string query)
    {
        var response = await api.GetAsync($"/api/{api.UserId}/reminders?{query}");
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!["items"]!.AsArray();
    }

    private static string Q(DateTimeOffset instant) => Uri.EscapeDataString(instant.Iso());
}
