namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// Turns what is left of an "add" message into a title: "a task to buy groceries" → "Buy groceries",
// "doodh khareedne ka task" → "Doodh khareedna", "دودھ خریدنے کا کام" → "دودھ خریدنا".
internal static partial class TitleExtractor
{
    public const int MaxLength = 200;

    public static string? TakeQuoted(Utterance u)
    {
        var m = u.Take(Quoted());
        return m is null ? null : Tidy(m.Groups["q"].Value);
    }

    public static string? Clean(string text)
    {
        var t = WithoutAsides(TrailingEmoji().Match(text) is { Success: true, Index: > 0 } mood ? text[..mood.Index] : text);
        for (var m = LeadingJunk().Match(t); m.Success && m.Length > 0; m = LeadingJunk().Match(t))
        {
            t = t[m.Length..];
        }

        var possessive = false;
        // only the last few words can be trailing filler; looking further would make long texts slow
        for (var m = TrailingJunk().Match(t, Math.Max(0, t.Length - 40)); m.Success && m.Length > 0; m = TrailingJunk().Match(t, Math.Max(0, t.Length - 40)))
        {
            possessive |= m.Groups["pos"].Success;
            t = t[..m.Index];
        }

        t = TextNormalizer.Collapse(t).Trim();
        if (possessive)
        {
            t = Infinitive(t);
        }

        return Tidy(t);
    }

    // "walima hai, remind kar dena", "yaar, …", "X - ping me": a clause made only of request words, once its
    // details were read, is the asking around the task, not part of it
    private static string WithoutAsides(string text)
    {
        var separators = Clause().Matches(text);
        if (separators.Count == 0)
        {
            return text;
        }

        // each clause keeps the separator before it, so what stays reads as it was written
        var clauses = new List<(string Separator, string Text)>();
        var start = 0;
        var before = "";
        foreach (Match separator in separators)
        {
            clauses.Add((before, text[start..separator.Index]));
            before = separator.Value;
            start = separator.Index + separator.Length;
        }
        clauses.Add((before, text[start..]));
        var kept = clauses.Where(c => Word().Matches(c.Text).Any(w => !Aside.Contains(w.Value))).ToList();
        if (kept.Count == 0 || kept.Count == clauses.Count)
        {
            return text;
        }
        return string.Concat(kept.Select((c, i) => i == 0 ? c.Text : c.Separator + c.Text));
    }

    private static readonly HashSet<string> Aside = new(StringComparer.OrdinalIgnoreCase)
    {
        "remind", "ping", "me", "tag", "it", "please", "pls", "plz", "thanks", "thank", "you", "u", "ok", "okay", "so", "hey", "hi", "hello",
        "no", "rush", "hurry", "not", "urgent", "important", "too", "also", "just", "and", "a", "note", "yaar", "yar", "bhai", "koi", "jaldi",
        "nahi", "nahin", "zaroori", "zaruri", "hai", "h", "he", "kar", "kr", "dena", "do", "dein", "de", "lo", "le", "na", "ek", "kaam", "task",
        "likh", "bhi", "ji", "jee", "yaad", "dila", "dilana", "salam", "assalam", "alaikum", "shukriya", "bas", "this", "is", "one", "more", "it's",
        "یاد", "دلا", "دلانا", "دینا", "دیں", "دو", "کر", "کرا", "کروا", "کرنا", "کوئی", "جلدی", "نہیں", "بہت", "ضروری", "اہم", "ذرا", "لکھ",
        "لیں", "لو", "شکریہ", "السلام", "علیکم", "جی", "بھائی", "ہے", "ایک", "کام", "نوٹ", "بھی", "پلیز", "یار", "مجھے", "mujhe",
    };

    [GeneratedRegex(@"\s*[,;:]\s*|\s+[\-–]\s+|(?<=\p{L})\.\s+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}']+")]
    private static partial Regex Word();

    // Before "ka kaam" a verb takes its oblique form (khareedne, خریدنے); a title reads better as
    // the plain infinitive (khareedna, خریدنا).
    private static string Infinitive(string title)
    {
        var space = title.LastIndexOf(' ');
        var last = title[(space + 1)..];
        if (last.EndsWith("نے", StringComparison.Ordinal) && last.Length > 2)
        {
            return title[..^2] + "نا";
        }

        if (last.Length > 3 && last.EndsWith("ne", StringComparison.OrdinalIgnoreCase) && !last.EndsWith("one", StringComparison.OrdinalIgnoreCase))
        {
            return title[..^2] + "na";
        }

        return title;
    }

    private static string? Tidy(string text)
    {
        var t = TextNormalizer.Collapse(text).Trim(' ', ',', '.', ';', ':', '-', '!', '?', '"', '\'');
        // "go to the gym every weekday at 7am 💪": an emoji closing the message is its mood, not the task's name
        if (TrailingEmoji().Match(t) is { Success: true, Index: > 0 } emoji)
        {
            t = t[..emoji.Index].TrimEnd(' ', ',', '.', ';', ':', '-', '!', '?');
        }

        if (t.Length == 0)
        {
            return null;
        }

        if (t.Length > MaxLength)
        {
            t = t[..MaxLength].TrimEnd();
        }

        return char.IsLower(t[0]) ? char.ToUpperInvariant(t[0]) + t[1..] : t;
    }

    [GeneratedRegex(@"\s*[\p{So}\p{Sk}\p{Cs}\uFE0F\u200D][\s\p{So}\p{Sk}\p{Cs}\uFE0F\u200D]*$")]
    private static partial Regex TrailingEmoji();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])'(?<q>[^']{2,200})'(?![\p{L}])|""(?<q>[^""]{2,200})""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(?:[\s,:;.!?\-]+|(?:this|it)\s+is\s*(?:really\s+|very\s+|super\s+)?[:\-]|one\s+more\s*[:\-]|(?:a|an|new|another|me|to|for|that|called|named|titled|saying|tasks?|todo|to-do|reminder|item|note|entry|please|also|just|and|then|is|about|i|need|mujhe|mujhay|ke|keh|kay|hai|hain)\b\s*|(?:har|ہر)\s+(?:ko|کو)\s+|(?:مجھے|کہ|ہے|ہیں)\s+|(?:ذرا\s+)?(?:یاد\s+(?:کرانا|کرا\s*دینا|دلانا|دلا\s*دینا)|لکھ\s*(?:لیں|لو|دیں)|نوٹ\s+کر\s*(?:لیں|لو))\s+کہ\s+|(?:zara\s+)?(?:yaad\s+(?:karana|kara\s*dena|dilana|dila\s*dena)|likh\s*(?:lo|lein|len|do)|note\s+kar\s*(?:lo|lein))\s+(?:ke|keh|kay|k)\s+|(?:یاد\s*دہانی|ریمائنڈر)\s+(?:لگا|سیٹ)\s*(?:دیں|دو)\s*:\s*|reminder\s+(?:laga|set)\s*(?:kar\s*)?(?:do|dein|den)?\s*:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingJunk();

    [GeneratedRegex(@"(?:[\s,:;.!?\-]+|\b(?:please|pls|plz|thanks|thank\s+you|thx|shukriya|it'?s|it\s+is|that'?s|for\s+me|(?:to|on|in)\s+(?:my|the)\s+(?:to-?do\s+|shopping\s+|task\s+)?list|to\s+my\s+tasks|as\s+a\s+task|with|as|and|at|on|by|due|before|until|till|in|for|from|every|priority|tasks?|reminder|(?<pos>ka|ki|ke)|ko|tak|pe|par|hai|hain|hy|hay|h|hn|hoga|wala|wali|wale|bhi|na|ji|kaam|zaroor)|(?<![\p{L}])(?:(?<pos>کا|کی|کے)|کو|تک|پر|ہے|ہیں|والا|والی|کام|ٹاسک|بھی|جی|ضرور))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJunk();
}
