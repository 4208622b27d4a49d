namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// A command word typed one key off ("remnd me", "delte task 3", "tomorow") still means the command. Only the
// handful of words the patterns hinge on are corrected, and only from words too long to be short real ones.
internal static partial class CommandTypos
{
    // The command words and the real words near them come from the lexicons (Lexicons.CorrectTypos).
    public static string Correct(string text, string[] commands, IReadOnlySet<string> realWords) => Word().Replace(text, m =>
    {
        var word = m.Value;
        if (word.Length < 5 || realWords.Contains(word))
        {
            return word;
        }
        var lower = word.ToLowerInvariant();
        // "deleted", "reminders": a command with its own ending is already right
        if (commands.Any(c => lower.StartsWith(c, StringComparison.Ordinal)))
        {
            return word;
        }
        return commands.FirstOrDefault(c => Math.Abs(c.Length - lower.Length) <= 1 && OneEditApart(lower, c)) ?? word;
    });

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
