using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>API.md: repeating a request with the same <c>client_message_id</c> returns the first reply and runs no tool twice.</summary>
public sealed class IdempotencyTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public IdempotencyTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task A_repeated_request_returns_the_first_reply_without_calling_the_model()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Pay the water bill" }), ScriptedReply.Text("Added it."));

        var first = await api.ChatAsync("add pay the water bill", clientMessageId: "water-1");
        var again = await api.ChatAsync("add pay the water bill", clientMessageId: "water-1");

        Assert.True(JsonNode.DeepEquals(first, again), $"{first.ToJsonString()} vs {again.ToJsonString()}");
        Assert.Equal(2, Model.Requests.Count);
        Assert.Equal(["Pay the water bill"], (await api.ListTasksAsync()).Titles());
        Assert.Equal(2, (await api.HistoryAsync(first.Str("conversation_id"))).Int("total_count"));
    }

    [Fact]
    public async Task Client_message_ids_are_scoped_to_their_user()
    {
        var alice = await factory.NewUserAsync();
        var bob = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Text("Hello Alice."), ScriptedReply.Text("Hello Bob."));

        var alices = await alice.ChatAsync("hello", clientMessageId: "same-id");
        var bobs = await bob.ChatAsync("hello", clientMessageId: "same-id");

        Assert.Equal("Hello Alice.", alices.Str("response"));
        Assert.Equal("Hello Bob.", bobs.Str("response"));
        Assert.NotEqual(alices.Str("conversation_id"), bobs.Str("conversation_id"));
    }

    [Fact]
    public async Task Two_copies_at_once_run_the_tools_once_and_get_the_same_reply()
    {
        var api = await factory.NewUserAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Model.Enqueue(
            ScriptedReply.Call("add_task", new { title = "Only once" }) with { HoldUntil = release.Task },
            ScriptedReply.Text("Added it once."));
        var clientMessageId = $"double-tap-{Guid.NewGuid():N}";

        var first = api.SendChatAsync("add only once", clientMessageId: clientMessageId);
        var second = api.SendChatAsync("add only once", clientMessageId: clientMessageId);
        // One copy is with the model; the other has reached the ChatApi and waits on the idempotency lock.
        await Eventually.TrueAsync(
            async () => Model.Requests.Count == 1 && await WaitingAdvisoryLocksAsync() == 1,
            "one copy at the model and the other waiting for it");
        release.SetResult();
        var replies = await Task.WhenAll(first, second);

        Assert.All(replies, reply => reply.AssertStatus(System.Net.HttpStatusCode.OK));
        Assert.Equal(replies[0].Body!.Str("message_id"), replies[1].Body!.Str("message_id"));
        Assert.True(JsonNode.DeepEquals(replies[0].Body, replies[1].Body));
        Assert.Equal(["Only once"], (await api.ListTasksAsync()).Titles());
        Assert.Equal(2, Model.Requests.Count);
        Assert.Equal(
            [("user", "add only once"), ("assistant", "Added it once.")],
            await api.TranscriptAsync(replies[0].Body!.Str("conversation_id")));
    }

    [Fact]
    public async Task A_retry_after_the_client_gave_up_mid_turn_does_not_run_the_tools_again()
    {
        var api = await factory.NewUserAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Model.Enqueue(
            ScriptedReply.Call("add_task", new { title = "Renew insurance" }),
            ScriptedReply.Text("Added renew insurance.") with { HoldUntil = release.Task },
            // What a second run would do; it must never be needed.
            ScriptedReply.Call("add_task", new { title = "Renew insurance" }),
            ScriptedReply.Text("Added it again."));
        using var giveUp = new CancellationTokenSource();
        var body = ChatClientExtensions.ChatBody("add renew insurance", clientMessageId: "flaky-network");
        var first = api.Http.PostAsJsonAsync(api.ChatPath(), body, ApiClient.Json, giveUp.Token);

        // The tool has run and the model is composing its answer when the client's connection drops.
        await Eventually.TrueAsync(() => Task.FromResult(Model.Requests.Count == 2), "the second model round");
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.SetResult();
        var retried = await api.ChatAsync("add renew insurance", clientMessageId: "flaky-network");

        Assert.Equal("Added renew insurance.", retried.Str("response"));
        Assert.Equal("add_task", Assert.Single(retried.ToolCalls())!.Str("name"));
        Assert.Equal(["Renew insurance"], (await api.ListTasksAsync()).Titles());
        Assert.Equal(2, Model.PendingReplies);
    }

    private async Task<long> WaitingAdvisoryLocksAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
