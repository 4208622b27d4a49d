namespace Plannior.ChatApi.Tests.Offline;

using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Offline;
using Xunit;

public sealed class StreamingTests
{
    [Fact]
    public async Task Streaming_sends_tool_calls_as_one_update_and_text_in_chunks()
    {
        var store = new FakeTaskStore();
        using var client = new FunctionInvokingChatClient(new OfflineChatClient());
        var updates = new List<ChatResponseUpdate>();

        await foreach (var update in client.GetStreamingResponseAsync(
            [new ChatMessage(ChatRole.User, "Add a task to buy groceries tomorrow at 6pm")], OfflineHarness.Options(tools: store.Tools())))
        {
            updates.Add(update);
        }

        var callUpdates = updates.Where(u => u.Contents.OfType<FunctionCallContent>().Any()).ToList();
        var call = Assert.Single(Assert.Single(callUpdates).Contents.OfType<FunctionCallContent>());
        Assert.Equal("add_task", call.Name);

        var textUpdates = updates.Where(u => u.Contents.OfType<TextContent>().Any(t => t.Text.Length > 0)).ToList();
        Assert.True(textUpdates.Count >= 2, $"expected the reply in several chunks, got {textUpdates.Count}");
        Assert.Single(textUpdates.Select(u => u.MessageId).Distinct());
        Assert.Equal(ChatFinishReason.Stop, textUpdates[^1].FinishReason);

        var text = string.Concat(textUpdates.Select(u => u.Text));
        Assert.Equal("Added \"Buy groceries\" (#1), due tomorrow at 6:00 PM.", text);
        Assert.Equal("Buy groceries", Assert.Single(store.Tasks).Title);
    }

    [Fact]
    public async Task Streaming_and_non_streaming_agree()
    {
        using var client = new OfflineChatClient();
        var messages = new[] { new ChatMessage(ChatRole.User, "what can you do?") };

        var response = await client.GetResponseAsync(messages, OfflineHarness.Options());
        var streamed = await client.GetStreamingResponseAsync(messages, OfflineHarness.Options()).ToChatResponseAsync();

        Assert.Equal(response.Text, streamed.Text);
        Assert.Equal(OfflineAssistantContext.ModelId, streamed.ModelId);
    }
}
