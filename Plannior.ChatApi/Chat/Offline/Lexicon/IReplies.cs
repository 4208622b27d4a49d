namespace Plannior.ChatApi.Chat.Offline;

/// <summary>The replies of one language that involve no tool result: small talk, questions back, list headings.</summary>
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
}
