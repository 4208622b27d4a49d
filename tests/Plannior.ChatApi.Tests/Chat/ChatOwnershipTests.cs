using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>
/// API.md: another user's conversation is a 404 on every route and stays untouched; the assistant's tools act only
/// for the user who is chatting, whatever the model asks for.
/// </summary>
public sealed class ChatOwnershipTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ChatOwnershipTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    private ScriptedOpenAiServer Model => factory.Model;

    [Fact]
    public async Task Another_users_conversation_is_a_404_on_every_route_and_stays_unchanged()
    {
        var (alice, conversationId) = await AliceWithAConversationAsync();
        var bob = await factory.NewUserAsync();
        var before = await alice.HistoryAsync(conversationId);
        var listedBefore = await alice.ConversationsAsync();

        var chat = await bob.SendChatAsync("let me in", conversationId);
        await using var stream = await ServerSentEventStream.OpenAsync(bob, ChatClientExtensions.ChatBody("let me in", conversationId));
        var history = await bob.GetAsync(bob.HistoryPath(conversationId));
        var rename = await bob.PatchAsync(bob.ConversationPath(conversationId), new { title = "Pwned by Bob" });
        var delete = await bob.DeleteAsync(bob.ConversationPath(conversationId));
        var bobsList = await bob.ConversationsAsync();

        chat.AssertProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, stream.Response.StatusCode);
        history.AssertProblem(HttpStatusCode.NotFound);
        rename.AssertProblem(HttpStatusCode.NotFound);
        delete.AssertProblem(HttpStatusCode.NotFound);
        Assert.Empty(bobsList["items"]!.AsArray());
        Assert.Empty(Model.Requests);
        Assert.True(JsonNode.DeepEquals(before, await alice.HistoryAsync(conversationId)));
        Assert.True(JsonNode.DeepEquals(listedBefore, await alice.ConversationsAsync()));
    }

    [Fact]
    public async Task Another_users_path_with_your_token_is_a_403_on_every_chat_route()
    {
        var (alice, conversationId) = await AliceWithAConversationAsync();
        var bob = await factory.NewUserAsync();
        var bobsConversation = $"/api/{bob.UserId}/conversations/{conversationId}";
        var body = ChatClientExtensions.ChatBody("hi", conversationId);

        var responses = new[]
        {
            await alice.PostAsync($"/api/{bob.UserId}/chat", body),
            await alice.PostAsync($"/api/{bob.UserId}/chat/stream", body),
            await alice.GetAsync($"/api/{bob.UserId}/conversations"),
            await alice.GetAsync($"{bobsConversation}/history"),
            await alice.PatchAsync(bobsConversation, new { title = "x" }),
            await alice.DeleteAsync(bobsConversation),
        };

        Assert.All(responses, response => response.AssertProblem(HttpStatusCode.Forbidden));
        Assert.Empty(Model.Requests);
        Assert.Equal(2, (await alice.HistoryAsync(conversationId)).Int("total_count"));
    }

    [Theory]
    [InlineData("complete_task")]
    [InlineData("delete_task")]
    [InlineData("update_task")]
    public async Task The_model_cannot_touch_another_users_task_through_the_tools(string tool)
    {
        var alice = await factory.NewUserAsync();
        var alicesTask = await alice.NewTaskAsync(new { title = "Alice's secret", priority = "high" });
        var bob = await factory.NewUserAsync();
        Model.Enqueue(
            ScriptedReply.Call(tool, new { task_id = alicesTask.Id(), title = "Pwned" }),
            ScriptedReply.Text("I couldn't find that task."));

        var reply = await bob.ChatAsync($"{tool.Replace('_', ' ')} number {alicesTask.Id()}");

        var result = Assert.Single(reply.ToolCalls())!["result"]!;
        Assert.Contains("no task", result.Str("error"));
        Assert.NotNull(JsonNode.Parse(Model.Requests[1].Transcript.Single(m => m.Role == "tool").Text)!["error"]);
        Assert.True(JsonNode.DeepEquals(alicesTask, await alice.GetTaskAsync(alicesTask.Id())));
    }

    [Fact]
    public async Task The_model_lists_only_the_chatting_users_tasks()
    {
        var alice = await factory.NewUserAsync();
        await alice.NewTaskAsync(new { title = "Alice's groceries" });
        var bob = await factory.NewUserAsync();
        await bob.NewTaskAsync(new { title = "Bob's groceries" });
        Model.Enqueue(ScriptedReply.Call("list_tasks", new { query = "groceries" }), ScriptedReply.Text("One task."));

        var reply = await bob.ChatAsync("show my groceries tasks");

        var listed = Assert.Single(reply.ToolCalls())!["result"]!.AsArray();
        Assert.Equal(["Bob's groceries"], listed.Select(task => task!.Str("title")));
    }

    [Theory]
    [InlineData("add_task")]
    [InlineData("list_tasks")]
    [InlineData("delete_task")]
    public async Task A_tool_call_naming_another_user_is_refused(string tool)
    {
        var alice = await factory.NewUserAsync();
        var alicesTask = await alice.NewTaskAsync(new { title = "Alice's plan" });
        var bob = await factory.NewUserAsync();
        Model.Enqueue(
            ScriptedReply.Call(tool, new { user_id = alice.UserId, title = "Planted by Bob", task_id = alicesTask.Id() }),
            ScriptedReply.Text("I can only act for you."));

        var reply = await bob.ChatAsync("do it for alice");

        Assert.Contains("Refused", Assert.Single(reply.ToolCalls())!["result"]!.Str("error"));
        Assert.Equal(["Alice's plan"], (await alice.ListTasksAsync()).Titles());
        Assert.Equal(0, (await bob.ListTasksAsync()).Int("total_count"));
    }

    private async Task<(ApiClient Alice, string ConversationId)> AliceWithAConversationAsync()
    {
        var alice = await factory.NewUserAsync();
        Model.Enqueue(ScriptedReply.Text("Hi Alice."));
        var conversationId = (await alice.ChatAsync("private plans")).Str("conversation_id");
        Model.Reset();
        return (alice, conversationId);
    }
}
