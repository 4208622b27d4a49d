namespace Plannior.ChatApi.Chat.Offline;

/// <summary>
/// Every reply of one language: small talk, questions back and list headings, and the confirmations written after
/// a tool ran. <see cref="ReplyWriter"/> picks the facts from a tool's result; these put them into words, so a
/// language's replies are all in one place and the writer has no language of its own.
/// </summary>
internal interface IReplies
{
    string Greeting { get; }
    string Thanks { get; }
    string Help { get; }
    string NotUnderstood { get; }
    string AskTitle { get; }
    string AskChange { get; }
    string AskWhich { get; }
    string NoList { get; }
    string Cancelled { get; }
    string NothingMatches { get; }
    string OutOfRange(int count);
    string NotFound(string name, IntentKind kind);

    /// <summary>Candidates written as list lines, so "the second one" in the answer counts from what was shown.</summary>
    string Ambiguous(IReadOnlyList<TaskSnapshot> candidates);

    /// <summary>Asked before acting on several tasks, or deleting one found by its name; also list lines.</summary>
    string Confirm(IntentKind kind, IReadOnlyList<TaskSnapshot> tasks);

    string ListHeader(ListFilter filter, int count);
    string ListEmpty(ListFilter filter);

    // ── After a tool ran ──

    /// <summary>Between the items of a list inside a sentence (", ", "، ").</summary>
    string Comma { get; }

    /// <summary>A title in quotes, as a batch lists them.</summary>
    string Quoted(string? title);

    /// <summary>A task by its title and number ("\"Buy milk\" (#3)"), or by its number alone when no title is known.</summary>
    string Named(string? title, string id);

    /// <summary>A new task, then its <paramref name="details"/>: the parts below, each after a <see cref="Comma"/>.</summary>
    string Added(string title, string id, string details);
    string DueBy(string when);
    string Repeating(string rrule);
    string Priority(string priority);
    string Tagged(string hashtags);
    string RemindsThen { get; }

    string Completed(string named);

    /// <summary>After <see cref="Completed"/> of a repeating task: its next occurrence, and when it is due if known.</summary>
    string NextOccurrence(int nextId, string? when);

    string Deleted(string named);

    /// <summary>A changed task, then its <paramref name="changes"/> (the parts below, joined by <see cref="Comma"/>), if any.</summary>
    string Updated(string named, string changes);
    string Renamed { get; }
    string NowDue(string when);
    string NoDueDate { get; }
    string ReminderAt(string when);
    string ReminderRemoved { get; }
    string Repeats(string rrule);
    string NoLongerRepeats { get; }
    string Untagged(string hashtags);
    string NoTags { get; }
    string TagsNow(string hashtags);
    string Reopened { get; }
    string NoteSaved { get; }
    string NoteRemoved { get; }

    /// <summary>Several tasks at once: what was done, then each <see cref="BatchFailed"/>, then <see cref="UndoHint"/>.</summary>
    string BatchDeleted(int count, string titles);
    string BatchCompleted(int count, string titles);
    string BatchFailed(int? taskId, string? reason);
    string UndoHint { get; }

    /// <summary>The latest change reverted; <paramref name="action"/> is what it had done ("created", "deleted", …).</summary>
    string Undone(string? action, string title, int? taskId);

    /// <summary>Below a list cut short: how many more there are.</summary>
    string ListMore(int count);

    // the details of one list line: "• #3 Buy groceries — due tomorrow at 5:00 PM, high priority"
    string LineDue(string when);
    string LineHighPriority { get; }
    string LineRepeats(string rrule);
    string LineDone { get; }

    /// <summary>A tool that failed, with its reason; a task's number is followed by how to see the numbers.</summary>
    string Failed(IntentKind kind, string? taskId, string reason);
}
