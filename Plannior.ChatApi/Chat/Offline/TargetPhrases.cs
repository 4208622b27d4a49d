namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.RegularExpressions;

// Which task a message is about: "task 3" / "#3" / "کام 3", "the first one" / "pehla wala",
// "it" / "ise", or a name ("the groceries one").
internal static partial class TargetPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool HasId(string text) => Id().IsMatch(text);

    public static List<int> TakeIds(Utterance u)
    {
        var ids = new List<int>();
        foreach (var m in u.TakeAll(Id()))
        {
            ids.Add(int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture));
            ids.AddRange(Digits().Matches(m.Groups["more"].Value).Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture)));
        }

        // "complete 3", "delete #5": a bare number right after the verb
        if (ids.Count == 0 && u.Take(LeadingNumber()) is { } bare)
        {
            ids.Add(int.Parse(bare.Groups["id"].Value, CultureInfo.InvariantCulture));
            // "delete 586, 589 and 592": the list goes on past the first number, and is acted on as one batch
            ids.AddRange(Digits().Matches(bare.Groups["more"].Value).Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture)));
        }

        return ids.Distinct().ToList();
    }

    public static int? TakeOrdinal(Utterance u)
    {
        var m = u.Take(EnglishOrdinal());
        if (m is not null && char.IsAsciiDigit(m.Groups["o"].Value[0]) && !m.Groups["n"].Success)
        {
            return null;
        }

        m ??= u.Take(UrduOrdinal());
        return m is null ? null : m.Groups["o"].Value.ToLowerInvariant() switch
        {
            "first" or "1st" or "pehla" or "pehli" or "pehle" or "pahla" or "pahli" or "pahle" or "پہلا" or "پہلی" or "پہلے" => 1,
            "second" or "2nd" or "doosra" or "dusra" or "doosri" or "dusri" or "doosre" or "dusre" or "دوسرا" or "دوسری" or "دوسرے" => 2,
            "third" or "3rd" or "teesra" or "tisra" or "teesri" or "teesre" or "تیسرا" or "تیسری" or "تیسرے" => 3,
            "fourth" or "4th" or "chautha" or "chauthi" or "chauthe" or "چوتھا" or "چوتھی" or "چوتھے" => 4,
            "fifth" or "5th" => 5,
            "sixth" or "6th" => 6,
            "seventh" or "7th" => 7,
            "eighth" or "8th" => 8,
            "ninth" or "9th" => 9,
            "tenth" or "10th" => 10,
            _ => -1,
        };
    }

    public static bool TakePronoun(Utterance u) => u.Take(Pronoun()) is not null;

    // What is left after every known phrase was cut out, minus filler words, names the task.
    public static string? Name(string remainder)
    {
        // "call mom's priority": the task is "call mom"
        var words = Word().Matches(remainder).Select(m => m.Value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? m.Value[..^2] : m.Value)
            .Where(w => !Lexicons.BuiltIn.IsNameFiller(w))
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    // "the dentist appointment and the call mom task", "dentist, groceries aur call mom": the names of a list, when there
    // are two or more ("and" is a filler word of one name, so it is split on before the name is read)
    public static List<string> Names(string remainder)
    {
        // a comma alone parts clauses ("called mom, she says hi"); a list of names ends in an "and"
        if (!NameAnd().IsMatch(remainder)) return [];
        var names = NameList().Split(remainder).Select(Name).OfType<string>().ToList();
        return names.Count >= 2 ? names : [];
    }

    private const string And = @"&|\band\b|\baur\b|(?<![\p{L}])اور(?![\p{L}])";

    [GeneratedRegex(@"\s*(?:,|" + And + @")\s*", Options)]
    private static partial Regex NameList();

    [GeneratedRegex(And, Options)]
    private static partial Regex NameAnd();

    [GeneratedRegex(@"(?:(?<![\w#])#\s*|\b(?:tasks?|number|no\.?|num|item|todo|to-do)\s*(?:#|no\.?|number)?\s*|(?:کام|ٹاسک|نمبر)\s*(?:نمبر|#)?\s*)(?<id>\d{1,7})(?<more>(?:\s*(?:,|and|&|aur|or|اور)\s*#?\d{1,7}\b)*)\b(?!\s*(?:am|pm|a\.m|p\.m|baje|بجے|:\d|st\b|nd\b|rd\b|th\b|days?\b|hours?\b|mins?\b|minutes?\b|din\b|ghante\b|دن|گھنٹ|تاریخ|tareekh))", Options)]
    private static partial Regex Id();

    [GeneratedRegex(@"^\s*#?(?<id>\d{1,7})(?<more>(?:\s*(?:,|and|&|aur|or|اور)\s*#?\d{1,7}\b)*)\b(?!\s*(?:am|pm|a\.m|p\.m|baje|بجے|:\d|st\b|nd\b|rd\b|th\b|days?\b|hours?\b|mins?\b|minutes?\b))", Options)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:the\s+)?(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\b(?<n>\s+(?:one|task|item|todo|entry)\b)?(?!\s+of\b)(?:\s+(?:on|in)\s+(?:the|my|that)\s+list\b)?", Options)]
    private static partial Regex EnglishOrdinal();

    [GeneratedRegex(@"\b(?<o>pehla|pehli|pehle|pahla|pahli|pahle|doosra|dusra|doosri|dusri|doosre|dusre|teesra|tisra|teesri|teesre|chautha|chauthi|chauthe|(?:aakhri|akhri|aakhari|akhari)(?!\s+(?:tareekh|tarikh|date|din)\b))\b(?:\s+(?:wala|wali|wale|task|kaam)\b)?|(?<o>پہلا|پہلی|پہلے|دوسرا|دوسری|دوسرے|تیسرا|تیسری|تیسرے|چوتھا|چوتھی|چوتھے|آخری(?!\s+(?:تاریخ|دن|وقت)))(?:\s+(?:والا|والی|والے|کام))?", Options)]
    private static partial Regex UrduOrdinal();

    [GeneratedRegex(@"\b(?:that\s+one|this\s+one|that\s+task|this\s+task|the\s+same(?:\s+one)?|same\s+one|it|that|this|ise|isay|isey|isse|usay|usey|usse|isko|usko|is\s+ko|us\s+ko|yeh|ye|woh|wo|yehi|wohi)\b|(?<![\p{L}])(?:اسے|اُسے|اس\s+کو|اس|یہ|وہ|یہی|وہی)(?![\p{L}])", Options)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}][\p{L}\p{Mn}\p{Nd}'\-]*")]
    private static partial Regex Word();
}
