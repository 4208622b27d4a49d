namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// Filters for list_tasks: status, due window, priority, tag and a search text.
internal static partial class ListPhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static void Extract(Utterance u, ListFilter filter, TurnContext ctx)
    {
        // "work wale kaam dikhao": the one word said as whose tasks they are is their tag, unless it says which tasks
        // in another way ("overdue wale kaam"), read below; a search is "wala kaam", one task
        var whoseMany = u.Take(WhoseMany());
        var searching = u.Take(SearchMarker()) is not null;
        string? whose = null;
        if (whoseMany is not null)
        {
            var word = whoseMany.Groups["t"].Value;
            var said = new Utterance(word);
            var saysWhich = said.Has(Overdue()) || said.Has(Completed()) || said.Has(Pending()) || said.Has(Today()) || said.Has(Tomorrow()) || said.Has(All())
                || PriorityPhrases.Extract(new Utterance(word + " priority")) is not null || Lexicons.BuiltIn.IsListFiller(word) || Lexicons.BuiltIn.IsNameFiller(word);
            if (saysWhich)
            {
                u.Append(word);
                searching = true;
            }
            else
            {
                whose = word.ToLowerInvariant();
            }
        }
        filter.Tag = TagPhrases.Extract(u).FirstOrDefault();
        // "home ٹیگ والے کام", "tasks with the home tag": the word before "tag" names it
        if (filter.Tag is null && u.Take(NamedTag()) is { } named && !Lexicons.BuiltIn.IsNameFiller(named.Groups["t"].Value))
        {
            filter.Tag = named.Groups["t"].Value.ToLowerInvariant();
        }
        filter.Priority = PriorityPhrases.Extract(u);

        // "what do I need to get done", "what's left to do": what is still open, though "done" is in it
        if (u.Take(StillToDo()) is not null) filter.Status = "pending";
        else if (u.Take(Completed()) is not null) filter.Status = "completed";
        else if (u.Take(Pending()) is not null) filter.Status = "pending";

        if (u.Take(Overdue()) is not null) filter.Due = "overdue";
        else if (u.Take(NoDate()) is not null) filter.Due = "none";
        else if (u.Take(Today()) is not null) filter.Due = "today";
        else if (u.Take(ThisWeek()) is not null) filter.Due = "week";
        else if (u.Take(Tomorrow()) is not null) filter.Day = ctx.Today.AddDays(1);

        filter.Tag ??= whose;
        // "show me my work stuff": whose stuff it is, its tag
        if (filter.Tag is null && WhoseStuff().Match(u.Text) is { Success: true } stuff
            && !Lexicons.BuiltIn.IsListFiller(stuff.Groups["t"].Value) && !Lexicons.BuiltIn.IsNameFiller(stuff.Groups["t"].Value))
        {
            u.Cut(stuff.Index, stuff.Length);
            filter.Tag = stuff.Groups["t"].Value.ToLowerInvariant();
        }

        if (u.Take(All()) is not null && filter.Status is null && filter.Due is null && filter.Day is null)
        {
            filter.Status = "all";
        }

        // asking what is due means what is still to do
        if (filter.Status is null && (filter.Due is "overdue" or "today" or "week" || filter.Day is not null))
        {
            filter.Status = "pending";
        }

        if (filter.Status == "completed")
        {
            filter.Due = null;
            filter.Day = null;
        }

        var words = QueryWord().Matches(u.Text).Select(m => m.Value).Where(w => w.Length > 1 && !Lexicons.BuiltIn.IsListFiller(w)).ToList();
        if (words.Count > 0 && (searching || words.Count <= 2))
        {
            filter.Query = string.Join(' ', words);
        }
    }

    [GeneratedRegex(@"\b(?:need|have|got|want)\s+to\s+(?:get\s+)?(?:done|do|finish|complete)\b|\b(?:get|gets|getting)\s+done\b|\bleft\s+to\s+do\b|\bstill\s+to\s+do\b", Options)]
    private static partial Regex StillToDo();

    [GeneratedRegex(@"\b(?:about|regarding|called|named|titled|matching|containing|related\s+to|mentioning)\b|(?:^|\s)(?:wala|wale|wali)\b|(?<![\p{L}])(?:والا|والے|والی)(?![\p{L}])", Options)]
    private static partial Regex SearchMarker();

    [GeneratedRegex(@"\b(?:(?:complete|completed|mukammal|khatam|done)\s+ho\s+(?:gaye|gae|gaya|gayi|gai|chuke|chuka|chuki)|completed|complete|finished|finish|done|did|accomplished|ticked\s+off|crossed\s+off|checked\s+off|mukammal(?:\s+shuda)?|ho\s+chuke|kar\s+liye|kar\s+chuka|kar\s+chuki)\b|مکمل(?:\s*شدہ)?(?:\s+ہو\s+(?:گئے|چکے))?|ہو\s+چکے|کر\s+لیے", Options)]
    private static partial Regex Completed();

    [GeneratedRegex(@"\b(?:pending|open|remaining|left(?:\s+to\s+do)?|outstanding|unfinished|incomplete|not\s+done|to-?do|to\s+do|undone|baqi|baaki|bacha|bache|adhoor[ae]|adhoore|reh\s+gaye|reh\s+gaya|reh\s+gayi)\b|باقی|زیر\s*التوا|نامکمل|ادھورے|رہ\s+گئے|بقایا", Options)]
    private static partial Regex Pending();

    [GeneratedRegex(@"\b(?:overdue|late|past\s+due|missed|behind|delayed|past\s+(?:their|its|the)\s+(?:due\s+)?(?:date|deadline)s?|(?:date|deadline)s?\s+(?:has|have)\s+passed|passed\s+(?:their|its|the)\s+(?:due\s+)?(?:date|deadline)s?|tareekh\s+guzar\s+(?:gayi|chuki))\b|لیٹ|تاخیر|وقت\s+پر\s+نہیں|(?:(?:جن|جس)\s+کی\s+)?(?:تاریخ\s+)?گزر\s+(?:چکی|چکے|گئی|گئے)|زائد\s+المیعاد", Options)]
    private static partial Regex Overdue();

    [GeneratedRegex(@"\b(?:without|with\s+no|no|missing)\s+(?:a\s+)?(?:due\s+)?(?:date|deadline)s?\b|\bundated\b|\bno\s+due\b|بغیر\s+تاریخ", Options)]
    private static partial Regex NoDate();

    [GeneratedRegex(@"\b(?:for\s+)?(?:today|tonight|aaj|aj)\b(?:\s+(?:ke|ki|ka))?|آج(?:\s+(?:کے|کی|کا))?", Options)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:this|the)\s+week\b|\bweek\b|\b(?:is|iss)\s+hafte\b(?:\s+(?:ke|ki|ka))?|اس\s+ہفتے(?:\s+(?:کے|کی|کا))?|\bnext\s+7\s+days\b", Options)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:for\s+)?(?:tomorrow|kal)\b(?:\s+(?:ke|ki|ka))?|کل(?:\s+(?:کے|کی|کا))?", Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:all|every|everything|sab|saare|sare|tamam)\b|(?<![\p{L}])(?:سب|سارے|تمام)(?![\p{L}])", Options)]
    private static partial Regex All();

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}][\p{L}\p{Mn}\p{Nd}'\-]*")]
    private static partial Regex QueryWord();

    [GeneratedRegex(@"(?<![\p{L}#])(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]+)\s+stuff\b", Options)]
    private static partial Regex WhoseStuff();

    [GeneratedRegex(@"(?<![\p{L}#])(?!(?:tags?|ٹیگ|priority|prio|ترجیح)\s)(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]+)\s+(?:wale|waale|والے)(?:\s+(?:kaam|tasks|کام))?(?![\p{L}])", Options)]
    private static partial Regex WhoseMany();

    [GeneratedRegex(@"(?<![\p{L}#])(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)\s+(?:tag|ٹیگ)(?:\s+(?:wale|waale|wali|wala|والے|والی|والا))?(?![\p{L}])", Options)]
    private static partial Regex NamedTag();
}
