using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>API.md's conversation routes: titles, listing, history paging, rename and delete.</summary>
public sealed class ConversationTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ConversationTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    [Fact]
    public async Task A_new_conversation_is_titled_from_its_first_message()
    {
        var api = await factory.NewUserAsync();

        var multiline = await SayAsync(api, "Plan Sara's birthday party\nwith cake, balloons and a playlist");
        var longLine = await SayAsync(api, "Remind me to compare the three quotes from the roofers before the end of the month and call back");

        var titles = (await api.ConversationsAsync())["items"]!.AsArray().ToDictionary(c => c!.Str("id"), c => c!.Str("title"));
        Assert.Equal("Plan Sara's birthday party", titles[multiline.Str("conversation_id")]);
        var cut = titles[longLine.Str("conversation_id")];
        Assert.StartsWith("Remind me to compare the three quotes", cut);
        Assert.EndsWith("…", cut);
        Assert.InRange(cut.Length, 30, 61);
    }

    [Fact]
    public async Task Conversations_are_listed_most_recently_updated_first_with_message_counts()
    {
        var api = await factory.NewUserAsync();
        var first = (await SayAsync(api, "first")).Str("conversation_id");
        var second = (await SayAsync(api, "second")).Str("conversation_id");
        var third = (await SayAsync(api, "third")).Str("conversation_id");
        await SayAsync(api, "first again", first);

        var page = await api.ConversationsAsync();

        var items = page["items"]!.AsArray();
        Assert.Equal([first, third, second], items.Select(c => c!.Str("id")));
        Assert.Equal([4, 2, 2], items.Select(c => c!.Int("message_count")));
        Assert.All(items, c => Assert.Equal("en", c!.Str("language_preference")));
        Assert.All(items, c => Assert.True(c!.Instant("updated_at") >= c.Instant("created_at")));
        Assert.Equal(3, page.Int("total_count"));
        Assert.False(page["has_more"]!.GetValue<bool>());

        var firstTwo = await api.ConversationsAsync("limit=2");
        var last = await api.ConversationsAsync("limit=2&offset=2");
        Assert.Equal([first, third], firstTwo["items"]!.AsArray().Select(c => c!.Str("id")));
        Assert.True(firstTwo["has_more"]!.GetValue<bool>());
        Assert.Equal([second], last["items"]!.AsArray().Select(c => c!.Str("id")));
        Assert.False(last["has_more"]!.GetValue<bool>());
        (await api.GetAsync($"{api.ConversationsPath()}?limit=0")).AssertValidationError("limit");
    }

    [Fact]
    public async Task History_is_oldest_first_with_tool_calls_and_pages()
    {
        var api = await factory.NewUserAsync();
        factory.Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Book flights" }), ScriptedReply.Text("Added book flights."));
        var conversationId = (await api.ChatAsync("add book flights")).Str("conversation_id");
        await SayAsync(api, "thanks", conversationId);
        await SayAsync(api, "bye", conversationId);

        var history = await api.HistoryAsync(conversationId);

        var messages = history["messages"]!.AsArray();
        Assert.Equal(6, history.Int("total_count"));
        Assert.Equal(
            ["user", "assistant", "user", "assistant", "user", "assistant"],
            messages.Select(m => m!.Str("role")));
        Assert.Equal(["add book flights", "Added book flights.", "thanks"], messages.Take(3).Select(m => m!.Str("content")));
        var created = messages.Select(m => m!.Instant("created_at")).ToList();
        Assert.Equal(created.Order(), created);
        var call = Assert.Single(messages[1]!.ToolCalls())!;
        Assert.Equal("add_task", call.Str("name"));
        Assert.Equal("Book flights", call["arguments"]!.Str("title"));
        Assert.Equal("created", call["result"]!.Str("status"));
        Assert.Empty(messages[0]!.ToolCalls());
        Assert.Empty(messages[3]!.ToolCalls());

        var middle = await api.HistoryAsync(conversationId, "offset=2&limit=2");
        var end = await api.HistoryAsync(conversationId, "offset=4&limit=2");
        Assert.Equal(["thanks", "reply to thanks"], middle["messages"]!.AsArray().Select(m => m!.Str("content")));
        Assert.True(middle["has_more"]!.GetValue<bool>());
        Assert.Equal((2, 2, 6), (middle.Int("offset"), middle.Int("limit"), middle.Int("total_count")));
        Assert.Equal(["bye", "reply to bye"], end["messages"]!.AsArray().Select(m => m!.Str("content")));
        Assert.False(end["has_more"]!.GetValue<bool>());
        (await api.GetAsync($"{api.HistoryPath(conversationId)}?offset=-1")).AssertValidationError("offset");
    }

    [Fact]
    public async Task Renaming_trims_the_title_and_rejects_a_blank_one()
    {
        var api = await factory.NewUserAsync();
        var conversationId = (await SayAsync(api, "something to rename")).Str("conversation_id");

        var renamed = await api.PatchAsync(api.ConversationPath(conversationId), new { title = "  Weekend plans " });
        var blank = await api.PatchAsync(api.ConversationPath(conversationId), new { title = "   " });
        var tooLong = await api.PatchAsync(api.ConversationPath(conversationId), new { title = new string('x', 201) });
        var unknown = await api.PatchAsync(api.ConversationPath(Guid.NewGuid().ToString()), new { title = "Nope" });

        renamed.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Weekend plans", renamed.Body!.Str("title"));
        Assert.Equal(2, renamed.Body.Int("message_count"));
        blank.AssertValidationError("title");
        tooLong.AssertValidationError("title");
        unknown.AssertProblem(HttpStatusCode.NotFound);
        var listed = Assert.Single((await api.ConversationsAsync())["items"]!.AsArray())!;
        Assert.Equal("Weekend plans", listed.Str("title"));
    }

    [Fact]
    public async Task Deleting_a_conversation_removes_it_with_its_messages_but_not_the_tasks_it_made()
    {
        var api = await factory.NewUserAsync();
        factory.Model.Enqueue(ScriptedReply.Call("add_task", new { title = "Keep me" }), ScriptedReply.Text("Added."));
        var conversationId = (await api.ChatAsync("add keep me")).Str("conversation_id");

        var deleted = await api.DeleteAsync(api.ConversationPath(conversationId));

        deleted.AssertStatus(HttpStatusCode.NoContent);
        (await api.GetAsync(api.HistoryPath(conversationId))).AssertProblem(HttpStatusCode.NotFound);
        (await api.DeleteAsync(api.ConversationPath(conversationId))).AssertProblem(HttpStatusCode.NotFound);
        (await api.SendChatAsync("still there?", conversationId)).AssertProblem(HttpStatusCode.NotFound);
        Assert.Empty((await api.ConversationsAsync())["items"]!.AsArray());
        Assert.Equal(["Keep me"], (await api.ListTasksAsync()).Titles());
    }

    [Fact]
    public async Task Chatting_into_an_unknown_conversation_is_a_404_that_stores_nothing()
    {
        var api = await factory.NewUserAsync();

        var response = await api.SendChatAsync("hello?", Guid.NewGuid().ToString());

        response.AssertProblem(HttpStatusCode.NotFound);
        Assert.Empty((await api.ConversationsAsync())["items"]!.AsArray());
        Assert.Empty(factory.Model.Requests);
    }

    [Fact]
    public async Task Conversations_are_searched_by_title_case_insensitively_with_wildcards_taken_literally()
    {
        var api = await factory.NewUserAsync();
        var stranger = await factory.NewUserAsync();
        var passport = (await SayAsync(api, "Renew my PASSPORT")).Str("conversation_id");
        var discount = (await SayAsync(api, "50% off_sale on shoes")).Str("conversation_id");
        await SayAsync(api, "Weekly groceries");
        await SayAsync(stranger, "renew my passport too");

        async Task<string[]> Found(string q) =>
            [.. (await api.ConversationsAsync($"q={Uri.EscapeDataString(q)}"))["items"]!.AsArray().Select(c => c!.Str("id"))];

        Assert.Equal([passport], await Found("passport"));
        Assert.Equal([passport], await Found("  renew my pass "));
        Assert.Equal([discount], await Found("50%"));
        Assert.Equal([discount], await Found("off_sale"));
        // as wildcards, these would match "Weekly groceries" and "50% off_sale"
        Assert.Empty(await Found("_ee"));
        Assert.Empty(await Found("5%o"));
        Assert.Empty(await Found("dentist"));
        Assert.Equal(3, (await api.ConversationsAsync("q=%20%20"))["total_count"]!.GetValue<int>());
        var counted = await api.ConversationsAsync("q=e&limit=1");
        Assert.Equal(3, counted.Int("total_count"));
        Assert.True(counted["has_more"]!.GetValue<bool>());
        (await api.GetAsync($"{api.ConversationsPath()}?q={new string('x', 201)}")).AssertValidationError("q");
    }

    private async Task<JsonNode> SayAsync(ApiClient api, string message, string? conversationId = null)
    {
        factory.Model.Enqueue(ScriptedReply.Text($"reply to {message}"));
        return await api.ChatAsync(message, conversationId);
    }
}
