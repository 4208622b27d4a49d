namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// What an update asks to change: "to 'Call mom tonight'", "to next friday", "high priority",
// "repeat every monday", "as not done", "ka naam 'Sabzi lena' kar do", "remove the due date".
internal static partial class ChangePhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static void Extract(Utterance u, TaskFields fields, TurnContext ctx, string cue, string? quoted)
    {
        fields.Remind = IntentCues.IsRemind(u.Text) || IntentCues.IsRemind(cue);
        if (Reopen().IsMatch(cue) || u.Take(NotDone()) is not null)
        {
            fields.Completed = false;
        }
        else if (u.Take(Done()) is not null)
        {
            fields.Completed = true;
        }

        if (u.Take(IntentCues.RemindBefore()) is { } before)
        {
            fields.RemindBefore = BeforeOffset(before.Value);
            fields.RemindTime = TakeTimeAfter(u, before.Index, fields.RemindBefore.Value);
        }
        // "every 3 days instead of daily", "har roz ki bajaye": what the task was is not what it becomes
        u.Take(InsteadOf());
        if (u.Take(ClearDue()) is not null) fields.ClearDue = true;
        if (u.Take(ClearReminder()) is not null) fields.ClearReminder = true;
        if (u.Take(ClearDescription()) is not null) fields.ClearDescription = true;
        if (StopRepeating().IsMatch(cue) || u.Take(ClearRecurrence()) is not null) fields.ClearRecurrence = true;

        if (u.Take(Description()) is { } description)
        {
            fields.Description = description.Groups["d"].Value.Trim();
            // "add a note to the dentist task: …" names its task inside the phrase: give the name back
            if (description.Groups["target"].Success)
            {
                u.Append(description.Groups["target"].Value);
            }
        }

        var renaming = Rename().IsMatch(cue) || u.Has(TitleWord());
        fields.Title = quoted;
        if (fields.Title is null && renaming)
        {
            fields.Title = u.Take(NamedAs()) is { } named ? TitleExtractor.Clean(named.Groups["t"].Value) : TakeUrduName(u);
        }

        u.Take(TitleWord());
        // "untag work from task 5": the verb was the cue, the tag follows it
        if (Untag().IsMatch(cue))
        {
            u.Prepend("untag");
        }
        if (u.Take(ClearTags()) is not null) fields.ClearTags = true;
        foreach (var removed in u.TakeAll(RemoveTag()))
        {
            fields.RemoveTags.AddRange(removed.Groups["t"].Captures.Select(c => c.Value.ToLowerInvariant()).Where(t => !fields.RemoveTags.Contains(t)));
        }
        // "untag it", "untag the groceries": no tag named, so every tag it has comes off
        if (Untag().IsMatch(cue) && fields.RemoveTags.Count == 0)
        {
            fields.ClearTags = true;
            u.Take(Untag());
        }
        fields.Tags = TagPhrases.Extract(u);
        // "add the tag errands to task 4"
        if (u.Take(TagTo()) is { } tagTo)
        {
            fields.Tags.AddRange(tagTo.Groups["t"].Captures.Select(c => c.Value.ToLowerInvariant()).Where(t => !fields.Tags.Contains(t)));
        }
        // "task 2 mein health tag add kar do", "کام 2 پر صحت ٹیگ لگا دیں": the word before "tag" is the tag
        foreach (var named in u.TakeAll(NamedTag()))
        {
            var tag = named.Groups["t"].Value.ToLowerInvariant();
            if (!fields.Tags.Contains(tag) && !Lexicons.BuiltIn.IsNameFiller(tag)) fields.Tags.Add(tag);
        }
        // "tag the dentist appointment with health", "tag it travel": after the verb "tag", the words after "with" (or after
        // "it") are the tags
        if (TagVerb().IsMatch(cue) && u.Take(WithTags()) is { } with)
        {
            fields.Tags.AddRange(with.Groups["t"].Captures.Select(c => c.Value.ToLowerInvariant()).Where(t => !fields.Tags.Contains(t)));
        }
        if (u.Take(ShiftBy()) is { } shift)
        {
            var n = (int)DateTimePhrases.NumberValue(shift.Groups["n"].Value);
            var unit = shift.Groups["u"].Value.ToLowerInvariant();
            fields.ShiftBy = unit.StartsWith('h') || unit.StartsWith("gh") || unit.StartsWith("گھ") ? TimeSpan.FromHours(n)
                : unit.StartsWith('w') || unit.StartsWith("haft") || unit.StartsWith("ہفت") ? TimeSpan.FromDays(7 * n)
                : TimeSpan.FromDays(n);
        }
        fields.Recurrence = RecurrencePhrases.Extract(u, fields.When);
        if (fields.Recurrence is { } rule && DateTimePhrases.TakeUntil(u, ctx) is { } until) fields.Recurrence = rule with { Until = until };
        DateTimePhrases.Extract(u, ctx, fields.When);
        // "lower the priority of the report": the verb, cut as the cue, says which way when no level follows the name
        fields.Priority = PriorityPhrases.Extract(u, allowBare: true) ?? PriorityPhrases.Extract(new Utterance(cue));

        // "actually make it 9", "no wait, 7:30": a bare hour, and nothing else, corrects the time of day
        if (!fields.HasChanges && u.Take(BareHour()) is { } bare)
        {
            fields.When.Time = new TimeOnly(int.Parse(bare.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture),
                bare.Groups["m"].Success ? int.Parse(bare.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            fields.When.HalfUnsaid = true;
        }

        // "change task 1 to call mom": with nothing else recognised, what follows "to" is the new title
        if (!fields.HasChanges && u.Take(GenericTo()) is { } to)
        {
            fields.Title = TitleExtractor.Clean(to.Groups["t"].Value);
        }

        u.Take(RemindWords());
    }

    public static void TakeInsteadOf(Utterance u) => u.Take(InsteadOf());

    // "an hour before", "30 minutes before", "2 din pehle", "ایک گھنٹہ پہلے" (number words are digits by now)
    public static TimeSpan BeforeOffset(string phrase)
    {
        if (HalfAnHour().IsMatch(phrase)) return TimeSpan.FromMinutes(30);
        var number = System.Text.RegularExpressions.Regex.Match(phrase, @"\d+");
        var n = number.Success ? int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var lower = phrase.ToLowerInvariant();
        return lower.Contains("min", StringComparison.Ordinal) || lower.Contains("منٹ", StringComparison.Ordinal) ? TimeSpan.FromMinutes(n)
            : lower.Contains("day", StringComparison.Ordinal) || lower.Contains("night", StringComparison.Ordinal) || lower.Contains("din", StringComparison.Ordinal)
                || lower.Contains("raat", StringComparison.Ordinal) || lower.Contains("دن", StringComparison.Ordinal) || lower.Contains("رات", StringComparison.Ordinal) ? TimeSpan.FromDays(n)
            : TimeSpan.FromHours(n);
    }

    // "the night before at 10pm", "ek din pehle raat 10 baje", "ایک دن پہلے رات دس بجے": a time said right after a number
    // of days before is the time of the reminder on that day, not the task's
    public static TimeOnly? TakeTimeAfter(Utterance u, int index, TimeSpan before)
    {
        if (before.TotalDays < 1 || index >= u.Text.Length) return null;
        var end = u.Text.IndexOfAny([',', '،', ';', '.'], index);
        if (end < 0) end = u.Text.Length;
        var clause = new Utterance(u.Text[index..end]);
        var when = new WhenPhrase();
        TimePhrases.Take(clause, when);
        if (when.Time is not { } time) return null;
        u.Splice(index, end - index, clause.Text);
        return time;
    }

    [GeneratedRegex(@"\b(?:half|aadha|adha|aadhe|adhe|aadhay)\b|آدھا|آدھے", Options)]
    private static partial Regex HalfAnHour();

    // "task 1 ka naam sabzi lena kar do": the new name sits between the word for "name" and the closing verb
    private static string? TakeUrduName(Utterance u)
    {
        var text = u.Text;
        var verb = UrduVerbTail().Match(text);
        var word = TitleWord().Matches(text).LastOrDefault();
        // the closing verb may already be cut as the cue ("… ka naam X kar do")
        var end = verb.Success ? verb.Index : text.Length;
        if (word is null || word.Index + word.Length >= end)
        {
            return null;
        }

        var start = word.Index + word.Length;
        var name = BadalKar().Replace(text[start..end], "");
        u.Cut(word.Index, (verb.Success ? verb.Index + verb.Length : text.Length) - word.Index);
        return TitleExtractor.Clean(name);
    }

    // the cue text may start with politeness ("please reopen"), so the verb is looked for anywhere in it
    // "undo task 4" (with a task named) reopens it; a bare "undo" is the Undo intent
    [GeneratedRegex(@"\b(?:reopen|re-open|undo|uncheck|unmark|un-?complete|incomplete|undone|na\s*mukammal|restore|(?:dobara|dubara|dobaara|phir\s+se|phirse|wapas|wapis|waapas)\s+(?:khol|open|pending))|(?:دوبارہ|پھر\s+سے|واپس)\s+(?:کھول|کھلا)|نامکمل", Options)]
    private static partial Regex Reopen();

    [GeneratedRegex(@"\binstead\s+of\s+(?:every\s*\w+|\w+)|\binstead\b|,?\s*\bnot\s+(?:on\s+|at\s+)?(?:the\s+)?(?:\d[\d:.]*(?:\s*(?:am|pm))?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight)(?=[\s.!]*$)|(?:(?:har|ہر)\s+)?[^\s,]+\s+(?:ki|ke|کی|کے)\s+(?:bajaye|bajae|bajay|bajaaye|jagah|بجائے|بجاۓ|جگہ)(?![\p{L}])", Options)]
    private static partial Regex InsteadOf();

    [GeneratedRegex(@"\brename\b", Options)]
    private static partial Regex Rename();

    [GeneratedRegex(@"\b(?:as\s+)?(?:not\s+(?:done|complete|completed|finished)|incomplete|undone|unfinished|pending|open|uncompleted|na\s*mukammal)\b|نامکمل|مکمل\s+نہیں", Options)]
    private static partial Regex NotDone();

    [GeneratedRegex(@"\b(?:as\s+)?(?:done|complete|completed|finished)\b", Options)]
    private static partial Regex Done();

    [GeneratedRegex(@"\b(?:remove|clear|delete|drop|no)\s+(?:the\s+)?(?:due\s+date|deadline|date)\b(?:\s+(?:from|of|for|on))?|\b(?:doesn'?t|does\s+not|don'?t|do\s+not|no\s+longer)\s+needs?\s+(?:a\s+|any\s+|the\s+)?(?:due\s+date|deadline|date)\b|(?:کی\s+)?کوئی\s+تاریخ\s+(?:نہ|مت)\s+(?:رکھیں|رکھو|ڈالیں|لگائیں)|\b(?:ki\s+)?koi\s+(?:date|tareekh)\s+(?:na|mat)\s+(?:rakho|rakhein|rakhen|daalo|lagao)\b|\b(?:(?:ki|ka)\s+)?(?:due\s+date|deadline|tareekh|date)\s+(?:hata|hatao|hataa|nikal|nikalo|nikaal|nikaalo|khatam|utaar|utar)\s*(?:kar\s*do|do|dein|den)?\b|(?:(?:کی|کا)\s+)?(?:تاریخ|ڈیڈ\s*لائن)\s+(?:ہٹا|نکال|ختم|اتار)\s*(?:کر\s*دیں|دیں|دو)?", Options)]
    private static partial Regex ClearDue();

    [GeneratedRegex(@"\b(?:remove|clear|delete|drop|cancel|turn\s+off)\s+(?:the\s+)?reminder\b(?:\s+(?:from|of|for|on))?|\b(?:(?:ki|ka)\s+)?reminder\s+(?:hata|hatao|nikal|khatam|band)\s*(?:kar\s*do|do|dein|den)?\b|(?:(?:کی|کا)\s+)?(?:یاد\s*دہانی|ریمائنڈر)\s+(?:ہٹا|ختم|بند)\s*(?:کر\s*دیں|دیں|دو)?", Options)]
    private static partial Regex ClearReminder();

    [GeneratedRegex(@"\b(?:remove|clear|delete|drop|erase)\s+(?:the\s+)?(?:note|description|details)\b(?:\s+(?:from|of|for|on))?", Options)]
    private static partial Regex ClearDescription();

    // read from the command words ("stop repeating", "تکرار بند"), which are cut from the rest before its fields are read
    [GeneratedRegex(@"\bstop\s+(?:repeating|recurring)\b|(?:تکرار|ریپیٹ|دہرانا)\s+بند", Options)]
    private static partial Regex StopRepeating();

    [GeneratedRegex(@"\b(?:remove|clear|delete|drop|cancel|turn\s+off)\s+(?:the\s+)?(?:recurrence|repeat|repetition|repeating|schedule\s+rule)\b(?:\s+(?:from|of|for|on))?|\b(?:no\s+longer|not|never)\s+repeat(?:ing)?\b|\bstop\s+(?:repeating|recurring)\b|\bfrom\s+(?:repeating|recurring)\b|\b(?:(?:ki|ka|ke)\s+)?(?:repeat|repeating|recurrence|dohrana|dohrao)\s+(?:band|khatam|khtm|khatm|hata|hatao|nikal|nikalo|off)\s*(?:" + RomanUrduLexicon.Do + @")?(?![\p{L}])|(?:(?:کی|کا|کے)\s+)?(?:ریپیٹ|دہرانا|دہرائی|تکرار)\s+(?:بند|ختم|ہٹا|نکال)\s*(?:" + UrduLexicon.Do + @")?(?![\p{L}])", Options)]
    private static partial Regex ClearRecurrence();

    // "remove the work tag from …", "untag work", "#work tag hata do", "کام 5 سے ورک ٹیگ ہٹا دیں"
    [GeneratedRegex(@"(?:\buntag\s+(?!(?:it|this|that|them|the|my|its|all|everything)\b)#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)|\b(?:remove|delete|drop|clear|take\s+off)\s+(?:the\s+)?#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)\s+tag|\b(?:remove|delete|drop|clear|take\s+off)\s+(?:the\s+)?tag\s+#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)|\b(?:remove|delete|drop|clear|take\s+off)\s+#(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)|(?:\btake\s+)?(?:\bthe\s+)?#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)\s+tags?\s+off)\b(?:\s+(?:from|off|on|of))?|(?:\b(?:se|ka|ki|ke)\s+|(?:سے|کا|کی)\s+)?#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)\s+(?:wala\s+|wali\s+|wale\s+|ka\s+|والا\s+|والی\s+|والے\s+|کا\s+)?(?:tag|ٹیگ)\s+(?:hata|hatao|nikal|nikalo|remove|utaar|utar|ہٹا|نکال|اتار)\s*(?:" + RomanUrduLexicon.Do + @"|" + UrduLexicon.Do + @")?", Options)]
    private static partial Regex RemoveTag();

    [GeneratedRegex(@"(?<![\p{L}#])(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)\s+(?:ka\s+|کا\s+)?(?:tag|ٹیگ)(?![\p{L}])", Options)]
    private static partial Regex NamedTag();

    // "remove all its tags", "clear the tags", "saare tags hata do", "سارے ٹیگ ہٹا دیں": every tag, none named
    [GeneratedRegex(@"\b(?:remove|delete|drop|clear|take\s+off|strip)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+)?tags\b(?:\s+(?:from|off|on|of))?|\b(?:(?:saare|sare|saray|sab|tamam)\s+)(?:tags?|ٹیگ|ٹیگز)\s+(?:hata|hatao|nikal|nikalo|remove|utaar|utar)\s*(?:" + RomanUrduLexicon.Do + @")?|\btags\s+(?:hata|hatao|nikal|nikalo|utaar|utar)\s*(?:" + RomanUrduLexicon.Do + @")?|(?<![\p{L}])(?:(?:سارے|سب|تمام)\s+)(?:ٹیگ|ٹیگز)\s+(?:ہٹا|نکال|اتار)\s*(?:" + UrduLexicon.Do + @")?|(?<![\p{L}])ٹیگز\s+(?:ہٹا|نکال|اتار)\s*(?:" + UrduLexicon.Do + @")?", Options)]
    private static partial Regex ClearTags();

    // "back a day", "by 2 days", "a week later", "2 din aage", "ek din late", "ایک دن آگے", "ایک دن لیٹ", "دو دن پیچھے"
    [GeneratedRegex(@"\b(?:back\s+(?:by\s+)?|forward\s+(?:by\s+)?|by\s+)(?<n>an?|\d+)\s+(?<u>days?|weeks?|hours?)\b|\b(?<n>an?|\d+)\s+(?<u>days?|weeks?|hours?)\b\s+(?:later|back|forward|ahead)\b|\b(?<n>\d+)\s+(?<u>din|hafte|haftay|ghante|ghanta)\s+(?:aage|agay|aagay|late|peeche|pichhe|pechay|peechay)\b|(?<n>\d+)\s+(?<u>دن|ہفتے|ہفتہ|گھنٹے|گھنٹہ)\s+(?:آگے|لیٹ|پیچھے)(?![\p{L}])", Options)]
    public static partial Regex ShiftBy();

    [GeneratedRegex(@"\b(?:the\s+|a\s+)?tags?\s+#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)(?:\s*(?:,|\band\b|&)\s*#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*))*\s+(?:to|on|onto)\b", Options)]
    private static partial Regex TagTo();

    [GeneratedRegex(@"\buntag\b", Options)]
    private static partial Regex Untag();

    [GeneratedRegex(@"^(?:tag|label)\b", Options)]
    private static partial Regex TagVerb();

    [GeneratedRegex(@"(?:\b(?:with|as)\s+|(?<=^\s*(?:it|that|this|them)\s+))#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)(?:\s*(?:,|\band\b|&)\s*#?(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*))*(?:\s+(?:too|also|as\s+well))?\s*$", Options)]
    private static partial Regex WithTags();

    [GeneratedRegex(@"\b(?:add\s+)?(?:a\s+)?(?:note|description|details?)\s+(?:to|on|for)\s+(?<target>[^:\-]*?)\s*[:\-]\s*(?<d>.+)$|\b(?:add\s+)?(?:a\s+)?(?:note|description|details?)\b[^:\-]*?[:\-]\s*(?<d>.+)$|(?:نوٹ|تفصیل)[^:\-]*?[:\-]\s*(?<d>.+)$|\b(?:with\s+(?:a\s+)?note|saying|that\s+says)\s+(?<d>.+)$", Options)]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:title|name)(?:\s+of)?|'s\s+(?:title|name))\b|\b(?:ka|ki)\s+(?:naam|title)\b|(?:کا|کی)\s+(?:نام|عنوان)|\bnaam\b|نام|عنوان", Options)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"(?:^|\s)(?:to|as|into)\s+(?<t>.+)$", Options)]
    private static partial Regex NamedAs();

    [GeneratedRegex(@"\s+(?:kar\s*do|kar\s*dein|kar\s*den|karo|rakh\s*do|rakh\s*dein|کر\s*دیں|کر\s*دو|کریں|رکھ\s*دیں|رکھ\s*دو)\s*$", Options | RegexOptions.RightToLeft)]
    private static partial Regex UrduVerbTail();

    [GeneratedRegex(@"^\s*(?:badal\s+kar|badal\s+ke|change\s+kar\s+ke|بدل\s+کر)\s*", Options)]
    private static partial Regex BadalKar();

    [GeneratedRegex(@"(?<=^[\s,.!]*(?:(?:actually|no|nope|wait|sorry|oops|oh|ok|okay|hmm|it|that|this|one|the|time|to|at|for|instead|then|rather|nahi|nahin|balke|ise|isay|isey|use|usay|ab|اسے|نہیں|بلکہ|اب)[\s,.!]+)*)(?<h>1[0-2]|0?[1-9])(?::(?<m>[0-5]\d))?(?=(?:[\s,.!]+(?:instead|then|please|pls|o'?clock|rather))*[\s,.!]*$)", Options)]
    private static partial Regex BareHour();

    [GeneratedRegex(@"(?:^|\s)(?:to|into)\s+(?<t>\S.*)$", Options)]
    private static partial Regex GenericTo();

    [GeneratedRegex(@"\b(?:set\s+)?(?:a\s+)?(?:remind(?:er)?(?:\s+me)?)\b(?:\s+(?:for|about|of|on))?|\byaad\s+(?:dilana|dila\s*dena|dila\s*do|dilao)\b|یاد\s+(?:دلانا|دلائیں|دلا\s*دیں|دلا\s*دینا)", Options)]
    private static partial Regex RemindWords();
}
