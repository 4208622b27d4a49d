namespace Plannior.ChatApi.Tests.Offline;

using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Offline;
using Xunit;

// The offline client driven by the real FunctionInvokingChatClient, as the chat pipeline runs it.
public sealed class ConversationTests
{
    private readonly FakeTaskStore _store = new();
    private readonly List<ChatMessage> _history = [];

    private async Task<ChatResponse> Say(string text, string? language = null)
    {
        using var client = new FunctionInvokingChatClient(new OfflineChatClient());
        _history.Add(new ChatMessage(ChatRole.User, text));
        var response = await client.GetResponseAsync(_history, OfflineHarness.Options(language, _store.Tools()));
        _history.AddRange(response.Messages);
        return response;
    }

    private static List<string> CalledTools(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Select(c => c.Name).ToList();

    [Fact]
    public async Task Naming_a_task_searches_for_it_then_completes_it()
    {
        _store.Seed("Buy groceries");
        _store.Seed("Call mom");

        var response = await Say("mark the groceries one done");

        Assert.Equal(["list_tasks", "complete_task"], CalledTools(response));
        Assert.True(_store.Tasks[0].Completed);
        Assert.False(_store.Tasks[1].Completed);
        Assert.Contains("Buy groceries", response.Text);
    }

    [Fact]
    public async Task Ordinals_and_pronouns_resolve_against_earlier_turns()
    {
        _store.Seed("Pay rent");
        _store.Seed("Call mom");
        _store.Seed("Book flights");

        var listed = await Say("What's pending?");
        Assert.Contains("#2 Call mom", listed.Text);

        var completed = await Say("complete the second one");
        Assert.Equal(["complete_task"], CalledTools(completed));
        Assert.True(_store.Tasks.Single(t => t.Title == "Call mom").Completed);

        await Say("make it high priority");
        Assert.Equal("high", _store.Tasks.Single(t => t.Title == "Call mom").Priority);

        await Say("delete it");
        Assert.DoesNotContain(_store.Tasks, t => t.Title == "Call mom");

        var last = await Say("remove the last one");
        Assert.Equal(["delete_task"], CalledTools(last));
        Assert.DoesNotContain(_store.Tasks, t => t.Title == "Book flights");
    }

    [Fact]
    public async Task The_assistants_own_reply_text_is_never_read_back_as_state()
    {
        _store.Seed("Pay rent");
        _store.Seed("Call mom");
        await Say("show my tasks");
        var listing = _history.Last().Text;
        _history.Clear();
        // the same list, but only as the words of a reply, without the list_tasks call and result behind it
        _history.Add(new ChatMessage(ChatRole.User, "show my tasks"));
        _history.Add(new ChatMessage(ChatRole.Assistant, listing));

        var response = await Say("delete the first one");

        Assert.Empty(CalledTools(response));
        Assert.Equal(["Pay rent", "Call mom"], _store.Tasks.Select(t => t.Title));
    }

    [Fact]
    public async Task The_first_one_comes_from_the_stored_list_call()
    {
        _store.Seed("Pay rent");
        _store.Seed("Call mom");
        await Say("show my tasks");

        await Say("delete the first one");

        Assert.Equal(["Call mom"], _store.Tasks.Select(t => t.Title));
    }

    [Fact]
    public async Task A_name_from_an_earlier_list_needs_no_second_search()
    {
        _store.Seed("Dentist appointment", dueAt: "2026-12-01T15:30:00+05:00");
        await Say("show my tasks");

        var moved = await Say("move the dentist task to next friday");

        Assert.Equal(["update_task"], CalledTools(moved));
        // the task's time of day is kept when only a new day is given
        Assert.Equal("2026-12-04T15:30:00+05:00", _store.Tasks[0].DueAt);
    }

    [Fact]
    public async Task An_ambiguous_name_is_asked_about_and_nothing_changes()
    {
        _store.Seed("Team meeting");
        _store.Seed("Meeting notes");

        var response = await Say("delete the meeting task");

        Assert.Equal(["list_tasks"], CalledTools(response));
        Assert.Equal(2, _store.Tasks.Count);
        Assert.Contains("#1 Team meeting", response.Text);
        Assert.Contains("#2 Meeting notes", response.Text);
        Assert.Contains("Which one", response.Text);
    }

    [Fact]
    public async Task The_answer_to_which_one_finishes_the_request()
    {
        _store.Seed("Team meeting");
        _store.Seed("Meeting notes");
        _store.Seed("Buy groceries");

        await Say("delete the meeting task");
        var answered = await Say("the second one");

        Assert.Equal(["delete_task"], CalledTools(answered));
        Assert.Equal(["Team meeting", "Buy groceries"], _store.Tasks.Select(t => t.Title));
    }

    [Fact]
    public async Task Missing_details_can_be_given_in_the_next_message()
    {
        _store.Seed("Pay rent");

        var askedTitle = await Say("add a task");
        Assert.Empty(CalledTools(askedTitle));
        await Say("buy milk");
        Assert.Contains(_store.Tasks, t => t.Title == "Buy milk");

        var askedChange = await Say("change task 1");
        Assert.Empty(CalledTools(askedChange));
        await Say("high priority");
        Assert.Equal("high", _store.Tasks[0].Priority);
    }

    [Fact]
    public async Task A_name_that_matches_nothing_is_reported()
    {
        _store.Seed("Buy groceries");

        var response = await Say("complete the dentist task");

        Assert.DoesNotContain("complete_task", CalledTools(response));
        Assert.Contains("couldn't find", response.Text);
    }

    [Fact]
    public async Task A_search_that_misses_is_retried_with_the_word_stem()
    {
        _store.Seed("Grocery run");

        var response = await Say("mark the groceries one done");

        Assert.Equal(["list_tasks", "list_tasks", "complete_task"], CalledTools(response));
        Assert.True(_store.Tasks[0].Completed);
    }

    [Fact]
    public async Task Completing_several_tasks_at_once_asks_first_then_completes_them_in_one_batch()
    {
        _store.Seed("Pay rent");
        _store.Seed("Call mom");
        _store.Seed("Book flights");

        var asked = await Say("mark tasks 1 and 3 as done");
        var response = await Say("yes");

        Assert.Empty(CalledTools(asked));
        Assert.Contains("?", asked.Text);
        Assert.Equal(["complete_task"], CalledTools(response));
        Assert.Equal([true, false, true], _store.Tasks.Select(t => t.Completed));
        Assert.Contains("Pay rent", response.Text);
        Assert.Contains("Book flights", response.Text);
    }

    [Fact]
    public async Task A_no_to_the_question_changes_nothing()
    {
        _store.Seed("Pay rent", completed: true);
        _store.Seed("Call mom", completed: true);

        await Say("delete all completed tasks");
        var response = await Say("no");

        Assert.Empty(CalledTools(response));
        Assert.Equal(2, _store.Tasks.Count);
    }

    [Fact]
    public async Task A_tool_error_is_explained()
    {
        var response = await Say("complete task 99");

        Assert.Contains("couldn't complete task #99", response.Text);
        Assert.Contains("Task 99 was not found", response.Text);
    }

    [Fact]
    public async Task Completing_a_recurring_task_mentions_the_next_occurrence()
    {
        _store.Seed("Water plants", dueAt: "2026-11-28T09:00:00+05:00", recurrence: "FREQ=WEEKLY;BYDAY=SA");

        var response = await Say("task 1 done");

        Assert.Contains("next one (#2)", response.Text);
        Assert.Contains("Sat 5 Dec", response.Text);
    }

    [Fact]
    public async Task Adding_confirms_with_the_details_in_the_users_time()
    {
        var response = await Say("remind me to call mom tomorrow 5pm, high priority");

        var task = Assert.Single(_store.Tasks);
        Assert.Equal("2026-11-29T17:00:00+05:00", task.DueAt);
        Assert.Equal("Added \"Call mom\" (#1), due tomorrow at 5:00 PM, high priority, and I'll remind you then.", response.Text);
    }

    [Fact]
    public async Task A_reminder_before_the_due_time_is_said_back_with_its_own_time()
    {
        var response = await Say("add call the bank tomorrow at 4pm, remind me 30 minutes before");

        Assert.Single(_store.Tasks);
        Assert.Equal("Added \"Call the bank\" (#1), due tomorrow at 4:00 PM, reminder set for tomorrow at 3:30 PM.", response.Text);
    }

    [Fact]
    public async Task Not_understood_calls_no_tool_and_suggests_examples()
    {
        var response = await Say("what's the weather like?");

        Assert.Empty(CalledTools(response));
        Assert.Contains("didn't understand", response.Text);
        Assert.Contains("What's pending?", response.Text);
    }

    [Fact]
    public async Task Not_understood_in_urdu_is_answered_in_urdu()
    {
        var response = await Say("موسم کیسا ہے؟");

        Assert.Empty(CalledTools(response));
        Assert.StartsWith("معاف کیجیے", response.Text);
    }

    [Fact]
    public async Task Urdu_requests_get_urdu_replies()
    {
        var added = await Say("دودھ خریدنے کا کام شامل کریں", language: "ur");
        Assert.Equal("«دودھ خریدنا» شامل کر دیا گیا (کام #1)۔", added.Text);

        var listed = await Say("mere tasks dikhao", language: "ur");
        Assert.StartsWith("آپ کے کام (1):", listed.Text);
        Assert.Contains("• #1 دودھ خریدنا", listed.Text);

        var completed = await Say("کام 1 مکمل کریں", language: "ur");
        Assert.Equal("شاباش! «دودھ خریدنا» (کام #1) مکمل ہو گیا۔", completed.Text);
    }

    [Fact]
    public async Task Roman_urdu_is_answered_in_urdu_script_when_the_language_is_detected()
    {
        var response = await Say("kal subah 9 baje meeting yaad dilana");

        Assert.Equal("«Meeting» شامل کر دیا گیا (کام #1)، کل صبح 9 بجے تک، یاد دہانی کے ساتھ۔", response.Text);
    }
}
