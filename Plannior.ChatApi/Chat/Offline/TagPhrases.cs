namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

internal static partial class TagPhrases
{
    public static List<string> Extract(Utterance u)
    {
        var tags = new List<string>();
        foreach (var m in u.TakeAll(TagThenVerb()).Concat(u.TakeAll(Tagged())).Concat(u.TakeAll(UrduTagColon())).Concat(u.TakeAll(Hashtag())))
        {
            foreach (Capture capture in m.Groups["t"].Captures)
            {
                var tag = capture.Value.Trim().ToLowerInvariant();
                if (tag.Length is > 0 and <= 32 && !tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }

    // "#3" is a task number, so a tag must start with a letter
    // "ٹیگ: دفتر"
    [GeneratedRegex(@"ٹیگ\s*:\s*(?<t>\p{L}[\p{L}\p{Mn}\p{Nd}_\-]*)")]
    private static partial Regex UrduTagColon();

    [GeneratedRegex(@"(?<![\w#])#(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)")]
    private static partial Regex Hashtag();

    // "، ٹیگ work لگا دینا", "tag ghar aur safai laga do": the tag said between the word "tag" and its verb
    [GeneratedRegex(@"(?<![\p{L}])(?:tag|ٹیگ)\s+#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)(?:\s*(?:,|\band\b|&|\baur\b|(?<![\p{L}])اور)\s*#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*))*\s+(?:bhi\s+|بھی\s+)?(?:laga|lagao|lga|daal|dal|add|لگا|ڈال)\s*(?:" + RomanUrduLexicon.Do + "|" + UrduLexicon.Do + @")?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagThenVerb();

    // "tagged work", "with tags finance and work", "tags: a, b", "tag laga do office aur q4"
    [GeneratedRegex(@"\b(?:(?:are\s+|is\s+)?tagged(?:\s+(?:as|with))?|with\s+(?:the\s+)?tags?|under\s+(?:the\s+)?tags?|labell?ed(?:\s+(?:as|with))?|tags?\s*:|tag\s+it(?:\s+(?:as|with))?|(?<=,\s*)tags|tags?\s+(?:bhi\s+)?(?:laga|lagao|lga|daal|dal|add)(?:\s*(?:kar\s*)?(?:do|dein|den|de|dena))?(?=\s+\S)|(?<=,\s*)tag(?=\s+\p{L}))\s*#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)(?:\s*(?:,|\band\b|&|\baur\b)\s*(?!(?:due|by|on|at|for|from|every|remind|priority|tomorrow|today|tonight|next|high|low|urgent|kal|aaj)\b)#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tagged();
}
