using System.Text.Json;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Unit;

public sealed class ToolCardTextTests
{
    private static readonly TimeZoneInfo Karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static ToolCardText Describe(string name, string arguments, string? result, bool finished = true) =>
        ToolCardText.Describe(name, Json(arguments), result is null ? null : Json(result), finished, Karachi);

    [Fact]
    public void An_added_task_says_what_it_was_given_in_words()
    {
        var text = Describe("add_task", """{"title":"Pay rent"}""",
            """{"task_id":3,"status":"created","title":"Pay rent","priority":"high","due_at":"2029-12-31T19:00:00Z","recurrence":"FREQ=MONTHLY;BYMONTHDAY=1"}""");

        Assert.Equal("Added · Pay rent · due 1 Jan · every month on the 1st · high", text.Text);
        Assert.Equal(3, text.TaskId);
        Assert.False(text.Failed);
    }

    [Fact]
    public void A_result_sent_as_json_text_is_read_too()
    {
        var text = Describe("complete_task", """{"task_id":3}""", "\"{\\\"task_id\\\":3,\\\"status\\\":\\\"completed\\\",\\\"title\\\":\\\"Pay rent\\\"}\"");

        Assert.Equal("Completed · Pay rent", text.Text);
    }

    [Fact]
    public void An_update_names_only_what_it_changed()
    {
        var text = Describe("update_task", """{"task_id":4,"priority":"low"}""", """{"task_id":4,"status":"updated","title":"Call mum","priority":"low","due_at":"2030-01-01T04:00:00Z"}""");

        Assert.Equal("Updated · Call mum · low", text.Text);
    }

    [Fact]
    public void A_listing_says_how_many_tasks_it_found()
    {
        Assert.Equal("Looked up 2 tasks", Describe("list_tasks", "{}", """[{"id":1,"title":"a"},{"id":2,"title":"b"}]""").Text);
    }

    [Fact]
    public void A_failed_tool_shows_as_a_failure_with_its_reason()
    {
        var text = Describe("delete_task", """{"task_id":99}""", """{"error":"Task 99 not found"}""");

        Assert.True(text.Failed);
        Assert.Equal("Couldn't delete · Task 99 not found", text.Text);
    }

    [Fact]
    public void A_call_still_running_says_what_it_is_doing()
    {
        var text = Describe("add_task", """{"title":"Buy oat milk"}""", null, finished: false);

        Assert.True(text.Pending);
        Assert.Equal("Adding · Buy oat milk", text.Text);
    }
}
