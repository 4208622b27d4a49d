namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// Decides what a message asks for from its verb. English puts the verb first ("delete task 4"),
// Urdu and Roman Urdu put it last ("کام 2 حذف کریں", "task 4 delete kar do"), so both ends are read.
// The command verbs themselves are each lexicon's (ILexicon.Verbs), joined once per lexicon set (VerbPatterns).
internal static partial class IntentCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public readonly record struct Cue(IntentKind Kind, int Index, int Length);

    public static Cue Classify(string text, Lexicons lexicons)
    {
        // "hello" and "ok" are also openers stripped below, so small talk is judged on the whole message first
        if (lexicons.SmallTalk(text.Trim().TrimEnd('!', '.', '?', ',')) is { } whole)
        {
            return new Cue(whole, 0, 0);
        }

        var lead = LeadFiller().Match(text);
        var core = text[lead.Length..];
        var tail = TrailFiller().Match(core);
        core = core[..tail.Index];
        var offset = lead.Length;

        if (lexicons.SmallTalk(core) is { } talk)
        {
            return new Cue(talk, 0, 0);
        }

        var verbs = lexicons.VerbPatterns;
        if (verbs.Undo.IsMatch(core))
        {
            return new Cue(IntentKind.Undo, 0, 0);
        }

        // a leading verb is cut together with the politeness before it ("could you add …")
        if (LeadCue(core, verbs) is { } leading)
        {
            return leading.Length == 0 ? leading : leading with { Length = leading.Length + offset };
        }

        if (TrailCue(core, verbs) is { } trailing)
        {
            return trailing with { Index = trailing.Index + offset };
        }

        return Fallback(core) is { } fallback ? fallback with { Index = fallback.Index + offset } : new Cue(IntentKind.Unknown, 0, 0);
    }

    private static Cue? LeadCue(string core, VerbPatterns verbs)
    {
        // "complete ho gaye kaam dikhao": the closing verb asks to see, whatever word opens the message
        if (verbs.ListTrail.IsMatch(core) && !verbs.AddTrail.IsMatch(core))
        {
            return null;
        }

        if (verbs.ListLead.Match(core) is { Success: true } list
            && (list.Groups["search"].Success || ListDomain().IsMatch(core[list.Length..])))
        {
            return new Cue(IntentKind.List, 0, list.Length);
        }

        if (verbs.AddLead.Match(core) is { Success: true } add)
        {
            // "add a note to task 4", "add a note to the dentist task: …", "set a reminder for task 2": a change
            var rest = core[add.Length..];
            var kind = TargetPhrases.HasId(rest) || NoteTo().IsMatch(rest) || (RemindBefore().IsMatch(rest) && !TaskThenRemind().IsMatch(rest)) || IsRemindAbout(core) ? IntentKind.Update : IntentKind.Add;
            return new Cue(kind, 0, kind == IntentKind.Add ? add.Length : 0);
        }

        if (verbs.DeleteLead.Match(core) is { Success: true } delete)
        {
            // "remove the due date from task 3" changes the task rather than deleting it
            return FieldWord().IsMatch(core[delete.Length..])
                ? new Cue(IntentKind.Update, 0, 0)
                : new Cue(IntentKind.Delete, 0, delete.Length);
        }

        if (verbs.UpdateLead.Match(core) is { Success: true } update)
        {
            var rest = core[update.Length..];
            // "reopen everything i've completed": the done word is the filter, the verb undoes it
            var kind = !Reopening().IsMatch(update.Value) && !NotDone().IsMatch(rest) && DoneWord().IsMatch(rest) && !FieldWord().IsMatch(rest)
                ? IntentKind.Complete
                : IntentKind.Update;
            return new Cue(kind, 0, update.Length);
        }

        if (verbs.CompleteLead.Match(core) is { Success: true } complete
            // "booked flights for friday" is a plan with a day, not a deed done
            && !(complete.Groups["past"].Success && (DateWord().IsMatch(core) || RemindAnywhere().IsMatch(core))))
        {
            return new Cue(MarkOrSet(complete.Value, core[complete.Length..]), 0, complete.Length);
        }

        return null;
    }

    // "mark" and "set" take their meaning from what follows: "as done", "as not done", "as urgent"
    private static IntentKind MarkOrSet(string verb, string rest)
    {
        if (NotDone().IsMatch(rest)) return IntentKind.Update;
        if (DoneWord().IsMatch(rest)) return IntentKind.Complete;
        if (FieldWord().IsMatch(rest) || PriorityWord().IsMatch(rest)) return IntentKind.Update;
        return verb.StartsWith("set", StringComparison.OrdinalIgnoreCase) ? IntentKind.Update : IntentKind.Complete;
    }

    private static Cue? TrailCue(string core, VerbPatterns verbs)
    {
        if (verbs.ListTrail.Match(core) is { Success: true } list) return new Cue(IntentKind.List, list.Index, list.Length);
        // "standup mein note daal do: sprint board update karna": the words after the colon are the note, never the verb;
        // "dawaiyan leni hain, note likh do: …" puts it on a new task
        if (NoteColon().IsMatch(core)) return new Cue(ObligationThenNote().IsMatch(core) ? IntentKind.Add : IntentKind.Update, 0, 0);
        // "dentist سے ایک گھنٹہ پہلے یاد دہانی لگا دیں": a reminder before a due time, with no day of its own, is on a task that has one
        // ("ٹیم سٹینڈ اپ سے آدھا گھنٹہ پہلے یاد دلا دینا", "paudon ko paani dene se 15 min pehle remind kr dena": asked with
        // "remind me", the task named as what the time is counted from)
        if ((ReminderTrail().IsMatch(core) || (RemindTrail().IsMatch(core) && BeforeTask().IsMatch(core))) && RemindBefore().IsMatch(core) && !DateWord().IsMatch(core))
        {
            return new Cue(IntentKind.Update, 0, 0);
        }
        // "kal subah flight ka reminder laga do": a new task to be reminded of, unless a task is named by number or "wala"
        if (ReminderTrail().Match(core) is { Success: true } reminder && !TargetPhrases.HasId(core) && !Wala().IsMatch(core))
        {
            return new Cue(IntentKind.Add, reminder.Index, reminder.Length);
        }
        // "dawai lene ka task shamil karo saat baje": the verb before a closing time
        if (AddBeforeWhen().Match(core) is { Success: true } mid && DateWord().IsMatch(core[(mid.Index + mid.Length)..]) && !TargetPhrases.HasId(core))
        {
            return new Cue(IntentKind.Add, mid.Index, mid.Length);
        }
        if (verbs.AddTrail.Match(core) is { Success: true } add && !EveryTask().IsMatch(core))
        {
            // "call mom ko low priority pe daal do": a task named, then put where it should be, is a change
            if (PutVerb().IsMatch(add.Value) && (NamedTask().IsMatch(core) || NamedThenPut().IsMatch(core))
                && (FieldWord().IsMatch(core) || PriorityWord().IsMatch(core) || DateWord().IsMatch(core)))
            {
                return new Cue(IntentKind.Update, add.Index, add.Length);
            }
            var kind = TargetPhrases.HasId(core[..add.Index]) ? IntentKind.Update : IntentKind.Add;
            return new Cue(kind, add.Index, add.Length);
        }

        if (verbs.DeleteTrail.Match(core) is { Success: true } delete)
        {
            // "کام 4 کی تاریخ ہٹا دیں", "task 4 ki reminder hata do": the field goes, the task stays
            return FieldWord().IsMatch(core[..delete.Index])
                ? new Cue(IntentKind.Update, 0, 0)
                : new Cue(IntentKind.Delete, delete.Index, delete.Length);
        }
        if (verbs.UpdateTrail.Match(core) is { Success: true } update) return new Cue(IntentKind.Update, update.Index, update.Length);
        if ((Question().IsMatch(core) || AnyThere().IsMatch(core)) && (UrduDomain().IsMatch(core) || WhatIsThere().IsMatch(core))) return new Cue(IntentKind.List, 0, 0);
        if (verbs.CompleteTrail.Match(core) is { Success: true } complete)
        {
            // "standup ki repeat khatam kar do": the field just before the verb ends, the task stays open
            return NotDone().IsMatch(core) || EndsInFieldWord(core[..complete.Index])
                ? new Cue(IntentKind.Update, 0, 0)
                : new Cue(IntentKind.Complete, complete.Index, complete.Length);
        }

        // "report pe office ka tag bhi laga do": a tag put on a task named before it
        if (TagTrail().Match(core) is { Success: true } tagged) return new Cue(IntentKind.Update, tagged.Index, tagged.Length);
        // "task 4 dobara khol do", "کام 4 دوبارہ کھول دیں": opened again
        if (ReopenTrail().Match(core) is { Success: true } reopen) return new Cue(IntentKind.Update, reopen.Index, reopen.Length);
        // "dentist wale task ki priority low kar do", "sab overdue kaam kal par kar do": named or all tasks, changed
        if ((NamedTask().IsMatch(core) || EveryTask().IsMatch(core)) && VerbTail().Match(core) is { Success: true } tail
            && (FieldWord().IsMatch(core) || PriorityWord().IsMatch(core) || DateWord().IsMatch(core) || RepeatWord().IsMatch(core)))
        {
            return new Cue(IntentKind.Update, tail.Index, tail.Length);
        }
        // "groceries ko low priority kar do", "1041 11 تاریخ کو کر دیں": a task named or numbered first, then what it becomes
        // ("dentist ko ek din aage kar dein": moved by an amount; "اسے منگل پر کر دیں": the task just talked about)
        // ("پودوں کو پانی دینا اب ہر دو دن بعد کر دو": a task named first, then its new repeat)
        if ((NamedKo().IsMatch(core) || LeadingId().IsMatch(core) || PronounFirst().IsMatch(core)) && ChangeTail().Match(core) is { Success: true } change
            && (PriorityWord().IsMatch(core) || DateWord().IsMatch(core) || RepeatWord().IsMatch(core) || ChangePhrases.ShiftBy().IsMatch(core)))
        {
            return new Cue(IntentKind.Update, change.Index, change.Length);
        }
        // "ڈینٹسٹ کی اپائنٹمنٹ ایک دن لیٹ کر دو", "report 2 din aage kr do": only a task that has a day can move by a day
        if (ChangePhrases.ShiftBy().IsMatch(core) && ChangeTail().Match(core) is { Success: true } shifted)
        {
            return new Cue(IntentKind.Update, shifted.Index, shifted.Length);
        }

        return null;
    }

    private static bool EndsInFieldWord(string said)
    {
        var before = said.TrimEnd();
        return FieldWord().Matches(before) is { Count: > 0 } fields && fields[^1].Index + fields[^1].Length == before.Length;
    }

    private static Cue? Fallback(string core)
    {
        // "plants are watered", "quarterly report is submitted", "everything due today is done, mark them all", "groceries ✅"
        if (StatedDone().Match(core) is { Success: true } stated) return new Cue(IntentKind.Complete, stated.Index, stated.Length);
        // "water the plants every 3 days instead of daily", "standup ab sirf peer aur budh ko hoga": a task said as it should be now
        if (AsItShouldBe().IsMatch(core)) return new Cue(IntentKind.Update, 0, 0);
        // "standup should be at 10am from now on": what a named task should be from now on
        if (ShouldBe().IsMatch(core)) return new Cue(IntentKind.Update, 0, 0);
        if (TargetPhrases.HasId(core))
        {
            if (DoneWord().IsMatch(core) && !NotDone().IsMatch(core)) return new Cue(IntentKind.Complete, 0, 0);
            // "task 6 wapis pending kar do", "کام 2 پر #صحت ٹیگ لگا دیں"
            if (NotDone().IsMatch(core) || core.Contains('#') || ChangePhrases.ShiftBy().IsMatch(core)) return new Cue(IntentKind.Update, 0, 0);
            if (PriorityWord().IsMatch(core) || FieldWord().IsMatch(core) || DateWord().IsMatch(core) || core.Contains('\'') || core.Contains('"'))
            {
                return new Cue(IntentKind.Update, 0, 0);
            }
        }

        // "remind me about the dentist an hour before": a reminder on a task that exists
        // … unless a new task with its own day comes first: "meeting with hamza next thursday 4:30pm, remind me 15 min before"
        if (RemindAnywhere().IsMatch(core) && RemindBefore().IsMatch(core) && !TaskThenRemind().IsMatch(core))
        {
            return new Cue(IntentKind.Update, 0, 0);
        }

        if (RemindAnywhere().Match(core) is { Success: true } remind)
        {
            return new Cue(IntentKind.Add, remind.Index, remind.Length);
        }

        return null;
    }

    // "doodh aur anday lene hain", "دودھ اور انڈے خریدنے ہیں": something that has to be done
    public static bool IsAsItShouldBe(string text) => AsItShouldBe().IsMatch(text);

    public static bool IsObligation(string text) => Obligation().IsMatch(text);

    public static bool IsRemind(string text) => RemindWord().IsMatch(text);

    // "remind me at 5pm about the dentist": a reminder on the task named, if there is one (else a new task); a "to"
    // before the name ("remind me in 2 hours to take the chicken out of the freezer") says the task itself
    public static bool IsRemindAbout(string text) => RemindAbout().IsMatch(text);

    [GeneratedRegex(@"^(?:remind\s+me|set\s+(?:a\s+|up\s+a\s+)?reminder)\b(?!(?:(?!\b(?:about|for|of|on)\s+(?:the|my)\s).)*?\bto\s)(?=.*\b(?:about|for|of|on)\s+(?:the|my)\s)(?=.*(?:\d|\b(?:noon|midnight|tonight|tomorrow)\b))", Options)]
    private static partial Regex RemindAbout();

    [GeneratedRegex(@"^(?:(?:hey+|hi+|hello+|actually|can\s+we|could\s+we|shall\s+we|let'?s|ok|okay|alright|yes|yeah|yep|yup|sure|right|so|and|also|oops|oh|sorry|wait|please|pls|plz|kindly|can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|could\s+u|i\s+want\s+you\s+to|i'?d\s+like\s+you\s+to|i\s+would\s+like\s+you\s+to|go\s+ahead\s+and|now|then|just|quickly|yaar|bhai|zara|jee|ji)\b[\s,!.]*|(?:جی|براہ\s+کرم|پلیز|ذرا|اوہ|اوہو)\s*[\s,!.]*)*", Options)]
    private static partial Regex LeadFiller();

    [GeneratedRegex(@"[\s,.!?]*(?:\b(?:please|pls|plz|na|naa|jee|ji|yaar|bhai|thanks+|thank\s+you+|thank\s+u|now|zara|zra)\b|جی|پلیز|شکریہ|ذرا)?[\s,.!?]*$", Options)]
    private static partial Regex TrailFiller();

    [GeneratedRegex(@"\b(?:tasks?|stuff|to-?dos?|to\s+do|pending|due|overdue|late|left|remaining|completed?|finish(?:ed)?|done|did|plate|agenda|schedule|behind|ticked|crossed|checked|list|open|outstanding|unfinished|incomplete|priority|urgent|important|reminders?|scheduled|have\s+(?:to|today|tomorrow|this\s+week)|today|tomorrow|tonight|this\s+week|kaam|about|regarding|called|named|matching|containing|related\s+to|everything|all|tagged|labell?ed)\b|#\w|کام|ٹاسک", Options)]
    private static partial Regex ListDomain();

    [GeneratedRegex(@"(?:\b(?:ka|ki|ke)\s+)?\breminder\s+(?:laga|lagao|set|rakh|daal)\s*(?:" + RomanUrduLexicon.Do + @")?$|(?:(?:کا|کی|کے)\s+)?(?:یاد\s*دہانی|ریمائنڈر)\s+(?:لگا|سیٹ|رکھ)\s*(?:" + UrduLexicon.Do + @")?$", Options)]
    private static partial Regex ReminderTrail();

    [GeneratedRegex(@"\b(?:wala|wale|wali|waala|waale|waali)\b|(?<![\p{L}])(?:والا|والے|والی)(?![\p{L}])", Options)]
    private static partial Regex Wala();

    // "remind kr dena", "yaad dila dena", "یاد دلا دینا" closing the message
    [GeneratedRegex(@"\b(?:remind|yaad\s+(?:dila|dilana|dilao|karwa|kara))\s*(?:" + RomanUrduLexicon.Do + @")?$|(?<![\p{L}])یاد\s+(?:دلا|دلانا|دلاؤ|کرا|کروا)\s*(?:" + UrduLexicon.Do + @")?$", Options)]
    private static partial Regex RemindTrail();

    // "X se 15 min pehle", "X سے آدھا گھنٹہ پہلے": so long before X
    [GeneratedRegex(@"\bse\s+(?:an?|\d+|half\s+an|aadha|adha|aadhe|adhe|aadhay)\s+\p{L}+\s+pehle\b|(?<![\p{L}])سے\s+(?:\d+|ایک|آدھا|آدھے)\s+\p{L}+\s+پہلے(?![\p{L}])", Options)]
    private static partial Regex BeforeTask();

    [GeneratedRegex(@"^(?:daal|dal|daalo|dalo)\b|^ڈال", Options)]
    private static partial Regex PutVerb();

    [GeneratedRegex(@"^\p{L}\S*(?:\s+\S+){0,3}?\s+(?:ko|pe|par|کو|پر)\s+\S", Options)]
    private static partial Regex NamedThenPut();

    [GeneratedRegex(@"(?:\b(?:add|shamil|shaamil|daal|likh|save|note)\s*(?:kar\s*do|kardo|kar\s*dein|karo|karein|karen|kar\s*lo)|(?:(?:شامل|درج|لکھ|نوٹ)\s*(?:کر\s*دیں|کر\s*دو|کریں|کرو|کر\s*لیں)))(?=\s+\S)", Options)]
    private static partial Regex AddBeforeWhen();

    [GeneratedRegex(@"^\s*(?:a\s+|the\s+)?(?:note|description|comment|details?)\s+(?:to|on|for)\b", Options)]
    private static partial Regex NoteTo();

    [GeneratedRegex(@"(?<=(?:\btag|ٹیگ))\s+(?:bhi\s+|بھی\s+)?(?:laga|lagao|lga|add|daal|dal|لگا|ڈال)\s*(?:" + RomanUrduLexicon.Do + "|" + UrduLexicon.Do + @")?$", Options)]
    private static partial Regex TagTrail();

    [GeneratedRegex(@"\b(?:note|tafseel|description)\s+(?:bhi\s+)?(?:(?:mein|main|me)\s+)?(?:daal|dal|daalo|likh|likho|add|laga)\s*(?:" + RomanUrduLexicon.Do + @")?\s*:|(?:نوٹ|تفصیل)\s+(?:بھی\s+)?(?:میں\s+)?(?:ڈال|ڈالو|ڈالیں|لکھ|لکھو|لکھیں|لگا)\s*(?:" + UrduLexicon.Do + @")?\s*:", Options)]
    private static partial Regex NoteColon();

    [GeneratedRegex(@"^\S+(?:\s+\S+){0,3}?\s+(?:should\s+(?:be|happen|start)\s+(?:at|on|by)|is\s+now\s+(?:at|on|due|by)?|(?:(?:is|has\s+been|got|was|were|has|have)\s+)?(?:moved|rescheduled|pushed|postponed|changed|shifted|extended|delayed)\s+(?:\S+\s+){0,2}?(?:to|till|until)|(?:starts|begins|happens)\s+(?:at|on|from)|can\s+wait\s+(?:till|until|for|to))\s*\S", Options)]
    private static partial Regex ShouldBe();

    [GeneratedRegex(@"\b(?:dobara|dubara|dobaara|phir\s+se|phirse|wapas|wapis|waapas)\s+(?:khol|kholo|kholein|kholen|open|pending)\s*(?:" + RomanUrduLexicon.Do + @")?$|(?:دوبارہ|پھر\s+سے|واپس)\s+(?:کھول\s*(?:" + UrduLexicon.Do + @")?|کھلا\s*(?:" + UrduLexicon.Do + @")?|کھولیں|کھولو|کھولئے|کھولیے)$|\b(?:incomplete|pending|undone|open|na\s*mukammal)\s+(?:mark\s+)?(?:" + RomanUrduLexicon.Do + @")$|(?:نامکمل|باقی)\s+(?:" + UrduLexicon.Do + @")$", Options)]
    private static partial Regex ReopenTrail();

    [GeneratedRegex(@"\b(?:sab|saare|sare|saari|tamam|tamaam)\b|(?<![\p{L}])(?:سب|سارے|ساری|تمام)(?![\p{L}])", Options)]
    private static partial Regex EveryTask();

    [GeneratedRegex(@"\b(?:ki|ka|ke)\s+(?:priority|tareekh|date|naam|title|time|waqt|reminder|note)\b|(?<![\p{L}])(?:کی|کا|کے)\s+(?:ترجیح|پرائیورٹی|پرایورٹی|تاریخ|نام|وقت|ٹائم|یاد\s*دہانی)|\b(?:wala|wale|wali|waala|waale|waali)\s+(?:task|kaam|kam|todo|\p{L}{3,})\b|(?<![\p{L}])(?:والا|والے|والی)\s+(?:کام|ٹاسک|\p{L}{3,})", Options)]
    private static partial Regex NamedTask();

    [GeneratedRegex(@"\s*(?:(?:daal|dal|daaal|rakh|ڈال|رکھ)\s*)?(?:" + RomanUrduLexicon.Do + "|" + UrduLexicon.Do + @")$", Options)]
    private static partial Regex VerbTail();

    [GeneratedRegex(@"\b(?:aaj|aj|kal|parson|is\s+hafte)\s+(?:ke\s+liye\s+|ko\s+)?(?:kya\s+)+(?:hai|hain|he)\s*$|(?:آج|کل|پرسوں)\s+(?:کے\s+لیے\s+|کو\s+)?کیا\s+(?:ہے|ہیں)\s*$", Options)]
    private static partial Regex WhatIsThere();

    [GeneratedRegex(@"\b(?:kya|kia|kaun|kon|konsa|konse|kaunse|kitne)\b|کیا|کون|کتنے", Options)]
    private static partial Regex Question();

    // "passport ka koi task hai", "پاسپورٹ کا کوئی کام ہے": asking whether there is one
    [GeneratedRegex(@"\bkoi\s+(?:\S+\s+){0,2}?(?:hai|hain|he|h)$|(?<![\p{L}])کوئی\s+(?:\S+\s+){0,2}?(?:ہے|ہیں)$", Options)]
    private static partial Regex AnyThere();

    [GeneratedRegex(@"\b(?:kaam|kam|task|tasks|karna|karne|baqi|baaki|pending|overdue|due|schedule|plan|reh\s+gay[ae]|reh\s+gayi|bacha|bache)\b|کام|ٹاسک|کرنا|باقی|رہ\s+گی?[اےئ]", Options)]
    private static partial Regex UrduDomain();

    [GeneratedRegex(@"\b(?:done|complete|completed|finished|mukammal|ho\s*gaya)\b|مکمل|ہو\s*گیا", Options)]
    private static partial Regex DoneWord();

    [GeneratedRegex(@"\b(?:not\s+(?:done|complete|completed|finished)|incomplete|undone|unfinished|pending|open|uncompleted|na\s*mukammal)\b|نامکمل|مکمل\s+نہیں", Options)]
    private static partial Regex NotDone();

    [GeneratedRegex(@"\b(?:due\s+date|deadline|date|reminder|title|name|description|note|details|tags?|priority|recurrence|repeat|repeating|dohrana|naam|tareekh|time|waqt)\b|نام|عنوان|تاریخ|ترجیح|پرائیورٹی|یاد\s*دہانی|نوٹ|تفصیل|وقت|ٹائم|ٹیگ|تکرار|ریپیٹ|دہرانا", Options)]
    private static partial Regex FieldWord();

    [GeneratedRegex(@"\b(?:due|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+week|aaj|kal|parson|parso|parsoon|parsun|baje|\d{1,2}\s*(?:tareekh|tarikh)|" + RomanUrduLexicon.WeekdayNoHafta + @"|\d{1,2}\s*(?:am|pm))\b|بجے|آج|کل|پرسوں|تاریخ|" + UrduLexicon.Weekday + @"", Options)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\b(?:urgent|important|critical|asap|high|low|medium|zaroori|zaruri|zarori|ahem|aham|p[1-4])\b|ضروری|اہم|فوری|پرائیورٹی|پرایورٹی", Options)]
    private static partial Regex PriorityWord();

    [GeneratedRegex(@"\bremind\s+me\b|\b(?:ping|nudge|alert|buzz)\s+me\b|\bset\s+a\s+reminder\b|\byaad\s+(?:dilana|dila\s*dena|dila\s*do|dilao|karwana)\b|یاد\s+(?:دلانا|دلائیں|دلا\s*دیں|دلا\s*دینا)", Options)]
    private static partial Regex RemindAnywhere();

    [GeneratedRegex(@"\b(?:an?|\d+|half\s+an|aadha|adha|aadhe|adhe|aadhay)\s+(?:hours?|hrs?|minutes?|mins?|days?|ghante|ghanta|minute|din)\s+(?:before|earlier|pehle)\b|\b(?:the|a)\s+(?:day|night)\s+before\b|(?:\d+|ایک|آدھا|آدھے)\s+(?:گھنٹے|گھنٹہ|منٹ|دن)\s+پہلے", Options)]
    public static partial Regex RemindBefore();

    // a task and its day, then a comma and the reminder
    [GeneratedRegex(@"^\s*(?!remind|ping|nudge|set\b)\S.*?\d.*?(?:,|\s-|\s+and)\s*(?:and\s+)?(?:remind|yaad|ping|nudge|alert|buzz)", Options)]
    private static partial Regex TaskThenRemind();

    [GeneratedRegex(@"\w(?:na|ni|ne|nay)\s+(?:hai|hain|ha|he|h|hy|hay|hn)\s*[.!]*$|(?:نا|نی|نے)\s+(?:ہے|ہیں)\s*[.!۔]*$", Options)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"\bremind|\breminder|\byaad\b|یاد", Options)]
    private static partial Regex RemindWord();

    [GeneratedRegex(@"^(?:reopen|re-open|undo|uncheck|unmark|un-?complete|restore)\b", Options)]
    private static partial Regex Reopening();

    [GeneratedRegex(@"\w(?:na|ni|ne|nay)\s+(?:hai|hain|ha|he|h|hy|hay|hn)\s*,|(?:نا|نی|نے)\s+(?:ہے|ہیں)\s*,", Options)]
    private static partial Regex ObligationThenNote();

    [GeneratedRegex(@"\b(?:har|every|daily|weekly|roz|rozana)\b|(?<![\p{L}])(?:ہر|روزانہ)(?![\p{L}])", Options)]
    private static partial Regex RepeatWord();

    // ("سٹینڈ اپ منگل اور جمعرات کو کر دیں": a name in two words, then two days)
    [GeneratedRegex(@"^\p{L}\S*(?:\s+\S+){0,4}?\s+(?:ko|کو)\s+\S", Options)]
    private static partial Regex NamedKo();

    // "ise kal pe kar do", "اسے منگل پر کر دیں", "wo wala parson kar do": "it" first, then what it becomes
    [GeneratedRegex(@"^(?:ise|isay|isey|isko|usko|use|usay|wo\s+wala|woh\s+wala|ye\s+wala|yeh\s+wala)\b|^(?:اسے|اُسے|اس\s+کو|وہ\s+والا|یہ\s+والا)(?![\p{L}])", Options)]
    private static partial Regex PronounFirst();

    [GeneratedRegex(@"^\s*#?\d{1,7}\s+(?!(?:am|pm|baje|بجے|tareekh|tarikh|تاریخ|din|دن|ghante|گھنٹے|minute|منٹ)(?![\p{L}]))\S", Options)]
    private static partial Regex LeadingId();

    [GeneratedRegex(@"\s*(?:(?:kar|kr)\s*(?:do|dein|den|de|dijiye)|kardo|krdo|karo|karein|karen|کر\s*(?:دیں|دو|دیجیے)|کریں)$", Options)]
    private static partial Regex ChangeTail();

    [GeneratedRegex(@"\s+(?:is|are|has\s+been|have\s+been|was|were|got|all)\s+(?:all\s+|already\s+|finally\s+|now\s+)?(?:done|finished|complete|completed|sorted|handled|taken\s+care\s+of|(?!cancell?ed\b)(?:" + EnglishLexicon.PastVerb + @"))(?:\s*,\s*(?:so\s+)?(?:please\s+)?(?:mark|tick|check)\s+(?:them|it|those|these|that)(?:\s+all)?(?:\s+(?:as\s+)?(?:done|complete|completed|off))?)?\s*[.!]*$|\s*(?:✅|✔|☑|✓)\uFE0F?\s*$", Options)]
    private static partial Regex StatedDone();

    [GeneratedRegex(@"\binstead\b|\b(?:doesn'?t|does\s+not|no\s+longer)\s+needs?\s+(?:a\s+|any\s+|the\s+)?(?:due\s+date|deadline|date)\b|\b(?:ki|ke)\s+(?:bajaye|bajae|bajay|bajaaye|jagah)\b|(?<![\p{L}])(?:کی|کے)\s+(?:بجائے|بجاۓ|جگہ)(?![\p{L}])|\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bab\s+se\b|\b(?:only|sirf)\s+(?:on\s+|every\s+|har\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekends?|weekdays?|" + RomanUrduLexicon.WeekdayNoHafta + @")\b|(?<![\p{L}])(?:اب\s+سے|صرف\s+(?:ہر\s+)?(?:" + UrduLexicon.Weekday + @"))(?![\p{L}])", Options)]
    private static partial Regex AsItShouldBe();
}
