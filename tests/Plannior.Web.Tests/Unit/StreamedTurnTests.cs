using System.Text.Json;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Unit;

public sealed class StreamedTurnTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static StreamedTurn NewTurn() => new(
        new ChatLine(Guid.NewGuid(), "user", "add two things") { State = ChatLineState.Pending },
        new ChatLine(Guid.NewGuid(), "assistant", "") { State = ChatLineState.Streaming });

    [Fact]
    public void Each_result_finishes_the_card_of_its_own_call_and_only_changes_say_tasks_changed()
    {
        var turn = NewTurn();

        turn.Apply(new ToolCallEvent("list_tasks", Json("{}")));
        turn.Apply(new ToolCallEvent("add_task", Json("""{"title":"Pay rent"}""")));
        var added = turn.Apply(new ToolResultEvent("add_task", Json("""{"task_id":1,"status":"created","title":"Pay rent"}""")));
        var listed = turn.Apply(new ToolResultEvent("list_tasks", Json("[]")));

        Assert.True(added.TasksChanged);
        Assert.False(listed.TasksChanged);
        Assert.All(turn.Reply.Cards, card => Assert.True(card.Finished));
        Assert.Equal(1, turn.Reply.Cards[1].Result!.Value.GetProperty("task_id").GetInt32());
    }

    [Fact]
    public void Deltas_grow_the_reply_and_done_settles_it()
    {
        var turn = NewTurn();

        turn.Apply(new DeltaEvent("Added "));
        turn.Apply(new DeltaEvent("it"));
        Assert.Equal("Added it", turn.Reply.Content);
        turn.Apply(new DoneEvent(Guid.NewGuid(), "Added it.", [], "en"));

        Assert.Equal("Added it.", turn.Reply.Content);
        Assert.Equal(ChatLineState.Sent, turn.Reply.State);
        Assert.Equal(ChatLineState.Sent, turn.Mine.State);
    }

    [Fact]
    public void A_replayed_turn_brings_its_tool_calls_with_done()
    {
        var turn = NewTurn();

        var update = turn.Apply(new DoneEvent(Guid.NewGuid(), "Added it.",
            [new ToolCall("add_task", Json("""{"title":"Pay rent"}"""), Json("""{"task_id":8,"status":"created","title":"Pay rent"}"""))], "en"));

        Assert.True(update.TasksChanged);
        Assert.True(Assert.Single(turn.Reply.Cards).Finished);
    }

    [Fact]
    public void An_error_is_a_failure_of_the_users_message()
    {
        var turn = NewTurn();

        var update = turn.Apply(new ErrorEvent(new ProblemBody(null, "Service temporarily unavailable.", 503, "Try again soon.", null, null)));
        turn.Failed(update.Failure!);

        Assert.Equal("Try again soon.", turn.Mine.Error);
        Assert.Equal(ChatLineState.Failed, turn.Mine.State);
        Assert.True(turn.ReplyIsEmpty);
    }
}
