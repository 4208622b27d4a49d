using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>What the model is shown of a long conversation: the recent turns within a budget, and a summary of the rest.</summary>
public sealed class ConversationHistoryTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ConversationHistoryTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task Older_turns_are_summarised_in_the_prompt_and_recent_ones_sent_in_full()
    {
        var api = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Book the venue" }), ScriptedReply.Text("Booked it."));
        var conversationId = (await api.ChatAsync("turn 1: add book the venue")).Str("conversation_id");
        for (var turn = 2; turn <= 20; turn++)
        {
            Model.Enqueue(ScriptedReply.Text($"answer {turn}"));
            await api.ChatAsync($"turn {turn}", conversationId);
        }

        Model.Reset();
        Model.Enqueue(ScriptedReply.Text("Here is the plan."));
        await api.ChatAsync("what did we decide?", conversationId);

        var request = Model.Requests.Single();
        var shown = request.Transcript.Skip(1).ToList();
        Assert.InRange(shown.Count, 2, 31);
        Assert.Equal("user", shown[0].Role);
        Assert.Equal(("user", "what did we decide?"), shown[^1]);
        Assert.Contains(("assistant", "answer 20"), shown);
        Assert.DoesNotContain(shown, message => message.Text.Contains("turn 1:", StringComparison.Ordinal));
        Assert.Contains("Earlier in this conversation", request.SystemPrompt);
        Assert.Contains("- User: turn 1: add book the venue", request.SystemPrompt);
        Assert.Contains("add_task", request.SystemPrompt);
        Assert.Contains("Book the venue", request.SystemPrompt);
    }

    [Fact]
    public async Task Long_messages_are_trimmed_to_the_budget_but_the_new_message_is_always_sent()
    {
        var api = await factory.NewUserAsync();
        string? conversationId = null;
        for (var turn = 1; turn <= 4; turn++)
        {
            Model.Enqueue(ScriptedReply.Text($"noted {turn}"));
            conversationId = (await api.ChatAsync($"{turn}{new string('x', 3999)}", conversationId)).Str("conversation_id");
        }

        Model.Reset();
        Model.Enqueue(ScriptedReply.Text("ok"));
        var final = $"last{new string('y', 3996)}";
        await api.ChatAsync(final, conversationId);

        var request = Model.Requests.Single();
        var shown = request.Transcript.Skip(1).ToList();
        Assert.Equal(("user", final), shown[^1]);
        Assert.Equal("user", shown[0].Role);
        Assert.InRange(shown.Sum(message => message.Text.Length), 4000, 10_000 + 4000);
        Assert.Equal(("assistant", "noted 4"), shown[^2]);
        Assert.DoesNotContain(shown, message => message.Text.StartsWith("1x", StringComparison.Ordinal));
        Assert.Contains("- User: 1xxx", request.SystemPrompt);
    }
}
