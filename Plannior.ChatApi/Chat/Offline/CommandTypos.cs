namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// A command word typed one key off ("remnd me", "delte task 3", "tomorow") still means the command. Only the
// handful of words the patterns hinge on are corrected, and only from words too long to be short real ones (four letters
// or more).
internal static partial class CommandTypos
{
    // The command words and the real words near them come from the lexicons (Lexicons.CorrectTypos).
    public static string Correct(string text, string[] commands, IReadOnlySet<string> realWords) => Word().Replace(text, m =>
    {
        var word = m.Value;
        if (word.Length < 4 || realWords.Contains(word))
        {
            return word;
        }
        var lower = word.ToLowerInvariant();
        // "deleted", "reminders": a command with its own ending is already right
        if (commands.Any(c => lower.StartsWith(c, StringComparison.Ordinal)))
        {
            return word;
        }
        // a four-letter word is corrected only by two letters swapped ("mvoe") or one left out ("lowr"): one letter
        // changed makes too many real words ("more", "love")
        return commands.FirstOrDefault(c => Math.Abs(c.Length - lower.Length) <= 1 && OneEditApart(lower, c)
                && (lower.Length >= 5 || c.Length == 5 || Swapped(lower, c)))
            // "wensday", "wendsday": a long word two letters off, kept to its start and its end, is still that word
            ?? commands.FirstOrDefault(c => c.Length >= 8 && lower.Length >= 6 && Math.Abs(c.Length - lower.Length) <= 2
                && lower[..2] == c[..2] && lower[^3..] == c[^3..] && WithinTwoEdits(lower, c))
            ?? word;
    });

    // Levenshtein distance of at most two, on short words only (two rows, no allocation beyond them)
    private static bool WithinTwoEdits(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= 2;
    }

    private static bool Swapped(string a, string b) =>
        a.Length == b.Length && Enumerable.Range(0, a.Length - 1).Any(i => a[i] == b[i + 1] && a[i + 1] == b[i] && a[..i] == b[..i] && a[(i + 2)..] == b[(i + 2)..]);

    // Damerau–Levenshtein distance of exactly one: one letter missing, extra, changed or swapped with its neighbour.
    private static bool OneEditApart(string a, string b)
    {
        if (a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        var (restA, restB) = (a[i..], b[i..]);
        return restA.Length == restB.Length
            ? restA[1..] == restB[1..] || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..])
            : restA.Length > restB.Length ? restA[1..] == restB : restB[1..] == restA;
    }

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();
}
