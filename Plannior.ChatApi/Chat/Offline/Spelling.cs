namespace Plannior.ChatApi.Chat.Offline;

using System.Text;

// The consonants an English word is heard as, the way an Urdu writer spells it out letter by letter: vowels, "h",
// "w", "y" and "v" are left out ("standup" → "stndp", "اسٹینڈ" → "stnd"), "sh" and "ch" are one sound each, a soft
// "c" is an "s" ("groceries" → "grsrs", "گروسری" → "grsr"), and a doubled letter is one.
internal static class Spelling
{
    public static string? Consonants(string word)
    {
        if (!word.All(char.IsAsciiLetter)) return null;
        var w = word.ToLowerInvariant();
        var sounds = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var next = i + 1 < w.Length ? w[i + 1] : ' ';
            switch (w[i])
            {
                case 's' when next == 'h': sounds.Append('x'); i++; break;
                case 'c' when next == 'h': sounds.Append('c'); i++; break;
                case 'p' when next == 'h': sounds.Append('f'); i++; break;
                case 'c' when next is 'e' or 'i' or 'y': sounds.Append('s'); break;
                case 'c' or 'q': sounds.Append('k'); break;
                case 'x': sounds.Append("ks"); break;
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'h' or 'w' or 'y' or 'v': break;
                case var c: sounds.Append(c); break;
            }
        }
        return Collapse(sounds.ToString());
    }

    // "pssprt" → "psprt", "kk" → "k": a doubled letter is said once
    public static string Collapse(string sounds)
    {
        var collapsed = new StringBuilder(sounds.Length);
        foreach (var c in sounds)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c) collapsed.Append(c);
        }
        return collapsed.ToString();
    }
}
