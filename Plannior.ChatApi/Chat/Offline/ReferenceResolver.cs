namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using System.Text.RegularExpressions;

internal abstract record Resolution
{
    public sealed record Found(IReadOnlyList<TaskSnapshot> Tasks) : Resolution;
    public sealed record Lookup(string Query, string? Status) : Resolution;
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

        if (target.Name is { } name)
        {
            return ByName(name, request.Kind, memory);
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

    private static Resolution ByName(string name, IntentKind kind, ConversationMemory memory)
    {
        var status = kind == IntentKind.Complete ? "pending" : null;
        var lookups = memory.CurrentTurn.Where(e => e.Name == TaskTools.ListTasks).ToList();
        if (lookups.Count == 0)
        {
            var seen = Rank(name, memory.Known.Values.ToList(), kind, strict: true);
            return seen.Count == 1 ? new Resolution.Found(seen) : new Resolution.Lookup(name.ToLowerInvariant(), status);
        }

        var last = lookups[^1];
        var candidates = TaskSnapshot.ListFrom(last.Result);
        var matches = Rank(name, candidates, kind, strict: false);
        if (matches.Count == 1) return new Resolution.Found(matches);
        if (matches.Count > 1) return new Resolution.Ambiguous(matches);

        // the search text is matched literally, so "buying groceries" misses "Buy groceries": retry with a stem
        var stem = Stem(Words(name).OrderByDescending(w => w.Length).FirstOrDefault() ?? name);
        var tried = lookups.Select(l => l.Arg("query")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (stem.Length >= 3 && !tried.Contains(stem)) return new Resolution.Lookup(stem, status);
        // "ammi ko phone kar diya": a task titled in English, named in Urdu, is looked up by what its words mean
        var gloss = Words(name).SelectMany(Lexicons.BuiltIn.Gloss).Where(g => !tried.Contains(g)).OrderByDescending(g => g.Length).FirstOrDefault();
        return gloss is not null ? new Resolution.Lookup(gloss, status) : new Resolution.NotFound(name);
    }

    private static List<TaskSnapshot> Rank(string name, List<TaskSnapshot> candidates, IntentKind kind, bool strict)
    {
        var wanted = Words(name).SelectMany(w => Lexicons.BuiltIn.Gloss(w).Prepend(w)).Select(Stem).Distinct().ToList();
        if (wanted.Count == 0 || candidates.Count == 0)
        {
            return [];
        }

        var exact = candidates.Where(c => string.Equals(c.Title?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
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
