namespace Plannior.ChatApi.Chat.Offline;

/// <summary>
/// The command verbs of one way of writing: the words that say whether a message adds, lists, completes, changes,
/// deletes or undoes. Each is a list of regular-expression fragments (alternatives, no anchors); a lexicon leaves a
/// kind empty when its writers never say it that way.
/// </summary>
/// <remarks>
/// <para>A <em>lead</em> verb opens the message and is read up to a word boundary ("delete task 4"); a <em>trail</em>
/// verb closes it ("task 4 delete kar do", "کام 2 حذف کریں"); an <see cref="Undo"/> phrase is the whole message.</para>
/// <para><see cref="IntentCues.VerbPatterns"/> joins each kind across the lexicons once, when a <see cref="Lexicons"/>
/// set is built. Fragments of different lexicons must not start with the same word, so the order they are joined in
/// never changes what is read; a fragment may name the groups <c>search</c> (in <see cref="ListLead"/>: a search,
/// not a list) and <c>past</c> (in <see cref="CompleteLead"/>: a deed said as done, "booked flights").</para>
/// </remarks>
internal sealed record CommandVerbs
{
    public IReadOnlyList<string> ListLead { get; init; } = [];

    public IReadOnlyList<string> ListTrail { get; init; } = [];

    public IReadOnlyList<string> AddLead { get; init; } = [];

    public IReadOnlyList<string> AddTrail { get; init; } = [];

    public IReadOnlyList<string> CompleteLead { get; init; } = [];

    public IReadOnlyList<string> CompleteTrail { get; init; } = [];

    public IReadOnlyList<string> UpdateLead { get; init; } = [];

    public IReadOnlyList<string> UpdateTrail { get; init; } = [];

    public IReadOnlyList<string> DeleteLead { get; init; } = [];

    public IReadOnlyList<string> DeleteTrail { get; init; } = [];

    public IReadOnlyList<string> Undo { get; init; } = [];
}
