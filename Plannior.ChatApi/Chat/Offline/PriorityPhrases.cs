namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

internal static partial class PriorityPhrases
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";

    // Negated forms ("not urgent", "kam zaroori", "غیر ضروری") are tried first: they contain the high words.
    // A bare "high"/"low" counts only where a task is being changed ("make it high").
    public static string? Extract(Utterance u, bool allowBare = false)
    {
        // Todoist's shorthand: p1 and p2 are the urgent ones, p4 the default that asks for nothing
        if (u.Take(Shorthand()) is { } p)
        {
            return p.Groups["n"].Value switch { "1" or "2" => High, "3" => Medium, _ => Low };
        }
        // "koi jaldi nahi, kam tarjeeh": the same priority said twice is said once, and neither is left in the title
        if (u.TakeAll(LowPhrase()).Count > 0) return Low;
        if (u.TakeAll(MediumPhrase()).Count > 0) return Medium;
        if (u.TakeAll(HighPhrase()).Count > 0) return High;
        if (allowBare && u.Take(Bare()) is { } bare)
        {
            return bare.Groups["p"].Value.ToLowerInvariant() switch
            {
                "low" or "kam" or "کم" => Low,
                "medium" or "normal" => Medium,
                _ => High,
            };
        }

        return null;
    }

    [GeneratedRegex(@"(?:\b(?:with|as|at|a|an|of)\s+)*(?:\bnot\s+(?:very\s+|that\s+|too\s+)?(?:urgent|important|a\s+priority)\b|\b(?:lower|reduce|decrease|drop|downgrade)\s+(?:the\s+|its\s+)?(?:priority|prio)\b(?:\s+(?:of|on|for))?|\bless\s+(?:urgent|important)\b|\bdeprioriti[sz]e\b|\blow(?:est)?\s+(?:priority|prio|pri)\b|\bpriority\s*(?:is\s+|to\s+|of\s+|:|=|-)?\s*(?:low|kam|lower|lowr|neechi|neeche|down)\b|\bno\s+rush\b|\bno\s+hurry\b|\bnot\s+(?:that\s+|very\s+|too\s+)?pressing\b|\bnon[\s-]?urgent\b|\b(?:zaroori|zaruri|zarori|urgent)\s+(?:nahi|nahin|nai)(?:\s+(?:hai|he|h))?\b|\bkoi\s+jaldi\s+(?:nahi|nahin)\b|ضروری\s+نہیں(?:\s+ہے)?|کوئی\s+جلدی\s+نہیں|\b(?:kam|ghair|ghair\s+)\s*(?:zaroori|zaruri|zarori|ahem|aham|priority)\b|غیر\s*ضروری|کم\s+(?:اہم|ضروری|ترجیح)|ترجیح\s+(?:کم|نچلی)|(?:نچلی|کم)\s+ترجیح|(?:پرائیورٹی|پرایورٹی)\s+(?:لو|low|کم)(?![\p{L}])|(?<![\p{L}])لو\s+(?:پرائیورٹی|پرایورٹی))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowPhrase();

    [GeneratedRegex(@"(?:\b(?:with|as|at|a|an|of)\s+)*(?:\b(?:medium|normal|moderate|mid)\s+(?:priority|prio)\b|\bpriority\s*(?:is\s+|to\s+|of\s+|:|=|-)?\s*(?:medium|normal|moderate)\b|درمیانی\s+ترجیح|ترجیح\s+درمیانی|(?:پرائیورٹی|پرایورٹی)\s+میڈیم|میڈیم\s+(?:پرائیورٹی|پرایورٹی))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediumPhrase();

    [GeneratedRegex(@"(?:\b(?:with|as|at|a|an|of|very|super|really|bohat|bahut|bohot)\s+)*(?:\b(?:high(?:est)?|top|max|urgent)\s+(?:priority|prio|pri)\b|\b(?:raise|increase|bump\s+up|upgrade)\s+(?:the\s+|its\s+)?(?:priority|prio)\b(?:\s+(?:of|on|for))?|\bmore\s+(?:urgent|important)\b|\bpriority\s*(?:is\s+|to\s+|of\s+|:|=|-)?\s*(?:high|top|zyada|ziada|zayada|ziyada|higher|oonchi|unchi|upar|up)\b|\burgent(?:ly)?\b|\basap\b|\bimportant\b|\bcritical\b|\bzar+oo?ri\b|\bzaruri\b|\bahem\b|\baham\b|\bfori\b|بہت\s+ضروری|ضروری|اہم|فوری|ارجنٹ|ترجیح\s+(?:سب\s+سے\s+)?(?:زیادہ|اونچی|بلند|اعلی|اعلیٰ)|(?:سب\s+سے\s+)?(?:زیادہ|اونچی|اعلی)\s+ترجیح|\b(?:priority|tarjeeh)\s+(?:sab\s+se\s+)(?:zyada|ziada|oonchi|unchi|high)\b|(?:پرائیورٹی|پرایورٹی)\s+(?:ہائی|زیادہ|high)|ہائی\s+(?:پرائیورٹی|پرایورٹی))(?:\s+(?:priority|prio))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HighPhrase();

    [GeneratedRegex(@"\b(?<p>high|low|medium|normal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\w#])(?:priority\s+)?p(?<n>[1-4])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shorthand();
}
