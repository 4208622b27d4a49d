namespace Plannior.ChatApi.Chat.Language;

using System.Text.RegularExpressions;

/// <summary>
/// Decides whether a message is Urdu (Urdu script or Roman Urdu) or English, so the chat pipeline
/// and the offline assistant pick the same reply language.
/// </summary>
public static partial class LanguageDetector
{
    public const string English = "en";
    public const string Urdu = "ur";

    // Words that are common in Roman Urdu chat and rare as English words. Short ambiguous ones
    // ("do", "to", "me", "use") are left out so an English sentence mentioning "Kal" stays English.
    private static readonly HashSet<string> RomanUrduWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "karo", "kardo", "karein", "karen", "karain", "kariye", "karna", "karni", "karne", "kar", "karwana", "karwani",
        "dikhao", "dikhaein", "dikhayen", "dikhaen", "dikhaiye", "dikha", "batao", "bataein", "batayen", "bata",
        "mujhe", "mujhay", "mera", "meri", "mere", "hamara", "hamare", "tum", "aap",
        "hai", "hain", "tha", "thi", "kya", "kyun", "kaun", "kon", "konsa", "konse", "kaise",
        "nahi", "nahin", "nai", "haan", "ji", "jee", "acha", "accha", "theek", "thik", "shukriya", "salam", "salaam",
        "yaad", "dilana", "dila", "dilao", "kaam", "kam", "shamil", "shaamil", "daal", "dalo", "likh", "likho", "bana", "banao",
        "aaj", "kal", "parson", "parso", "subah", "sawere", "dopahar", "shaam", "raat", "baje", "bje",
        "wala", "wali", "wale", "ko", "ka", "ki", "ke", "mein", "se", "tak", "pe", "par", "aur", "bhi", "sab", "sare", "saare",
        "har", "roz", "rozana", "din", "hafte", "hafta", "mahine", "mahina", "saal", "ghante", "ghanta", "agle", "agla", "pichle",
        "mukammal", "khatam", "hata", "hatao", "mita", "mitao", "nikal", "nikalo", "badal", "badlo", "tabdeel",
        "gaya", "gya", "gayi", "liya", "lia", "chuka", "chuke", "zaroori", "zaruri", "zarori", "baqi", "baaki",
        "tareekh", "tarikh", "jumay", "juma", "jumma", "itwar", "itwaar", "mangal", "budh", "jumeraat",
    };

    /// <summary>Returns "ur" for Urdu script or Roman Urdu, otherwise "en".</summary>
    public static string DetectLanguage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return English;
        }

        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsArabicScript(c)) arabic++;
            else if (char.IsAsciiLetter(c)) latin++;
        }

        // Urdu writers mix in English words ("#work", "meeting"); any real share of Arabic script decides it.
        if (arabic > 0 && arabic * 4 >= latin)
        {
            return Urdu;
        }

        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return arabic > 0 ? Urdu : English;
        }

        var hits = words.Count(RomanUrduWords.Contains);
        return hits >= 2 || (hits >= 1 && hits * 4 >= words.Count) ? Urdu : English;
    }

    internal static bool IsArabicScript(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    [GeneratedRegex(@"[A-Za-z']+")]
    private static partial Regex Word();
}
