namespace Plannior.ChatApi.Chat.Offline;

internal enum IntentKind
{
    Unknown,
    Greeting,
    Thanks,
    Help,
    Add,
    List,
    Complete,
    Delete,
    Update,
    Undo,
}

// What one user message asks for, before any task ids are resolved against the conversation.
internal sealed class UserRequest(IntentKind kind)
{
    public IntentKind Kind { get; set; } = kind;
    public TaskFields Fields { get; } = new();
    // the further tasks of "add buy milk; call the plumber"
    public List<TaskFields> MoreAdds { get; } = [];
    public ListFilter Filter { get; } = new();
    public TaskTarget Target { get; } = new();
    // "remind me at 5pm about the dentist": the task to add when no task by that name exists
    public TaskFields? AddInstead { get; set; }
    // "remind me about the team meeting": only a task named in full is the one meant (else a new one is added)
    public bool FullNameOnly { get; set; }
    // the user said yes to the question this request raised, so it may act on several tasks or on a name
    public bool Confirmed { get; set; }
    // "tick that off. and delete call mom": the next command of the same message, planned once this one has its answer
    public UserRequest? Then { get; set; }
}

internal sealed class TaskFields
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Priority { get; set; }
    public List<string> Tags { get; set; } = [];
    // "remove the work tag", "work tag hata do": taken off the tags the task has
    public List<string> RemoveTags { get; set; } = [];
    // "untag it", "saare tags hata do": every tag comes off, whichever the task has
    public bool ClearTags { get; set; }
    public WhenPhrase When { get; set; } = new();
    public RepeatRule? Recurrence { get; set; }
    public bool Remind { get; set; }
    public bool? Completed { get; set; }
    public bool ClearDue { get; set; }
    public bool ClearReminder { get; set; }
    public bool ClearDescription { get; set; }
    // "remind me an hour before": the reminder sits that long before the task is due
    public TimeSpan? RemindBefore { get; set; }
    // "remind me the night before at 10pm": that many days before, at this time of day
    public TimeOnly? RemindTime { get; set; }
    public bool ClearRecurrence { get; set; }
    // "push it back a day", "ek din aage kar do": the due date moves by this much
    public TimeSpan? ShiftBy { get; set; }
    // "remind me to call Ali at 4pm >> sorry, make that 5": the request said again with one thing corrected, so a reminder
    // tied to the time first said moves with it (a plain "move task 3 to 5pm" changes the due time alone)
    public bool Restated { get; set; }

    /// <summary>Takes from <paramref name="more"/> every change this one does not already make ("… aur priority low kar do").</summary>
    public void AddMissing(TaskFields more)
    {
        Title ??= more.Title;
        Description ??= more.Description;
        Priority ??= more.Priority;
        Tags.AddRange(more.Tags.Where(t => !Tags.Contains(t)));
        RemoveTags.AddRange(more.RemoveTags.Where(t => !RemoveTags.Contains(t)));
        if (When.IsEmpty) When = more.When;
        Recurrence ??= more.Recurrence;
        RemindBefore ??= more.RemindBefore;
        RemindTime ??= more.RemindTime;
        ShiftBy ??= more.ShiftBy;
        Completed ??= more.Completed;
        ClearDue |= more.ClearDue;
        ClearReminder |= more.ClearReminder;
        ClearDescription |= more.ClearDescription;
        ClearRecurrence |= more.ClearRecurrence;
        ClearTags |= more.ClearTags;
    }

    public bool HasChanges =>
        Title is not null || Description is not null || Priority is not null || Tags.Count > 0 || RemoveTags.Count > 0 || ClearTags || !When.IsEmpty
        || Recurrence is not null || Completed is not null || ClearDue || ClearReminder || ClearDescription || ClearRecurrence || RemindBefore is not null || ShiftBy is not null;
}

internal sealed class ListFilter
{
    public string? Status { get; set; }
    public string? Priority { get; set; }
    public string? Tag { get; set; }
    public string? Query { get; set; }
    public string? Due { get; set; }
    // a single day the API has no filter for ("tomorrow"); applied to the returned list
    public DateOnly? Day { get; set; }
}

internal sealed class TaskTarget
{
    public List<int> Ids { get; } = [];
    // 1-based position in the last list shown; -1 is the last one
    public int? Ordinal { get; set; }
    public bool Pronoun { get; set; }
    public string? Name { get; set; }
    // "delete the dentist appointment and the call mom task": each name said, when the name is a list of them
    public List<string> Names { get; } = [];

    // "all completed tasks", "everything due today", "sab mukammal kaam": every task the filter finds
    public bool All { get; set; }
    public ListFilter Filter { get; } = new();

    public bool IsEmpty => Ids.Count == 0 && Ordinal is null && !Pronoun && Name is null && !All;

    public void ReplaceWith(TaskTarget other)
    {
        Ids.Clear();
        Ids.AddRange(other.Ids);
        Ordinal = other.Ordinal;
        Pronoun = other.Pronoun;
        Name = other.Name;
        Names.Clear();
        Names.AddRange(other.Names);
        All = other.All;
    }
}
