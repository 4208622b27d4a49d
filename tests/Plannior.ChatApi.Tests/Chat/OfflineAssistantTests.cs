using System.Text.RegularExpressions;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>With no LLM key the built-in offline assistant answers through the same chat pipeline and tools.</summary>
public sealed partial class OfflineAssistantTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string Karachi = "Asia/Karachi";

    [Fact]
    public async Task Adding_a_task_in_plain_english_creates_it_due_tomorrow()
    {
        var api = await factory.NewUserAsync(timezone: Karachi);
        var tomorrow = KarachiToday().AddDays(1);

        var reply = await api.ChatAsync("add buy milk tomorrow");

        Assert.Equal("en", reply.Str("language"));
        var call = Assert.Single(reply.ToolCalls())!;
        Assert.Equal("add_task", call.Str("name"));
        Assert.Equal("created", call["result"]!.Str("status"));
        var task = await api.GetTaskAsync(call["result"]!.Int("task_id"));
        Assert.Equal("buy milk", task.Str("title"), ignoreCase: true);
        var dueLocal = DateOnly.FromDateTime(task.Instant("due_at").ToOffset(TimeSpan.FromHours(5)).DateTime);
        Assert.True(dueLocal == tomorrow || dueLocal == KarachiToday().AddDays(1), $"due {dueLocal}, expected {tomorrow}");
        Assert.Contains("milk", reply.Str("response"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Asking_whats_pending_lists_only_the_pending_tasks()
    {
        var api = await factory.NewUserAsync();
        await api.NewTaskAsync(new { title = "Pay rent" });
        await api.CompleteTaskAsync((await api.NewTaskAsync(new { title = "Return library books" })).Id());

        var reply = await api.ChatAsync("what's pending?");

        var call = Assert.Single(reply.ToolCalls())!;
        Assert.Equal("list_tasks", call.Str("name"));
        Assert.Equal(["Pay rent"], call["result"]!.AsArray().Select(task => task!.Str("title")));
        Assert.Contains("Pay rent", reply.Str("response"));
        Assert.DoesNotContain("library", reply.Str("response"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_message_in_urdu_script_gets_an_urdu_reply()
    {
        var api = await factory.NewUserAsync();

        var reply = await api.ChatAsync("دودھ خریدنے کا کام شامل کریں");

        Assert.Equal("ur", reply.Str("language"));
        Assert.Matches(ArabicScript(), reply.Str("response"));
        Assert.Equal("add_task", Assert.Single(reply.ToolCalls())!.Str("name"));
        Assert.Contains("دودھ", Assert.Single((await api.ListTasksAsync()).Titles()));
        var conversation = Assert.Single((await api.ConversationsAsync())["items"]!.AsArray())!;
        Assert.Equal("ur", conversation.Str("language_preference"));
    }

    [Fact]
    public async Task A_language_hint_of_ur_gets_an_urdu_reply_to_english()
    {
        var api = await factory.NewUserAsync();
        await api.NewTaskAsync(new { title = "Pay rent" });

        var reply = await api.ChatAsync("what's pending?", languageHint: "ur");

        Assert.Equal("ur", reply.Str("language"));
        Assert.Matches(ArabicScript(), reply.Str("response"));
    }

    [Fact]
    public async Task The_offline_assistant_streams_its_tool_calls_and_reply()
    {
        var api = await factory.NewUserAsync();

        await using var stream = await ServerSentEventStream.OpenAsync(api, ChatClientExtensions.ChatBody("add call the plumber"));
        var events = await stream.ReadToEndAsync();

        var names = events.Select(e => e.Name).ToList();
        Assert.Equal(["conversation", "tool_call", "tool_result"], names.Take(3));
        Assert.Equal("done", names[^1]);
        Assert.All(names.Skip(3).SkipLast(1), name => Assert.Equal("delta", name));
        var done = events[^1].Data;
        Assert.Equal(string.Concat(events.Where(e => e.Name == "delta").Select(e => e.Data.Str("text"))), done.Str("response"));
        Assert.Equal("add_task", Assert.Single(done.ToolCalls())!.Str("name"));
    }

    [Fact]
    public async Task After_a_restart_the_offline_assistant_still_knows_what_it_refers_to()
    {
        var before = new ChatApiFactory();
        await before.InitializeAsync();
        ApiClient alice;
        string conversationId;
        int taskId;
        await using (before)
        {
            alice = await before.NewUserAsync();
            var added = await alice.ChatAsync("add buy bread");
            conversationId = added.Str("conversation_id");
            taskId = Assert.Single(added.ToolCalls())!["result"]!.Int("task_id");
        }

        await using var after = RestartedChatApiFactory.Start(before, []);
        var resumed = after.CreateApiClient().ActingAs(alice);
        var reply = await resumed.ChatAsync("mark it done", conversationId);

        var call = Assert.Single(reply.ToolCalls())!;
        Assert.Equal(("complete_task", taskId), (call.Str("name"), call["arguments"]!.Int("task_id")));
        Assert.True((await resumed.GetTaskAsync(taskId))["completed"]!.GetValue<bool>());
    }

    private static DateOnly KarachiToday() =>
        DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).DateTime);

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicScript();
}
