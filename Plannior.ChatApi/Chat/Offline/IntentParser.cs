namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// Reads one user message into a UserRequest. Deterministic: the offline client parses the same
// message again on every round of the function-calling loop and must get the same answer.
internal static partial class IntentParser
{
    public static UserRequest Parse(string text, TurnContext ctx)
    {
        var normalized = TextNormalizer.Normalize(text);
        var cue = IntentCues.Classify(normalized);
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
                ParseAdd(u, request.Fields, ctx, normalized);
                break;
            case IntentKind.List:
                ListPhrases.Extract(u, request.Filter, ctx);
                break;
            case IntentKind.Complete or IntentKind.Delete or IntentKind.Update:
                ParseTargeted(u, request, ctx, cueText);
                break;
            case IntentKind.Unknown:
                ParseBare(normalized, request, ctx);
                break;
        }

        return request;
    }

    private static void ParseAdd(Utterance u, TaskFields fields, TurnContext ctx, string original)
    {
        fields.Title = TitleExtractor.TakeQuoted(u);
        fields.Remind = IntentCues.IsRemind(original);
        fields.Tags = TagPhrases.Extract(u);
        fields.Recurrence = RecurrencePhrases.Extract(u, fields.When);
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
        var quoted = TitleExtractor.TakeQuoted(u);
        request.Target.Ids.AddRange(TargetPhrases.TakeIds(u));
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
        request.Target.Name = TargetPhrases.Name(u.Text);
        request.Target.Pronoun = pronoun && request.Target.Name is null;
    }

    private static bool HasOtherChanges(TaskFields f) =>
        f.Title is not null || f.Description is not null || f.Priority is not null || f.Tags.Count > 0 || !f.When.IsEmpty || f.Recurrence is not null;

    // No verb at all: "buy milk tomorrow", "dentist on friday at 4pm" still read as new tasks when they
    // carry a date, a repeat, a priority or a tag; anything else is not understood.
    private static void ParseBare(string normalized, UserRequest request, TurnContext ctx)
    {
        var fields = new TaskFields();
        ParseAdd(new Utterance(normalized), fields, ctx, normalized);
        var hasDetail = !fields.When.IsEmpty || fields.Recurrence is not null || fields.Priority is not null || fields.Tags.Count > 0;
        if (!hasDetail || fields.Title is null || Question().IsMatch(normalized))
        {
            return;
        }

        request.Kind = IntentKind.Add;
        request.Fields.Title = fields.Title;
        request.Fields.Description = fields.Description;
        request.Fields.Priority = fields.Priority;
        request.Fields.Tags = fields.Tags;
        request.Fields.When = fields.When;
        request.Fields.Recurrence = fields.Recurrence;
        request.Fields.Remind = fields.Remind;
    }

    [GeneratedRegex(@"(?:,\s*|\s+)(?:with\s+)?(?:a\s+)?(?:note|description|details?)\s*[:\-]\s*(?<d>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"\?\s*$|^\s*(?:what|when|where|why|how|who|is|are|do|does|can|kya|kab|kahan|kyun|kaise|کیا|کب|کہاں|کیوں|کیسے)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();
}
