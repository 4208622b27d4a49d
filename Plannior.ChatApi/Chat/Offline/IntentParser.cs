namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// Reads one user message into a UserRequest. Deterministic: the offline client parses the same
// message again on every round of the function-calling loop and must get the same answer.
internal static partial class IntentParser
{
    // Commands are short; a long paste is read from its start only, which bounds the pattern matching work.
    private const int MaxParsedLength = 600;

    public static UserRequest Parse(string text, TurnContext ctx) => Parse(Read(text, ctx.Lexicons), ctx, orTwo: true);

    // Each half of a message that holds two commands is read with orTwo off, so it is never split again: the work stays
    // one read per place the message could split, however many "and"s it holds.
    private static UserRequest Parse(string normalized, TurnContext ctx, bool orTwo)
    {
        if (CountedList(normalized, ctx) is { } counted) return counted;
        if (Headed(normalized, ctx) is { } headed) return headed;

        if (SomeoneElsesDeed(normalized, ctx) is { } asked) return asked;
        if (TwoChanges(normalized, ctx) is { } both) return both;
        if (orTwo && TwoCommands(normalized, ctx) is { } commands) return commands;
        var cue = IntentCues.Classify(normalized, ctx.Lexicons);
        if (cue.Kind is IntentKind.Unknown or IntentKind.Update && Corrected(normalized, ctx) is { } corrected) return corrected;
        if (cue.Kind is IntentKind.Unknown or IntentKind.Add && TwoClauses(normalized, cue, ctx) is { } clause) return clause;
        return ParseRead(normalized, cue, ctx);
    }

    private static UserRequest ParseRead(string normalized, IntentCues.Cue cue, TurnContext ctx)
    {
        var cueText = normalized.Substring(cue.Index, cue.Length);
        var u = new Utterance(normalized);
        if (cue.Length > 0)
        {
            u.Cut(cue.Index, cue.Length);
        }

        var request = new UserRequest(cue.Kind);
        switch (cue.Kind)
        {
            case IntentKind.Add:
                // "add 2 tasks: buy bread and pick up the laundry" announces a list: its commas and "and"s split it
                var announced = u.Take(TasksColon()) is not null;
                var shared = SaidOfEach(BothOf().Match(u.Text), ctx);
                var both = shared.HasChanges ? u.Take(BothOf()) : null;
                // ("buy gifts for mom and dad, both by friday": a one-word part is no task of its own, so that is one task)
                var listed = both is not null && ListSeparators().Split(u.Text).All(part => part.Trim().Contains(' '));
                var parts = (announced || listed ? ListSeparators() : Several()).Split(u.Text).Where(part => !string.IsNullOrWhiteSpace(part))
                    .SelectMany(TwoDoings).ToList();
                if (parts.Count < 2)
                {
                    ParseAdd(u, request.Fields, ctx, normalized);
                    request.Fields.AddMissing(shared);
                    break;
                }
                // "add buy milk; call the plumber tomorrow": each part is a task of its own
                ParseAdd(new Utterance(parts[0]), request.Fields, ctx, normalized);
                request.Fields.AddMissing(shared);
                foreach (var part in parts.Skip(1))
                {
                    var fields = new TaskFields();
                    ParseAdd(new Utterance(AddLead().Replace(part, "")), fields, ctx, part);
                    fields.AddMissing(shared);
                    if (fields.Title is not null) request.MoreAdds.Add(fields);
                }
                break;
            case IntentKind.List:
                ListPhrases.Extract(u, request.Filter, ctx);
                break;
            case IntentKind.Complete or IntentKind.Delete or IntentKind.Update:
                ParseTargeted(u, request, ctx, cueText);
                if (request.Kind == IntentKind.Update && request.Target.Name is { } name && IntentCues.IsRemindAbout(normalized))
                {
                    request.AddInstead = new TaskFields { Title = TitleExtractor.Clean(name), When = request.Fields.When, Remind = true };
                    request.FullNameOnly = true;
                }
                // "yoga on saturday instead of sunday" with no yoga task: said as it should be now, of a task that is not
                // there, it is a new task (with what it was cut out)
                else if (request.Kind == IntentKind.Update && cue.Length == 0 && request.Target.Name is not null && IntentCues.IsAsItShouldBe(normalized))
                {
                    var said = new Utterance(normalized);
                    ChangePhrases.TakeInsteadOf(said);
                    var fields = new TaskFields();
                    ParseAdd(said, fields, ctx, normalized);
                    if (fields.Title is not null) request.AddInstead = fields;
                }
                break;
            case IntentKind.Unknown:
                ParseBare(normalized, request, ctx);
                break;
        }

        return request;
    }

    // A short answer to the assistant's own question ("the second one", "task 4", "buy milk", "high priority")
    // continues the request the question was about.
    public static UserRequest? FollowUp(string answer, string earlierText, TurnContext ctx)
    {
        var earlier = Parse(earlierText, ctx);
        var normalized = Read(answer, ctx.Lexicons);
        switch (earlier.Kind)
        {
            case IntentKind.Add when earlier.Fields.Title is null:
                var fields = new TaskFields();
                ParseAdd(new Utterance(normalized), fields, ctx, normalized);
                if (fields.Title is null) return null;
                earlier.Fields.Title = fields.Title;
                earlier.Fields.Priority ??= fields.Priority;
                earlier.Fields.Recurrence ??= fields.Recurrence;
                if (earlier.Fields.When.IsEmpty) earlier.Fields.When = fields.When;
                if (earlier.Fields.Tags.Count == 0) earlier.Fields.Tags = fields.Tags;
                return earlier;
            case IntentKind.Update when !earlier.Fields.HasChanges:
                var u = new Utterance(normalized);
                ChangePhrases.Extract(u, earlier.Fields, ctx, "", TitleExtractor.TakeQuoted(u));
                return earlier.Fields.HasChanges ? earlier : null;
            case IntentKind.Complete or IntentKind.Delete or IntentKind.Update:
                var target = new UserRequest(IntentKind.Complete);
                ParseTargeted(new Utterance(normalized), target, ctx, "");
                if (target.Target.IsEmpty) return null;
                earlier.Target.ReplaceWith(target.Target);
                return earlier;
            default:
                return null;
        }
    }

    // One spelling of everything the patterns read: Urdu letters, one spelling of each particle, digits for number words,
    // command words spelled right.
    // "…, time same rakhna", "، وقت وہی رہے": keeping the time is what a move does anyway, so the aside is dropped; so is a
    // closing "…, can you update it" after the change itself was said, and a ", no date yet" that asks for nothing
    private static string Read(string text, Lexicons lexicons) =>
        Shorten(NoDateYet().Replace(UpdateIt().Replace(KeepTheTime().Replace(lexicons.CorrectTypos(lexicons.Digitize(lexicons.Respell(TextNormalizer.Normalize(text)))), ""), ""), ""));

    private static string Shorten(string normalized)
    {
        if (normalized.Length <= MaxParsedLength)
        {
            return normalized;
        }

        var cut = normalized.LastIndexOf(' ', MaxParsedLength);
        return normalized[..(cut > 0 ? cut : MaxParsedLength)];
    }

    private static void ParseAdd(Utterance u, TaskFields fields, TurnContext ctx, string original)
    {
        fields.Title = TitleExtractor.TakeQuoted(u);
        fields.Remind = IntentCues.IsRemind(original);
        // "…, remind me the day before": the reminder sits that long before the new task is due
        if (u.Take(IntentCues.RemindBefore()) is { } before)
        {
            fields.Remind = true;
            fields.RemindBefore = ChangePhrases.BeforeOffset(before.Value);
            fields.RemindTime = ChangePhrases.TakeTimeAfter(u, before.Index, fields.RemindBefore.Value);
            // "… and remind me 2 hours before": the asking is not part of the title
            u.Take(RemindMeLeft());
        }
        fields.Tags = TagPhrases.Extract(u);
        fields.Recurrence = RecurrencePhrases.Extract(u, fields.When);
        if (fields.Recurrence is { } rule && DateTimePhrases.TakeUntil(u, ctx) is { } until) fields.Recurrence = rule with { Until = until };
        DateTimePhrases.Extract(u, ctx, fields.When);
        fields.Priority = PriorityPhrases.Extract(u);
        if (u.Take(Description()) is { } note)
        {
            fields.Description = note.Groups["d"].Value.Trim();
        }

        fields.Title ??= TitleExtractor.Clean(u.Text);
    }

    private static void ParseTargeted(Utterance u, UserRequest request, TurnContext ctx, string cueText)
    {
        // a quoted text names the task to complete or delete, or is the new title of an update;
        // "rename 'Buy milk' to 'Buy oat milk'" has both
        u.Replace(QuotedTag(), "#${t}");
        var quoted = TitleExtractor.TakeQuoted(u);
        var quotedName = request.Kind == IntentKind.Update ? null : quoted;
        if (request.Kind == IntentKind.Update && TitleExtractor.TakeQuoted(u) is { } second)
        {
            (quotedName, quoted) = (quoted, second);
        }

        // "I called mom": the verb is part of the task's name ("Call mom")
        var past = PastTense().Match(cueText);
        if (past.Success)
        {
            u.Append(Present(past.Groups["v"].Value.ToLowerInvariant()));
        }

        request.Target.Ids.AddRange(TargetPhrases.TakeIds(u));
        // "bought all the groceries": a deed told of one task, not every task
        var toldOfOne = past.Success && !TaskNoun().IsMatch(u.Text);
        // "delete completed tasks", "mukammal kaam hata do": a filter said of tasks in the plural picks every task it finds
        if (request.Target.Ids.Count == 0 && !toldOfOne && (u.Take(Every()) is not null || FilteredPlural().IsMatch(u.Text)))
        {
            // the change comes out first ("move all overdue tasks to tomorrow"), the filter is what is left; a day
            // said as whose tasks ("aaj ke saare kaam", "today's tasks") is the filter, not the new date
            // "mark everything due today as done": the "done" is the action, not a filter for done tasks
            if (request.Kind == IntentKind.Complete) u.Take(AsDone());
            var whose = string.Join(' ', u.TakeAll(WhoseDay()).Select(m => m.Groups["day"].Value));
            // "high priority wale saare kaam kal pe shift kar do": a priority said as whose tasks is the filter,
            // never the change (reading it as the change would raise every task to high)
            var whosePriority = u.Take(WhosePriority()) is { } wp ? new Utterance(wp.Groups["p"].Value) : null;
            var whoseTag = u.Take(WhoseTag()) is { } wt && !Lexicons.BuiltIn.IsNameFiller(wt.Groups["t"].Value) ? wt.Groups["t"].Value.ToLowerInvariant() : null;
            if (request.Kind == IntentKind.Update) ChangePhrases.Extract(u, request.Fields, ctx, cueText, quoted);
            u.Append(whose);
            request.Target.All = true;
            ListPhrases.Extract(u, request.Target.Filter, ctx);
            if (whosePriority is not null) request.Target.Filter.Priority = PriorityPhrases.Extract(whosePriority);
            request.Target.Filter.Tag ??= whoseTag;
            return;
        }

        if (request.Kind == IntentKind.Update)
        {
            ChangePhrases.Extract(u, request.Fields, ctx, cueText, quoted);
            // "set task 4 as completed" is a completion, which also rolls a recurring task forward
            if (request.Fields.Completed == true && !HasOtherChanges(request.Fields))
            {
                request.Kind = IntentKind.Complete;
            }
        }

        if (request.Target.Ids.Count > 0)
        {
            return;
        }

        request.Target.Ordinal = TargetPhrases.TakeOrdinal(u);
        if (request.Target.Ordinal is not null)
        {
            return;
        }

        var pronoun = TargetPhrases.TakePronoun(u);
        request.Target.Name = quotedName ?? TargetPhrases.Name(u.Text);
        if (quotedName is null && request.Kind is IntentKind.Complete or IntentKind.Delete) request.Target.Names.AddRange(TargetPhrases.Names(u.Text));
        request.Target.Pronoun = pronoun && request.Target.Name is null;
    }

    // "paid" → "pay", "submitted" → "submit", "washed" → "wash": the verb as the task's title says it
    private static string Present(string verb) => verb switch
    {
        "paid" => "pay", "bought" => "buy", "sent" => "send", "picked up" => "pick up", "took" => "take", "wrote" => "write", "made" => "make",
        "went to" => "go to", "drove" => "drive", "ate" => "eat", "met" => "meet", "brought" => "bring", "gave" => "give", "found" => "find",
        "sold" => "sell", "told" => "tell", "swept" => "sweep", "threw" => "throw", "ran" => "run", "did" => "do", "read" => "read",
        "hung" => "hang", "wore" => "wear", "got" => "get", "cancelled" or "canceled" => "cancel",
        _ when verb.EndsWith("ied", StringComparison.Ordinal) => verb[..^3] + "y",
        // "submitted", "dropped", "planned": the doubled consonant was added for the ending
        _ when verb.Length > 5 && verb[^3] == verb[^4] && "tpdgbmn".Contains(verb[^3], StringComparison.Ordinal) => verb[..^3],
        _ when verb.EndsWith("ed", StringComparison.Ordinal) => verb[..^2],
        _ => verb,
    };

    // "buy milk and call the plumber", "doodh lena aur bill bharna": two things to do, each its own task; "buy milk
    // and eggs" or "pick up the kids and take them home" stay one
    private static IEnumerable<string> TwoDoings(string part)
    {
        var english = AndVerb().Split(part);
        if (english.Length > 1) return english;
        var urdu = AndInfinitive().Split(part);
        return urdu.Length > 1 && urdu.All(p => Infinitive().IsMatch(p)) ? urdu : [part];
    }

    // "the dentist isn't that pressing, set it to low", "standup wala task delete kar do, ab nahi hota", "my sister lands
    // thursday evening. add pick up sister …": of two clauses one asks and the other says why, or names what "it" is
    private static UserRequest? TwoClauses(string normalized, IntentCues.Cue whole, TurnContext ctx)
    {
        if (ClauseBreak().Matches(normalized).LastOrDefault() is not { } split) return null;
        var (first, second) = (normalized[..split.Index].Trim(), normalized[(split.Index + split.Length)..].Trim());
        if (first.Length == 0 || second.Length == 0) return null;
        var firstCue = IntentCues.Classify(first, ctx.Lexicons);
        var secondCue = IntentCues.Classify(second, ctx.Lexicons);
        if (secondCue.Kind is IntentKind.Complete or IntentKind.Delete or IntentKind.Update)
        {
            var asked = ParseRead(second, secondCue, ctx);
            // after a new task ("add buy milk, tag it #home") "it" is that task; a reopen, delete or completion is not
            var pointsBack = whole.Kind == IntentKind.Unknown || asked.Kind is IntentKind.Delete or IntentKind.Complete || asked.Fields.Completed == false;
            // "groceries arent that important, lower the priority": a change naming no task is of the task the remark named
            var namesNone = asked.Kind == IntentKind.Update && asked.Target.IsEmpty && asked.Fields.HasChanges;
            if (((pointsBack && asked.Target.Pronoun) || (whole.Kind == IntentKind.Unknown && namesNone)) && TargetPhrases.Name(first) is { } name)
            {
                asked.Target.Pronoun = false;
                asked.Target.Name = name;
                // "book flights to lahore, tag it travel": a thing to do said bare is that task if one has its name in full,
                // else a new task with what "it" should have (a remark, "the dentist isn't that pressing", names one that is)
                if (asked.Kind == IntentKind.Update && Addable(asked.Fields) && (EnglishLexicon.Doings.Contains(first.Split(' ', 2)[0]) || Infinitive().IsMatch(first)))
                {
                    var add = new TaskFields();
                    ParseAdd(new Utterance(first), add, ctx, first);
                    add.AddMissing(asked.Fields);
                    add.Remind |= asked.Fields.Remind;
                    asked.AddInstead = add.Title is null ? null : add;
                    asked.FullNameOnly = add.Title is not null;
                }
                return asked;
            }
        }
        if (whole.Kind != IntentKind.Unknown) return null;
        // "groceries arent that important, lower the priority": raising or lowering is of a task that exists, the one the
        // remark named (a new task's priority is said, "buy milk, high priority", not raised)
        if (secondCue.Kind == IntentKind.Unknown && RelativePriority().IsMatch(second) && TargetPhrases.Name(first) is { } remarked)
        {
            var change = new UserRequest(IntentKind.Update);
            change.Fields.Priority = PriorityPhrases.Extract(new Utterance(second));
            change.Target.Name = remarked;
            if (change.Fields.Priority is not null) return change;
        }
        // a clause dropped is a remark: after a comma it must not read as a task itself ("kitaabein wapas karni hain #library,
        // note: …"), and a sentence dropped says more than one word ("urgent!! send …" keeps its "urgent")
        var sentence = split.Value.Trim() is { Length: > 0 } mark && mark[0] is '.' or '!' or '?';
        // ("'استری کرنا' ٹاسک شامل کریں، اتوار شام پانچ بجے": a clause after a comma that says only when is the task's day)
        bool Remark(string clause, IntentCues.Cue cue) => cue.Kind == IntentKind.Unknown && clause.Split(' ').Length >= 3
            && (sentence || (ParseRead(clause, cue, ctx).Kind == IntentKind.Unknown && !SaysWhen(clause, ctx)));
        if (Asks(firstCue) && Remark(second, secondCue)) return ParseRead(first, firstCue, ctx);
        if (Asks(secondCue) && Remark(first, firstCue)) return ParseRead(second, secondCue, ctx);
        // two sentences, neither with a verb of its own: the one that reads as a task is the task
        if (sentence && firstCue.Kind == IntentKind.Unknown && secondCue.Kind == IntentKind.Unknown)
        {
            var read = new[] { (Clause: first, Request: ParseRead(first, firstCue, ctx)), (Clause: second, Request: ParseRead(second, secondCue, ctx)) };
            var tasks = read.Where(r => r.Request.Kind != IntentKind.Unknown).ToList();
            if (tasks.Count == 1 && read.Single(r => r.Request.Kind == IntentKind.Unknown).Clause.Split(' ').Length >= 3) return tasks[0].Request;
        }
        return null;
    }

    // "report ki priority low kr do, boss ne time de diya", "…، ڈاکٹر نے منع کر دیا": a closing clause telling what someone
    // else did is why the request is made; its verb ("de diya") must not turn the request into a completion. So is the
    // speaker's own deed done to "it" ("delete the dentist appointment, i cancelled it"): the reason, not a second task
    private static UserRequest? SomeoneElsesDeed(string normalized, TurnContext ctx)
    {
        if (ClauseBreak().Matches(normalized).LastOrDefault() is not { } split) return null;
        var (first, second) = (normalized[..split.Index].Trim(), normalized[(split.Index + split.Length)..].Trim());
        if (first.Length == 0 || !(OtherDoer().IsMatch(second) || OwnReason().IsMatch(second))) return null;
        var firstCue = IntentCues.Classify(first, ctx.Lexicons);
        return Asks(firstCue) ? ParseRead(first, firstCue, ctx) : null;
    }

    // "no wait, 9:30", "actually tomorrow", "nahi, 9 baje", "نہیں، کل": a correction with no verb changes the task just
    // talked about, when all it says is the change; "nahi yaar 11 bje kr do", "نہیں، سات بجے کر دو" close it with "make it"
    private static UserRequest? Corrected(string normalized, TurnContext ctx)
    {
        // "make it 7" right after a task was said corrects it as much as "sorry, make it 7" does
        var lead = Correction().Match(normalized);
        if (!lead.Success && !MakeItInto().IsMatch(normalized)) return null;
        // "oops it's wednesday not tuesday": what it is now, less what it was; "nahi, 7 baje kar do": less the "make it"
        var rest = ClosingDo().Replace(ItIs().Replace(normalized[(lead.Success ? lead.Length : 0)..], ""), "");
        // "no wait, make it 9", "actually make it buy eggs and bread": what it is made is the change
        var made = MakeItInto().Match(rest);
        if (made.Success) rest = made.Groups["what"].Value;
        var request = new UserRequest(IntentKind.Update);
        var u = new Utterance(rest);
        ChangePhrases.Extract(u, request.Fields, ctx, "", TitleExtractor.TakeQuoted(u));
        TargetPhrases.TakePronoun(u);
        // a thing it is made, in a correction, that changes nothing else is its title
        if (lead.Success && made.Success && !request.Fields.HasChanges && rest.Split(' ').Length >= 2)
        {
            request.Fields.Title = TitleExtractor.Clean(rest);
            request.Target.Pronoun = true;
            return request;
        }
        if (!request.Fields.HasChanges || request.Fields.Title is not null || TargetPhrases.Name(u.Text) is not null) return null;
        request.Fields.When.HalfUnsaid |= request.Fields.When.Time is not null && !SaysHalf().IsMatch(rest);
        request.Fields.Restated = true;
        request.Target.Pronoun = true;
        return request;
    }

    // "report monday pe kar do aur priority low kar do", "رپورٹ کو پیر پر کر دیں اور ترجیح کم کر دیں": two changes of one task,
    // each closed by its own verb, the second naming no task of its own (or "it")
    private static UserRequest? TwoChanges(string normalized, TurnContext ctx)
    {
        if (ChangeAnd().Match(normalized) is not { Success: true } split) return null;
        var first = normalized[..split.Index];
        var firstCue = IntentCues.Classify(first, ctx.Lexicons);
        if (firstCue.Kind != IntentKind.Update) return null;
        var asked = ParseRead(first, firstCue, ctx);
        if (asked.Kind != IntentKind.Update || asked.Target.IsEmpty || !asked.Fields.HasChanges) return null;
        var more = new Utterance(ClosingDo().Replace(normalized[(split.Index + split.Length)..], ""));
        var fields = new TaskFields();
        ChangePhrases.Extract(more, fields, ctx, "", null);
        TargetPhrases.TakePronoun(more);
        if (!fields.HasChanges || TargetPhrases.Name(more.Text) is not null) return null;
        asked.Fields.AddMissing(fields);
        return asked;
    }

    // "bought the groceries, tick that off. and delete call mom", "groceries done kar do aur call mom delete kar do": two
    // commands, the second with its own verb and a task named by its own words, are done one after the other
    private static UserRequest? TwoCommands(string normalized, TurnContext ctx)
    {
        foreach (var split in CommandBreak().Matches(normalized).Concat(ChangeAnd().Matches(normalized)))
        {
            var (first, second) = (normalized[..split.Index].Trim(), normalized[(split.Index + split.Length)..].Trim());
            if (first.Length == 0 || second.Length == 0 || JoinsDays(first, second, ctx)) continue;
            var secondCue = IntentCues.Classify(second, ctx.Lexicons);
            if (secondCue.Length == 0 || secondCue.Kind is not (IntentKind.Add or IntentKind.Complete or IntentKind.Delete or IntentKind.Update)) continue;
            var then = Parse(second, ctx, orTwo: false);
            var namesItsOwn = then.Kind == IntentKind.Add ? then.Fields.Title is not null : (then.Target.Name is not null || then.Target.Ids.Count > 0) && !then.Target.All;
            if (then.Kind != secondCue.Kind || !namesItsOwn) continue;
            var head = Parse(first, ctx, orTwo: false);
            var acts = head.Kind == IntentKind.Add ? head.Fields.Title is not null && then.Kind != IntentKind.Add
                : head.Kind is IntentKind.Complete or IntentKind.Delete or IntentKind.Update && !head.Target.IsEmpty;
            if (!acts) continue;
            head.Then = then;
            return head;
        }
        return null;
    }

    // what a new task can be given as it is added: no completion, no clearing, nothing relative to a time it already has
    private static bool Addable(TaskFields f) =>
        f is { HasChanges: true, Title: null, Completed: null, ShiftBy: null, RemindBefore: null, ClearDue: false, ClearReminder: false, ClearDescription: false, ClearRecurrence: false, ClearTags: false, RemoveTags.Count: 0 };

    // "sirf peer aur jumeraat ko", "منگل اور جمعہ کو": an "and" between two days joins a list of days, not two commands
    private static bool JoinsDays(string first, string second, TurnContext ctx) =>
        ctx.Lexicons.Weekday(first[(first.LastIndexOf(' ') + 1)..]) is not null
        && ctx.Lexicons.Weekday(second.Split(' ', 2)[0].TrimEnd(',')) is not null;

    private static bool SaysWhen(string clause, TurnContext ctx)
    {
        var fields = new TaskFields();
        ParseAdd(new Utterance(clause), fields, ctx, clause);
        return !fields.When.IsEmpty || fields.Recurrence is not null;
    }

    private static bool Asks(IntentCues.Cue cue) => cue.Kind is IntentKind.Add or IntentKind.List or IntentKind.Complete or IntentKind.Delete or IntentKind.Update;

    // "teen kaam add karo: a, b, aur c", "کل دو کام ہیں: …", "tomorrow: a at 10am, then b at 4pm": a list announced by its
    // count or its day, each item a task of its own (on that day)
    private static UserRequest? CountedList(string normalized, TurnContext ctx)
    {
        if (Announced().Match(normalized) is not { Success: true } m) return null;
        var rest = m.Groups["rest"].Value;
        var count = m.Groups["n"].Success ? Count(m.Groups["n"].Value) : 0;
        // "…: sabzi lana aur istri karwana, dono kal subah 9 bje"
        var both = BothOf().Match(rest);
        var shared = SaidOfEach(both, ctx);
        if (shared.HasChanges) rest = rest[..both.Index];
        var items = ItemBreak().Split(rest).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (items.Count != count)
        {
            var finer = items.SelectMany(i => ItemAnd().Split(i)).Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            if (count > 0 ? finer.Count == count : items.Count < 2) items = finer;
        }
        if (items.Count < 2) return null;
        var day = m.Groups["day"].Value;
        var request = new UserRequest(IntentKind.Add);
        foreach (var item in items)
        {
            var said = day.Length > 0 ? $"{day} {item.Trim()}" : item.Trim();
            var fields = request.Fields.Title is null ? request.Fields : new TaskFields();
            ParseAdd(new Utterance(AddLead().Replace(said, "")), fields, ctx, said);
            fields.AddMissing(shared);
            if (fields.Title is not null && fields != request.Fields) request.MoreAdds.Add(fields);
        }
        return request.Fields.Title is null ? null : request;
    }

    // "wash the car and vacuum the living room, both for sunday": what "both" says is said of each task
    // ("a gift for both kids" says nothing of each: only a when, a priority, a tag or a repeat is shared)
    private static TaskFields SaidOfEach(Match both, TurnContext ctx)
    {
        var shared = new TaskFields();
        if (both.Success) ParseAdd(new Utterance(both.Groups["said"].Value), shared, ctx, both.Groups["said"].Value);
        shared.Title = null;
        return shared;
    }

    // "task add kr do: darzi se kapray lene, monday sham 5 baje", "نیا کام: بجلی والے کو فون کرنا، تین دن بعد": a heading
    // that only says "a task" (and perhaps "add it"), then the task, then its details clause by clause
    private static UserRequest? Headed(string normalized, TurnContext ctx)
    {
        if (AddHeading().Match(normalized) is not { Success: true } heading) return null;
        var rest = heading.Groups["rest"].Value;
        var request = new UserRequest(IntentKind.Add);
        ParseAdd(new Utterance(rest), request.Fields, ctx, rest);
        return request.Fields.Title is null ? null : request;
    }

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "two" or "do" or "دو" => 2, "three" or "teen" or "تین" => 3, "four" or "char" or "chaar" or "چار" => 4,
        "five" or "paanch" or "پانچ" => 5, "six" => 6, var w => int.TryParse(w, out var n) ? n : 0,
    };

    private static bool HasOtherChanges(TaskFields f) =>
        f.Title is not null || f.Description is not null || f.Priority is not null || f.Tags.Count > 0 || !f.When.IsEmpty || f.Recurrence is not null;

    // No verb at all: "buy milk tomorrow", "dentist on friday at 4pm" still read as new tasks when they
    // carry a date, a repeat, a priority or a tag; anything else is not understood.
    private static void ParseBare(string normalized, UserRequest request, TurnContext ctx)
    {
        // "sabzi lani hai aur gas ka bill jama karana hai", "email the landlord tomorrow and book a haircut on
        // wednesday": each part ends in its own verb, so each is a task of its own
        if (!Question().IsMatch(normalized) && TwoDoings(normalized).ToList() is { Count: > 1 } doings)
        {
            var bare = doings.Select(_ => new UserRequest(IntentKind.Unknown)).ToList();
            for (var i = 0; i < doings.Count; i++) ParseBare(doings[i], bare[i], ctx);
            if (bare.All(b => b.Kind == IntentKind.Add) || (bare[0].Kind == IntentKind.Add && bare.All(b => b.Fields.Title is not null)))
            {
                request.Kind = IntentKind.Add;
                CopyAdd(bare[0], request);
                foreach (var more in bare.Skip(1)) request.MoreAdds.Add(more.Fields);
                return;
            }
        }

        var fields = new TaskFields();
        ParseAdd(new Utterance(normalized), fields, ctx, normalized);
        var hasDetail = !fields.When.IsEmpty || fields.Recurrence is not null || fields.Priority is not null || fields.Tags.Count > 0
            || IntentCues.IsObligation(normalized);
        if (!hasDetail || fields.Title is null || Question().IsMatch(normalized))
        {
            return;
        }

        request.Kind = IntentKind.Add;
        request.Fields.Remind = fields.Remind;
        request.Fields.Title = fields.Title;
        request.Fields.Description = fields.Description;
        request.Fields.Priority = fields.Priority;
        request.Fields.Tags = fields.Tags;
        request.Fields.When = fields.When;
        request.Fields.Recurrence = fields.Recurrence;
        request.Fields.RemindBefore = fields.RemindBefore;
        request.Fields.RemindTime = fields.RemindTime;
    }

    private static void CopyAdd(UserRequest from, UserRequest to)
    {
        var (f, t) = (from.Fields, to.Fields);
        (t.Title, t.Description, t.Priority, t.Tags, t.When, t.Recurrence, t.Remind, t.RemindBefore, t.RemindTime) = (f.Title, f.Description, f.Priority, f.Tags, f.When, f.Recurrence, f.Remind, f.RemindBefore, f.RemindTime);
    }

    // "nahi yaar", "نہیں بھائی": the friendly word after the "no" is still the correction's lead
    [GeneratedRegex(@"^\s*(?:(?:actually|no|nope|wait|sorry|oops|oh|hmm|make\s+that|rather|nahi|nahin|nai|balke|balkay|asal\s+mein|نہیں|بلکہ|اصل\s+میں|معاف\s+کیجیے)(?:[\s,.!]+(?:yaar|yar|bhai|یار|بھائی))?(?:[\s,.!]+|$))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();

    [GeneratedRegex(@"\s*[,.]\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|just\s+)?(?:update|change|fix)\s+(?:it|that|this|the\s+task)(?:\s+(?:please|pls|for\s+me))?[\s?.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateIt();

    [GeneratedRegex(@"\s*,?\s*\b(?:both|dono|donon)\s+(?<said>\S.*)$|\s*[،,]?\s*(?<![\p{L}])دونوں\s+(?<said>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BothOf();

    // ", no date yet", "…, uski koi date nahi", "، اس کی کوئی تاریخ نہیں": a remark that the task has no date asks for nothing
    [GeneratedRegex(@"\s*[,،]\s*(?:(?:there'?s\s+)?no\s+(?:due\s+)?date(?:\s+(?:yet|for\s+(?:it|now)|needed))?|no\s+deadline(?:\s+yet)?|whenever|any\s*time|(?:(?:uski|iski|uska|iska|us\s+ki|is\s+ki|us\s+ka|is\s+ka|اس\s+کی|اس\s+کا|اُس\s+کی|اُس\s+کا)\s+)?(?:(?:abhi|ابھی)\s+)?(?:koi|کوئی)\s+(?:date|tareekh|tarikh|time|waqt|deadline|تاریخ|وقت|ٹائم|ڈیڈ\s*لائن)\s+(?:(?:abhi|ابھی)\s+)?(?:nahi|nahin|nai|نہیں)(?:\s+(?:hai|he|h|ہے))?)\s*(?=[,،]|[.!]*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoDateYet();

    [GeneratedRegex(@"^(?:it'?s|it\s+is|its|that'?s|that\s+is)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItIs();

    [GeneratedRegex(@"^(?:make|change|call|rename)\s+(?:it|that|this)\s+(?:to\s+|into\s+)?(?<what>\S.*?)[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeItInto();

    [GeneratedRegex(@"\b(?:am|pm|a\.m\.?|p\.m\.?|morning|afternoon|evening|night|tonight|noon|subah|subha|sham|shaam|raat|dopahar|dopehar)\b|(?<![\p{L}])(?:صبح|شام|رات|دوپہر)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysHalf();

    // the closing "kar do" / "کر دیں" of an Urdu or Roman Urdu change
    private const string UrduDo = RomanUrduLexicon.Do + "|" + UrduLexicon.Do;

    [GeneratedRegex(@"(?<=\s(?:" + UrduDo + @"))\s*,?\s+(?:aur|or|اور)\s+(?:(?:phir|پھر|saath\s+hi|ساتھ\s+ہی)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAnd();

    [GeneratedRegex(@"\s+(?:" + UrduDo + @")\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingDo();

    [GeneratedRegex(@"\s*,\s*|(?<=\p{L}{2})[.!?]+\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    // between two commands: a sentence's end, a semicolon, or "and", "then", "aur", "phir", "اور" (after a comma or not)
    [GeneratedRegex(@"(?<=[\p{L}\d}]{2})\s*(?:[.!?;]+\s+|\s*[,،]\s*(?=(?:and|then|also|aur|phir|اور|پھر)\s)|\s+(?=(?:and|then|aur|phir|اور|پھر)\s))(?:(?:and|then|also|aur|phir|اور|پھر)\s+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandBreak();

    [GeneratedRegex(@"^(?:(?:so|please|pls|just)\s+)*(?:lower|raise|reduce|increase|drop|bump(?:\s+up)?|downgrade|upgrade)\s+(?:the\s+|its\s+)?(?:priority|prio)(?:\s+(?:please|pls|then))?[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePriority();

    [GeneratedRegex(@"^(?:(?:because|since|as)\s+)?(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|just\s+)?(?:cancell?ed|called\s+off|did|done|finished|moved|rescheduled|dropped|skipped)\s+(?:it|that|this|them)\b|^(?:i|we)\s+(?:don'?t|do\s+not|no\s+longer)\s+need\s+(?:it|that|this|them)\b|^(?:it'?s|it\s+(?:was|got))\s+(?:been\s+)?(?:cancell?ed|called\s+off|not\s+needed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnReason();

    // a doer marked with "ne"/"نے" who is not the speaker ("maine", "میں نے" tell of the speaker's own deed)
    [GeneratedRegex(@"^(?:(?:ab|aur|kyunke|kyunki|اب|اور|کیونکہ)\s+)?(?!(?:main|mein|maine|mene|hum|humne|hamne|میں|ہم)(?![\p{L}]))\p{L}+(?:\s+\p{L}+)?\s+(?:ne|نے)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherDoer();

    [GeneratedRegex(@"^(?:(?<day>kal|aaj|parson|tomorrow|today|کل|آج|پرسوں)(?:\s+(?:ke|ki|کے|کی))?\s+)?(?:(?:ye|yeh|یہ|these|the\s+following)\s+)?(?<n>\d+|two|three|four|five|six|do|teen|char|chaar|paanch|دو|تین|چار|پانچ)\s+(?:new\s+)?(?:tasks?|things|items|to-?dos|kaam|kam|کام)(?:\s+[^\s:]+){0,3}\s*:\s*(?<rest>.+)$|^(?<day>kal|aaj|parson|tomorrow|today|کل|آج|پرسوں)\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announced();

    [GeneratedRegex(@"\s*[,;]\s*(?:(?:and|aur|اور)\s+)?(?:(?:then|phir|پھر)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemBreak();

    // "task add kr do:", "ٹاسک بنا دو:", and a quoted title straight after the verb: "task bana do 'X'", "ایک ٹاسک ڈالو "X""
    private const string AddingVerb = @"(?:" + RomanUrduLexicon.AddVerb + "|" + UrduLexicon.AddVerbEnded + "|" + UrduLexicon.AddVerb + @")\s*(?:" + UrduDo + ")?";

    private const string HeadingVerb = @"\s+" + AddingVerb;

    // the heading may be the verb alone: "add kro: …", "شامل کر دیں: …"
    [GeneratedRegex(@"^\s*(?:add\s+)?(?:(?:a|an|new|another|naya|nayi|ek|aik|نیا|نئی|ایک)\s+)?(?:task|to-?do|kaam|ٹاسک|کام)(?:(?:" + HeadingVerb + @")?\s*:\s*(?<rest>\S.*)|" + HeadingVerb + @"\s+(?<rest>['""].*))$|^\s*" + AddingVerb + @"\s*:\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddHeading();

    [GeneratedRegex(@"\s+(?:and|aur|اور)\s+(?:(?:then|phir|پھر)\s+)?|\s+then\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemAnd();

    [GeneratedRegex(@"\s*,?\s*\b(?:time|waqt)\s+(?:same|wahi|wohi|wohi\s+wala)\s+(?:rakhna|rakho|rakhein|rakhen|rahe|rehne\s+do|rakh\s+do)\b|\s*,?\s*(?:وقت|ٹائم)\s+(?:وہی|ویسا\s+ہی)\s+(?:رہے|رکھیں|رکھنا|رہنے\s+دیں)|\s*,?\s*\b(?:keep|same)\s+(?:the\s+)?time(?:\s+the\s+same)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeepTheTime();

    // "groceries پر 'جلدی' کا ٹیگ لگا دیں": a quoted word before "tag" is the tag, not a new title
    [GeneratedRegex(@"['""](?<t>[^'""\s]{1,32})['""](?=\s+(?:ka\s+|کا\s+)?(?:tag|ٹیگ))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTag();

    // "work wale saare tasks", "work والے سب کام" (the "saare" already read): tasks of that tag
    [GeneratedRegex(@"(?<![\p{L}#])(?<t>[\p{L}_][\p{L}\p{Mn}\p{Nd}_\-]*)\s+(?:wale|waale|wali|والے|والی)\s+(?:kaam|tasks?|کام)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoseTag();

    [GeneratedRegex(@"\b(?:tasks|things|items|to-?dos|ones|kaam)\b|کام", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskNoun();

    [GeneratedRegex(@"(?:,|\s-|\band\b)?\s*\b(?:remind|ping|nudge|alert|buzz)\s+me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemindMeLeft();

    // "- notes: …", ", note likh do: …", "، نوٹ: …", "… اور نوٹ میں لکھو: …", "aur note mein likh do: …"
    [GeneratedRegex(@"(?:,\s*|\s+-\s+|\s+)(?:(?:and|aur|اور)\s+)?(?:with\s+)?(?:a\s+)?(?:notes?|description|details?|نوٹ|تفصیل)(?:\s+(?:bhi\s+|بھی\s+)?(?:(?:mein|main|me|میں)\s+)?(?:likh|likho|daal|dal|daalo|add|laga|لکھ|لکھو|لکھیں|ڈال|ڈالو|ڈالیں)\s*(?:" + UrduDo + @")?)?\s*[:\-]\s*(?<d>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"(?<p>\b(?:high(?:est)?|top|urgent|low(?:est)?|medium|normal)\s+(?:priority|prio)|(?:زیادہ|اونچی|اعلی|کم|نچلی|درمیانی)\s+ترجیح)\s+(?:wale|wali|wala|waale|tasks?|ones|items|things|stuff|kaam|کام|والے|والی|والا)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhosePriority();

    [GeneratedRegex(@"\b(?<day>aaj|kal)\s+(?:ke|ki|ka)\b|(?<![\p{L}])(?<day>آج|کل)\s+(?:کے|کی|کا)(?![\p{L}])|\b(?<day>today|tomorrow)'s\b|\bdue\s+(?<day>today|tomorrow)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoseDay();

    [GeneratedRegex(@"^\s*(?:i\s+)?(?:just\s+|already\s+|finally\s+)?(?<v>picked\s+up|" + EnglishLexicon.PastVerb + @")\b|\bi\s+(?:just\s+|already\s+|finally\s+)?(?<v>picked\s+up|" + EnglishLexicon.PastVerb + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTense();

    [GeneratedRegex(@"\b(?:as\s+)?(?:done|complete|completed|finished)\s*$|\b(?:complete|mukammal|done)\s*(?:" + RomanUrduLexicon.Do + @")?\s*$|(?:مکمل)\s*(?:" + UrduLexicon.Do + @")?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsDone();

    // "change the plants to every 2 days": an "every" that starts a repeat does not pick every task
    [GeneratedRegex(@"\b(?:all|every(?!\s+(?:\d|other\b|(?:day|week|month|year|weekday|weekend|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|two|three|four|five|six|seven|eight|nine|ten|twelve)))|everything|each|saare|sare|saari|sari|sab(?!\s+se\b)|tamam|tamaam)\b|(?<![\p{L}])(?:تمام|سارے|ساری|سب(?!\s+سے))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Every();

    [GeneratedRegex(@"\b(?:completed|finished|done|overdue|late|past[\s-]due|pending|open|today'?s|tomorrow'?s|high[\s-]priority|low[\s-]priority|old)\s+(?:tasks|ones|items|to-?dos|things)\b|\b(?:tasks|ones|items|to-?dos|things)\s+(?:that\s+are\s+|which\s+are\s+)?(?:due\s+(?:today|tomorrow)|tagged|overdue|completed|finished|done|past\s+due|for\s+today|from\s+today)\b|\b(?:mukammal|complete|completed|overdue|late|khatam|purane|done)\s+(?:(?:wale|waale|shuda)\s+)?(?:kaam|tasks)\b|(?<![\p{L}])(?:مکمل(?:\s+شدہ)?|لیٹ|پرانے|ختم\s+شدہ)\s+(?:والے\s+)?کام(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FilteredPlural();

    [GeneratedRegex(@"^\s*(?:\d+|two|three|four|five|a\s+few|some|these|the\s+following)\s+(?:new\s+)?(?:tasks?|things|items|to-?dos)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TasksColon();

    [GeneratedRegex(@"\s*(?:,|;|\n)\s*(?:and\s+)?|\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparators();

    // Where one message holds several tasks: a semicolon, a new line, "and also", or a second "add".
    [GeneratedRegex(@"\s*;\s*|\s*\n\s*|,?\s+and\s+also\s+|,\s*(?:and\s+)?(?:also\s+)?(?=add\b)|\s+and\s+(?:also\s+)?(?=add\b)|\s+(?:aur|اور)\s+(?=(?:ye\s+bhi|یہ\s+بھی)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Several();

    [GeneratedRegex(@"\s+and\s+(?:then\s+)?(?=(?:call|phone|email|e-mail|buy|pay|book|pick\s+up|send|clean|fix|text|order|schedule|renew|submit|water|cancel|return|visit|write|read|review|prepare|wash|finish|meet|mail|print|drop\s+off|go\s+to|collect|feed|walk|iron|cook|study|file|update|charge|reply\s+to)\b(?!\s+(?:them|it|him|her)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndVerb();

    [GeneratedRegex(@"\s+(?:aur|or|اور)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndInfinitive();

    // a thing to do in Urdu ends in its infinitive: "lena", "bharna", "جمع کرانا"
    [GeneratedRegex(@"\p{L}{2,}(?:na|ni|nay|ne)(?:\s+(?:hai|hain|he|h|hy|hay|hn))?\s*[.!]*$|\p{L}(?:نا|نی|نے)(?:\s+(?:ہے|ہیں))?\s*[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Infinitive();

    [GeneratedRegex(@"^\s*(?:also\s+)?add\s+|^\s*(?:ye\s+bhi|یہ\s+بھی)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddLead();

    [GeneratedRegex(@"\?\s*$|^\s*(?:what|when|where|why|how|who|is|are|do|does|can|kya|kab|kahan|kyun|kaise|کیا|کب|کہاں|کیوں|کیسے)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();
}
