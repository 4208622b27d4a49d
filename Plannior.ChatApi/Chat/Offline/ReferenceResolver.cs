namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using System.Text.RegularExpressions;

internal abstract record Resolution
{
    public sealed record Found(IReadOnlyList<TaskSnapshot> Tasks) : Resolution;
    // Query: a text the title holds as said; TitleWords: any one of these in the title (a name said by meaning)
    public sealed record Lookup(string Query, string? Status, IReadOnlyList<string>? TitleWords = null) : Resolution;
    public sealed record Ambiguous(IReadOnlyList<TaskSnapshot> Candidates) : Resolution;
    public sealed record NotFound(string Name) : Resolution;
    public sealed record NoList : Resolution;
    public sealed record OutOfRange(int Ordinal, int Count) : Resolution;
    public sealed record Unspecified : Resolution;
}

// Turns "task 3", "the first one", "it" or "the groceries one" into task ids, using the conversation,
// or asks for a list_tasks search when a name is not among the tasks already seen.
internal static partial class ReferenceResolver
{
    public static Resolution Resolve(UserRequest request, ConversationMemory memory)
    {
        var target = request.Target;
        if (target.Ids.Count > 0)
        {
            return new Resolution.Found(target.Ids.Select(id => memory.Known.TryGetValue(id, out var seen) ? seen : new TaskSnapshot(id)).ToList());
        }

        if (target.Ordinal is { } ordinal)
        {
            if (memory.LastList is not { Count: > 0 } list) return new Resolution.NoList();
            var index = ordinal < 0 ? list.Count - 1 : ordinal - 1;
            return index < list.Count ? new Resolution.Found([list[index]]) : new Resolution.OutOfRange(ordinal, list.Count);
        }

        if (target.Names.Count >= 2)
        {
            return ByNames(target.Name!, target.Names, request.Kind, memory);
        }

        if (target.Name is { } name)
        {
            // "remind me about the team meeting": a task to add when none has that name, so only a name said in full finds one
            return ByName(name, request.Kind, memory, byMeaning: !request.FullNameOnly);
        }

        if (target.Pronoun)
        {
            return memory.Focus.Count switch
            {
                0 => new Resolution.Unspecified(),
                1 => new Resolution.Found(memory.Focus),
                _ => new Resolution.Ambiguous(memory.Focus),
            };
        }

        return new Resolution.Unspecified();
    }

    private static Resolution ByName(string name, IntentKind kind, ConversationMemory memory, bool byMeaning)
    {
        var status = StatusFor(kind);
        var lookups = memory.CurrentTurn.Where(e => e.Name == TaskTools.ListTasks).ToList();
        if (lookups.Count == 0)
        {
            var seen = Rank(name, memory.Known.Values.ToList(), kind, strict: true);
            return seen.Count == 1 ? new Resolution.Found(seen) : new Resolution.Lookup(name.ToLowerInvariant(), status);
        }

        var last = lookups[^1];
        var candidates = TaskSnapshot.ListFrom(last.Result);
        // "spoke to mom just now", "plants are watered", "the dentist isn't that pressing": when the words said are not
        // in one title as written, every task is read and the one its content words (and their glosses) point to is it
        if (last.Arg("query") is null)
        {
            var meant = byMeaning ? ByMeaning(name, candidates, kind) : Rank(name, candidates, kind, strict: true);
            // the content words found nothing by meaning: a word may be English written in Urdu letters ("اسٹینڈ اپ"),
            // which only the tasks themselves can be matched against, so the first page of them is read
            if (meant.Count == 0 && last.Args.ContainsKey("title_words")) return new Resolution.Lookup("", status ?? "all");
            return meant.Count switch { 0 => new Resolution.NotFound(name), 1 => new Resolution.Found(meant), _ => new Resolution.Ambiguous(meant) };
        }

        var matches = Rank(name, candidates, kind, strict: false);
        if (matches.Count == 1) return new Resolution.Found(matches);
        if (matches.Count > 1) return new Resolution.Ambiguous(matches);
        // the tasks whose titles hold one of the name's content words (or their glosses) are the candidates, found by the
        // database among all of the user's tasks, not among a first page of them
        return new Resolution.Lookup("", status ?? "all", byMeaning && ContentWords(name) is { Count: > 0 } words ? words : null);
    }

    // "delete the dentist appointment and the call mom task": the tasks whose titles hold the names' words are read once,
    // and each name must find its own one; a whole name that is one task's title ("Buy milk and eggs") is that task
    private static Resolution ByNames(string whole, IReadOnlyList<string> names, IntentKind kind, ConversationMemory memory)
    {
        var status = StatusFor(kind);
        if (memory.CurrentTurn.LastOrDefault(e => e.Name == TaskTools.ListTasks) is not { } read)
        {
            var words = names.SelectMany(ContentWords).Distinct().ToList();
            return new Resolution.Lookup("", status ?? "all", words.Count > 0 ? words : null);
        }

        var candidates = TaskSnapshot.ListFrom(read.Result);
        if (candidates.Where(c => NamesInFull(whole, c)).ToList() is [var titled]) return new Resolution.Found([titled]);
        var found = new List<TaskSnapshot>();
        foreach (var name in names)
        {
            var meant = Rank(name, candidates, kind, strict: true) is { Count: > 0 } ranked ? ranked : ByMeaning(name, candidates, kind);
            switch (meant.Count)
            {
                case 0: return new Resolution.NotFound(name);
                case > 1: return new Resolution.Ambiguous(meant);
            }
            if (found.All(t => t.Id != meant[0].Id)) found.Add(meant[0]);
        }
        return new Resolution.Found(found);
    }

    // completing looks among the open tasks only; every other change among all of them
    private static string? StatusFor(IntentKind kind) => kind == IntentKind.Complete ? "pending" : null;

    // "plants are watered" → plant, water: the words ByMeaning scores by, less the doing words that alone never name a task
    private static List<string> ContentWords(string name) =>
        NameWords(name).Where(w => !Lexicons.BuiltIn.IsNameFiller(w)).Select(Stem).Where(w => !EnglishLexicon.Doings.Contains(w)).Distinct().Take(12).ToList();

    // the name's words of three letters or more, each with the English words a lexicon glosses it as
    private static IEnumerable<string> NameWords(string name) => Words(name).SelectMany(w => Lexicons.BuiltIn.Gloss(w).Prepend(w)).Where(w => w.Length >= 3);

    // Each content word of the name (three letters or more, or a gloss) that starts a word of the title counts; a title
    // matched only by its doing word ("Buy groceries" for "buy bread") is not the task meant.
    private static List<TaskSnapshot> ByMeaning(string name, List<TaskSnapshot> candidates, IntentKind kind)
    {
        var wanted = NameWords(name).Select(Stem)
            .Concat(Words(name).Where(w => Lexicons.BuiltIn.Gloss(w).Count == 0).Select(w => Sounded(Lexicons.BuiltIn.Sounds(w))).OfType<string>())
            .Concat(Words(name).Select(w => Sounded(Spelling.Consonants(w), RomanForUrdu)).OfType<string>())
            .Distinct().ToList();
        var scored = candidates.Select(c =>
        {
            var titleWords = Words(c.Title ?? "").ToList();
            // "اسٹینڈ اپ" for "Team standup": an English word written in Urdu letters is matched by its consonants
            var words = titleWords.Select(Stem).Concat(titleWords.Select(w => Sounded(Spelling.Consonants(w))).OfType<string>())
                // "sabzi wala task" for «سبزی لینا»: a Roman Urdu name is heard against a title in Urdu letters
                .Concat(titleWords.Select(w => Sounded(Lexicons.BuiltIn.Sounds(w), RomanForUrdu)).OfType<string>()).ToList();
            var hits = words.Where(t => t.Length >= 3 && wanted.Any(w => t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal))).ToList();
            var named = hits.Any(h => !EnglishLexicon.Doings.Contains(h));
            return (Task: c, Score: named ? hits.Count : 0);
        }).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0) return [];
        var best = scored.Max(s => s.Score);
        var top = scored.Where(s => s.Score == best).Select(s => s.Task).ToList();
        if (top.Count > 1 && kind == IntentKind.Complete && top.Count(t => !t.Completed) == 1) return top.Where(t => !t.Completed).ToList();
        return top;
    }

    // a token no written word can be, so consonants meet only consonants; three or more, or "اپ" would find every "up"
    private static string? Sounded(string? consonants, char mark = '~') => consonants is { Length: >= 3 } ? mark + consonants : null;

    // the other way round, Latin letters said against Urdu ones: a mark of its own, so Latin never meets Latin by sound
    // ("report" is not "repair")
    private const char RomanForUrdu = '^';

    private static List<TaskSnapshot> Rank(string name, List<TaskSnapshot> candidates, IntentKind kind, bool strict)
    {
        var wanted = Words(name).SelectMany(w => Lexicons.BuiltIn.Gloss(w).Prepend(w)).Select(Stem).Distinct().ToList();
        if (wanted.Count == 0 || candidates.Count == 0)
        {
            return [];
        }

        var exact = candidates.Where(c => NamesInFull(name, c)).ToList();
        if (exact.Count == 1)
        {
            return exact;
        }

        var scored = candidates.Select(c => (Task: c, Score: Score(wanted, c.Title ?? ""))).Where(s => s.Score > 0).ToList();
        if (strict)
        {
            scored = scored.Where(s => s.Score == wanted.Count).ToList();
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        var top = scored.Where(s => s.Score == best).Select(s => s.Task).ToList();
        // completing targets what is still open; a finished task with the same name is not a rival
        if (top.Count > 1 && kind == IntentKind.Complete && top.Count(t => !t.Completed) == 1)
        {
            return top.Where(t => !t.Completed).ToList();
        }

        return top;
    }

    private static int Score(List<string> wanted, string title)
    {
        var titleWords = Words(title).Select(Stem).ToList();
        var lower = title.ToLowerInvariant();
        return wanted.Count(w => lower.Contains(w, StringComparison.Ordinal)
            || titleWords.Any(t => t.Length >= 3 && (t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal))));
    }

    /// <summary>
    /// Whether <paramref name="name"/> is <paramref name="task"/>'s whole title, less the words that never name a task
    /// ("delete water the plants", "the call mom task"): a task named so is no guess, so even a delete of it is not asked.
    /// </summary>
    public static bool NamesInFull(string name, TaskSnapshot task) =>
        task.Title is { } title && Words(name).Where(w => !Lexicons.BuiltIn.IsNameFiller(w)).SequenceEqual(Words(title).Where(w => !Lexicons.BuiltIn.IsNameFiller(w)));

    private static IEnumerable<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    internal static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 4 || !w.All(char.IsAsciiLetter))
        {
            return w;
        }

        foreach (var suffix in (string[])["ies", "es", "ing", "ed", "s"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex Word();
}
