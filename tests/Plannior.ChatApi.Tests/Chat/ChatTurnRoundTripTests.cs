using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>
/// Issue #14: with the offline assistant a chat turn's latency is mostly its waits on PostgreSQL. These count, on the
/// wire, the round trips of one turn through the real endpoint (token check included), so a change that adds one
/// fails here, naming every round trip, rather than showing up later as a slower p95 in the bench.
/// </summary>
public sealed class ChatTurnRoundTripTests(RoundTripCountingChatApiFactory factory) : IClassFixture<RoundTripCountingChatApiFactory>
{
    // A turn continuing a conversation, with one tool call:
    //  1. the token check reads the account row (its time zone and language serve the turn too);
    //  2. the idempotency lock on its own connection (BEGIN pipelined with pg_advisory_xact_lock);
    //  3. the client_message_id lookup, under the lock;
    //  4. the conversation with its recent messages and their count, in one query;
    //  5. before the tool runs, the user's latest task change;
    //  6. one batch: the conversation's changes (summary), the user message and the call's record;
    //  7. the call's result;
    //  8. one batch: the reply and the conversation's updated_at;
    //  9. the lock's ROLLBACK, which releases it.
    private const int ContinuingTurn = 9;
    // A first turn has no conversation to read (4); the new one is inserted in the batch of 6.
    private const int FirstTurn = ContinuingTurn - 1;
    // A replay: 1, 2, 3, the stored reply, 9. It writes nothing.
    private const int Replay = 5;

    // What the task tools themselves take (Tasks/TaskService): add_task reserves the id, then writes the task and its
    // change in a transaction and commits; list_tasks is one query; complete_task locks the row in a transaction,
    // writes the change and the task inside a savepoint, releases it and commits.
    private const int AddTask = 3;
    private const int ListTasks = 1;
    private const int CompleteTask = 5;

    private RoundTripCountingProxy Proxy => factory.Proxy!;

    [Fact]
    public async Task Turns_continuing_a_long_conversation_stay_within_their_round_trips()
    {
        var api = await factory.NewUserAsync();
        var conversationId = (await api.ChatAsync("add a task to water the plants", clientMessageId: "start")).Str("conversation_id");
        // Past the history window (30 messages), so every turn also extends the conversation's summary.
        for (var turn = 0; turn < 17; turn++)
        {
            await api.ChatAsync(turn % 2 == 0 ? $"add a task to read chapter {turn}" : "show my pending tasks", conversationId, clientMessageId: $"grow-{turn}");
        }

        var add = await CountAsync(() => api.ChatAsync("add a task to buy milk 1", conversationId, clientMessageId: "add-1"));
        var list = await CountAsync(() => api.ChatAsync("show my pending tasks", conversationId, clientMessageId: "list-1"));
        var complete = await CountAsync(() => api.ChatAsync("mark buy milk 1 as done", conversationId, clientMessageId: "complete-1"));

        Assert.Equal("add_task", Assert.Single(add.Reply.ToolCalls())!.Str("name"));
        Assert.Equal("list_tasks", Assert.Single(list.Reply.ToolCalls())!.Str("name"));
        Assert.Equal("complete_task", Assert.Single(complete.Reply.ToolCalls())!.Str("name"));
        AssertAtMost(ContinuingTurn + AddTask, add);
        AssertAtMost(ContinuingTurn + ListTasks, list);
        AssertAtMost(ContinuingTurn + CompleteTask, complete);
        // Everything was stored: the three requests and replies after the 36 messages before them.
        Assert.Equal(42, (await api.HistoryAsync(conversationId)).Int("total_count"));
    }

    [Fact]
    public async Task A_first_turn_and_its_replay_stay_within_their_round_trips()
    {
        var api = await factory.NewUserAsync();

        var first = await CountAsync(() => api.ChatAsync("add a task to call the bank", clientMessageId: "first"));
        var replay = await CountAsync(() => api.ChatAsync("add a task to call the bank", clientMessageId: "first"));

        Assert.True(JsonNode.DeepEquals(first.Reply, replay.Reply), $"{first.Reply.ToJsonString()} vs {replay.Reply.ToJsonString()}");
        AssertAtMost(FirstTurn + AddTask, first);
        AssertAtMost(Replay, replay);
        Assert.Equal(2, (await api.HistoryAsync(first.Reply.Str("conversation_id"))).Int("total_count"));
    }

    private async Task<Counted> CountAsync(Func<Task<JsonNode>> turn)
    {
        var before = Proxy.RoundTrips;
        var reply = await turn();
        return new Counted(reply, Proxy.RoundTripsSince(before));
    }

    private static void AssertAtMost(int expected, Counted turn) =>
        Assert.True(turn.RoundTrips.Count <= expected,
            $"{turn.RoundTrips.Count} round trips, at most {expected} expected:\n{string.Join("\n", turn.RoundTrips)}");

    private sealed record Counted(JsonNode Reply, IReadOnlyList<string> RoundTrips);
}
