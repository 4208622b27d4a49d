using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>API.md: chat is stateless; a conversation lives in Postgres and resumes on a restarted (or another) ChatApi.</summary>
public sealed class ConversationRestartTests
{
    [Fact]
    public async Task A_conversation_resumes_after_the_ChatApi_restarts()
    {
        await using var model = ScriptedOpenAiServer.Start();
        var before = ScriptedChatApiFactory.Sharing(model);
        await before.InitializeAsync();
        ApiClient alice;
        string conversationId;
        await using (before)
        {
            alice = await before.NewUserAsync();
            model.Enqueue(ScriptedReply.Call("add_task", new { title = "Dentist on Friday" }), ScriptedReply.Text("Noted the dentist."));
            conversationId = (await alice.ChatAsync("my dentist appointment is on friday, add it")).Str("conversation_id");
        }

        await using var after = RestartedChatApiFactory.Start(before, ScriptedChatApiFactory.LlmSettings(model));
        var resumed = after.CreateApiClient().ActingAs(alice);
        model.Reset();
        model.Enqueue(ScriptedReply.Text("Your dentist appointment is on Friday."));
        var reply = await resumed.ChatAsync("when is my appointment?", conversationId);

        Assert.Equal(conversationId, reply.Str("conversation_id"));
        Assert.Equal("Your dentist appointment is on Friday.", reply.Str("response"));
        var shown = model.Requests.Single().Transcript;
        Assert.Equal(("user", "my dentist appointment is on friday, add it"), shown[1]);
        Assert.Contains(shown, message => message.Role == "tool" && message.Text.Contains("Dentist on Friday", StringComparison.Ordinal));
        Assert.Contains(("assistant", "Noted the dentist."), shown);
        Assert.Equal(("user", "when is my appointment?"), shown[^1]);
        Assert.Equal(4, (await resumed.HistoryAsync(conversationId)).Int("total_count"));
        Assert.Equal(["Dentist on Friday"], (await resumed.ListTasksAsync()).Titles());
    }
}
