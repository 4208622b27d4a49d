namespace Plannior.ChatApi.Chat.Offline;

internal sealed class EnglishReplies : IReplies
{
    public static readonly EnglishReplies Instance = new();

    public string Greeting => "Hi! I'm your Plannior assistant — tell me what to add, or ask \"What's pending?\"";

    public string Thanks => "You're welcome! Anything else to add or check off?";

    public string Help => "I can add tasks (\"Remind me to call mom tomorrow at 5pm\"), list them (\"What's due this week?\"), complete them (\"Mark task 3 as done\"), change them (\"Move the dentist task to next Friday\") or delete them (\"Delete task 2\"). I understand English and Urdu.";

    public string NotUnderstood => "Sorry, I didn't understand that. I can add, list, complete, change or delete tasks — try \"Add a task to buy milk tomorrow at 5pm\", \"What's pending?\" or \"Mark task 3 as done\".";

    public string AskTitle => "What should the task be called? For example: \"Add a task to buy groceries tomorrow\".";

    public string AskChange => "What should I change on that task — the title, due date, priority or repeat?";

    public string AskWhich => "Which task do you mean? Tell me its number (e.g. \"task 3\") or its name.";

    public string NoList => "Which one do you mean? Ask me to show your tasks first, or tell me the task number (e.g. \"complete task 3\").";

    public string Cancelled => "OK, I left everything as it was.";

    public string NothingMatches => "No tasks match that, so nothing changed.";

    public string OutOfRange(int count) => $"That list only had {count} {(count == 1 ? "task" : "tasks")}. Which one do you mean?";

    public string NotFound(string name, IntentKind kind) =>
        $"I couldn't find {(kind == IntentKind.Complete ? "an open task" : "a task")} matching \"{name}\". Say \"show my tasks\" to see them all.";

    public string Ambiguous(IReadOnlyList<TaskSnapshot> candidates) =>
        $"A few tasks match that:{ReplyLines.Of(candidates, 10)}\nWhich one do you mean? You can say \"task {candidates[0].Id}\" or \"the first one\".";

    public string Confirm(IntentKind kind, IReadOnlyList<TaskSnapshot> tasks)
    {
        var count = tasks.Count;
        var more = count > ReplyLines.MaxConfirmed ? $"\n… and {count - ReplyLines.MaxConfirmed} more" : "";
        var action = kind switch { IntentKind.Delete => "Delete", IntentKind.Complete => "Complete", _ => "Change" };
        var noun = count == 1 ? "this task" : $"these {count} tasks";
        return $"{action} {noun}?{ReplyLines.Of(tasks, ReplyLines.MaxConfirmed)}{more}\nSay yes to go ahead, or no to leave {(count == 1 ? "it" : "them")} as {(count == 1 ? "it is" : "they are")}.";
    }

    public string ListHeader(ListFilter f, int count)
    {
        var adjective = (f.Due, f.Status) switch { ("overdue", _) => "overdue ", (_, "pending") => "pending ", (_, "completed") => "completed ", _ => "" };
        var priority = f.Priority is { } pr ? $"{pr}-priority " : "";
        var noun = count == 1 ? "task" : "tasks";
        var suffix = string.Concat(
            f.Due switch { "today" => " due today", "week" => " due this week", "none" => " without a due date", _ => f.Day is null ? "" : " due tomorrow" },
            f.Tag is { } t ? $" tagged #{t}" : "",
            f.Query is { } query ? $" matching \"{query}\"" : "");
        return $"You have {count} {adjective}{priority}{noun}{suffix}:";
    }

    public string ListEmpty(ListFilter f) => f switch
    {
        { Query: { } q } => $"I couldn't find any tasks matching \"{q}\".",
        { Tag: { } tag } => $"You have no tasks tagged #{tag}.",
        { Due: "overdue" } => "Nothing is overdue — you're all caught up!",
        { Due: "today" } => "Nothing is due today.",
        { Due: "week" } => "Nothing is due this week.",
        { Due: "none" } => "Every task has a due date.",
        { Day: not null } => "Nothing is due tomorrow.",
        { Status: "completed" } => "You haven't completed any tasks yet.",
        { Priority: { } p } => $"You have no {p}-priority tasks.",
        { Status: "pending" } => "You have no pending tasks — nice!",
        _ => "Your list is empty. Try \"Add a task to buy groceries\".",
    };

    public string Comma => ", ";

    public string Quoted(string? title) => $"\"{title}\"";

    public string Named(string? title, string id) => title is null ? $"task {id}" : $"\"{title}\" ({id})";

    public string Added(string title, string id, string details) => $"Added \"{title}\" ({id}){details}.";

    public string DueBy(string when) => $"due {when}";

    public string Repeating(string rrule) => $"repeating {DateWords.Recurrence(rrule, false)}";

    public string Priority(string priority) => $"{priority} priority";

    public string Tagged(string hashtags) => "tagged " + hashtags;

    public string RemindsThen => "and I'll remind you then";

    public string Completed(string named) => $"Nice work — {named} is done.";

    public string NextOccurrence(int nextId, string? when) =>
        $"It repeats, so the next one (#{nextId}) is {(when is null ? "on your list" : $"due {when}")}.";

    public string Deleted(string named) => $"Deleted {named}.";

    public string Updated(string named, string changes) => $"Updated {named}{(changes.Length > 0 ? ": " + changes : "")}.";

    public string Renamed => "renamed";

    public string NowDue(string when) => $"now due {when}";

    public string NoDueDate => "no due date";

    public string ReminderAt(string when) => $"reminder set for {when}";

    public string ReminderRemoved => "reminder removed";

    public string Repeats(string rrule) => $"repeats {DateWords.Recurrence(rrule, false)}";

    public string NoLongerRepeats => "no longer repeats";

    public string NoTags => "took off all its tags";
    public string Untagged(string hashtags) => "untagged " + hashtags;

    public string TagsNow(string hashtags) => "tags " + hashtags;

    public string Reopened => "reopened";

    public string NoteSaved => "note saved";

    public string NoteRemoved => "note removed";

    public string BatchDeleted(int count, string titles) => $"Deleted {count} {(count == 1 ? "task" : "tasks")}: {titles}.";

    public string BatchCompleted(int count, string titles) => $"Nice work — {count} {(count == 1 ? "task is" : "tasks are")} done: {titles}.";

    public string BatchFailed(int? taskId, string? reason) => $"Task #{taskId} failed: {reason}.";

    public string UndoHint => "Say \"undo\" if that was a mistake.";

    public string Undone(string? action, string title, int? taskId) => action switch
    {
        "created" => $"Undone: \"{title}\" is removed again.",
        "deleted" => $"Undone: \"{title}\" (#{taskId}) is back.",
        "completed" => $"Undone: \"{title}\" is open again.",
        "reopened" => $"Undone: \"{title}\" is done again.",
        _ => $"Undone: \"{title}\" is back the way it was.",
    };

    public string ListMore(int count) => $"…and {count} more.";

    public string LineDue(string when) => $"due {when}";

    public string LineHighPriority => "high priority";

    public string LineRepeats(string rrule) => DateWords.Recurrence(rrule, false);

    public string LineDone => "done";

    public string Failed(IntentKind kind, string? taskId, string reason)
    {
        var what = kind switch
        {
            IntentKind.Add => "add that task",
            IntentKind.List => "load your tasks",
            IntentKind.Complete => $"complete task #{taskId}",
            IntentKind.Delete => $"delete task #{taskId}",
            IntentKind.Undo => "undo that",
            _ => $"update task #{taskId}",
        };
        var hint = taskId is null ? "" : " Say \"show my tasks\" to see their numbers.";
        return $"Sorry, I couldn't {what}: {reason}.{hint}";
    }
}

internal static class ReplyLines
{
    public const int MaxConfirmed = 15;

    public static string Of(IReadOnlyList<TaskSnapshot> tasks, int max) => string.Concat(tasks.Take(max).Select(t => $"\n• #{t.Id} {t.Title}".TrimEnd()));
}
