using System.Text.Json;
using Plannior.Web.Components.Chat;
using Plannior.Web.Services;

namespace Plannior.Web.Tests.Unit;

public sealed class ToolCallLabelTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void An_added_task_is_named_by_its_title()
    {
        var call = new ToolCall("add_task", Json("""{"title":"buy milk"}"""), Json("""{"task_id":3,"status":"created","title":"Buy milk"}"""));

        Assert.Equal("Added: Buy milk", ToolCallLabel.For(call));
    }

    [Fact]
    public void A_result_sent_as_json_text_is_read_too()
    {
        var call = new ToolCall("complete_task", Json("""{"task_id":3}"""), Json("\"{\\\"task_id\\\":3,\\\"status\\\":\\\"completed\\\",\\\"title\\\":\\\"Pay rent\\\"}\""));

        Assert.Equal("Completed: Pay rent", ToolCallLabel.For(call));
    }

    [Fact]
    public void A_listing_says_how_many_tasks_it_found()
    {
        var call = new ToolCall("list_tasks", Json("{}"), Json("""[{"id":1,"title":"a"},{"id":2,"title":"b"}]"""));

        Assert.Equal("Looked up 2 tasks", ToolCallLabel.For(call));
    }

    [Fact]
    public void A_failed_tool_says_so()
    {
        var call = new ToolCall("delete_task", Json("""{"task_id":99}"""), Json("""{"error":"Task 99 not found"}"""));

        Assert.Equal("delete task failed", ToolCallLabel.For(call));
    }
}
