namespace Plannior.ChatApi.Tests.Offline;

using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Offline;
using Xunit;

// The offline assistant's words live in one lexicon per language behind ILexicon; these check that shape.
public sealed class LexiconTests
{
    // Urdu script has no typo model (edit distance is over Latin letters), so it may leave these two empty.
    private static readonly HashSet<string> OptionalForUrduScript = [nameof(ILexicon.CommandWords), nameof(ILexicon.NearCommandWords)];

    // What only some ways of writing have: letters to sound out (not the Latin script), ordinal day words (English's
    // "the fifth of december"; Urdu says the number), words spelled more than one way (Roman Urdu's "ku" for "ko")
    private static readonly HashSet<string> OptionalForSome = [nameof(ILexicon.LetterSounds), nameof(ILexicon.DayOrdinals), nameof(ILexicon.Respellings)];

    public static TheoryData<string> BuiltIn() => [.. Lexicons.BuiltIn.All.Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Every_lexicon_fills_every_member(string name)
    {
        var lexicon = Lexicons.BuiltIn.All.Single(l => l.Name == name);
        foreach (var member in typeof(ILexicon).GetProperties())
        {
            var value = member.GetValue(lexicon);
            Assert.NotNull(value);
            if (value is string text) Assert.False(string.IsNullOrWhiteSpace(text), $"{name}.{member.Name} is blank");
            if (value is IEnumerable items and not string && !(lexicon is UrduLexicon && OptionalForUrduScript.Contains(member.Name))
                && !OptionalForSome.Contains(member.Name))
            {
                Assert.True(items.Cast<object>().Any(), $"{name}.{member.Name} is empty");
            }
        }
    }

    // Every way of writing can ask for every command, by a verb that opens or closes the message.
    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Every_lexicon_has_a_verb_for_every_command(string name)
    {
        var verbs = Lexicons.BuiltIn.All.Single(l => l.Name == name).Verbs;
        (IntentKind Kind, IReadOnlyList<string> Fragments)[] commands =
        [
            (IntentKind.List, [.. verbs.ListLead, .. verbs.ListTrail]), (IntentKind.Add, [.. verbs.AddLead, .. verbs.AddTrail]),
            (IntentKind.Complete, [.. verbs.CompleteLead, .. verbs.CompleteTrail]), (IntentKind.Update, [.. verbs.UpdateLead, .. verbs.UpdateTrail]),
            (IntentKind.Delete, [.. verbs.DeleteLead, .. verbs.DeleteTrail]), (IntentKind.Undo, verbs.Undo),
        ];
        Assert.All(commands, c => Assert.True(c.Fragments.Count > 0, $"{name} has no verb for {c.Kind}"));
    }

    // every reply template of every language, one case each
    public static TheoryData<string, string> EveryTemplate()
    {
        var cases = new TheoryData<string, string>();
        var members = typeof(IReplies).GetProperties().Select(p => p.Name).Concat(typeof(IReplies).GetMethods().Where(m => !m.IsSpecialName).Select(m => m.Name));
        foreach (var lexicon in Lexicons.BuiltIn.All)
        {
            foreach (var member in members) cases.Add(lexicon.Name, member);
        }
        return cases;
    }

    // Every language writes every reply, and a reply shows the facts it is given (the title, the number, the reason).
    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public void Every_reply_template_writes_the_facts_it_is_given(string name, string member)
    {
        var replies = Lexicons.BuiltIn.All.Single(l => l.Name == name).Replies;
        var facts = new List<string>();
        var text = typeof(IReplies).GetProperty(member) is { } property
            ? (string?)property.GetValue(replies)
            : (string?)typeof(IReplies).GetMethod(member)!.Invoke(replies, [.. typeof(IReplies).GetMethod(member)!.GetParameters().Select(p => Argument(p, facts))]);

        Assert.False(string.IsNullOrWhiteSpace(text), $"{name} replies: {member} is blank");
        Assert.All(facts, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
    }

    // A value for each parameter of a template; the ones its reply must show are noted as facts. A repeat rule and a
    // priority are put into the language's words and an undo's action picks the sentence, so those are not echoed.
    private static object Argument(ParameterInfo parameter, List<string> facts)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            switch (parameter.Name)
            {
                case "rrule": return "FREQ=WEEKLY;BYDAY=MO";
                case "priority": return "high";
                case "action": return "deleted";
                default: facts.Add($"[{parameter.Name}]"); return $"[{parameter.Name}]";
            }
        }
        if (type == typeof(int) || type == typeof(int?)) { facts.Add("7"); return 7; }
        if (type == typeof(IntentKind)) return IntentKind.Delete;
        if (type == typeof(ListFilter)) return new ListFilter { Status = "pending" };
        if (type == typeof(IReadOnlyList<TaskSnapshot>))
        {
            // candidates are written as list lines, so "the second one" counts from what was shown
            facts.Add("#4 Call mom");
            return new TaskSnapshot[] { new(3) { Title = "Buy milk" }, new(4) { Title = "Call mom" } };
        }
        throw new NotSupportedException($"No test value for a {type.Name} parameter ({parameter.Name}); add one here.");
    }

    // The compiled phrase patterns need constant fragments; each must read exactly the words its lexicon's table has.
    [Theory]
    [InlineData(RomanUrduLexicon.Weekday, "Roman Urdu", "Weekdays")]
    [InlineData(UrduLexicon.Weekday, "Urdu", "Weekdays")]
    [InlineData(UrduLexicon.Month, "Urdu", "Months")]
    [InlineData(RomanUrduLexicon.DayPartPattern, "Roman Urdu", "DayParts")]
    [InlineData(UrduLexicon.DayPartPattern, "Urdu", "DayParts")]
    public void Pattern_fragments_agree_with_the_tables(string fragment, string name, string table)
    {
        var lexicon = Lexicons.BuiltIn.All.Single(l => l.Name == name);
        var words = ((IEnumerable)typeof(ILexicon).GetProperty(table)!.GetValue(lexicon)!).Cast<object>()
            .Select(pair => (string)pair.GetType().GetProperty("Key")!.GetValue(pair)!).ToList();
        var whole = new Regex($"^(?:{fragment})$", RegexOptions.IgnoreCase);
        Assert.All(words, word => Assert.Matches(whole, word));
        Assert.All(fragment.Split('|').Where(f => !f.Contains('\\')), word => Assert.Contains(word, words, StringComparer.OrdinalIgnoreCase));
    }

    // A language is added by adding its lexicon: a made-up one is understood for its pleasantries, its number words
    // and its command verbs, and answered in its own replies, with nothing else changed.
    [Fact]
    public async Task A_new_lexicon_plugs_in_without_touching_the_parser()
    {
        var withFake = new Lexicons([EnglishLexicon.Instance, FakeLexicon.Instance]);

        var thanks = await Reply(withFake, "dankon ege");
        Assert.Equal(FakeLexicon.Instance.Replies.Thanks, thanks.Text);
        Assert.Empty(Calls(thanks));

        var added = Assert.Single(Calls(await Reply(withFake, "add buy bread at sep")));
        Assert.Equal("2026-11-29T07:00:00+05:00", added.Arguments!["due_at"]?.ToString());
        Assert.Equal("Buy bread", added.Arguments["title"]?.ToString());

        // its command verbs are read like the built-in ones, and cut from the title the same way
        var addedByVerb = Assert.Single(Calls(await Reply(withFake, "aldonu buy bread at sep")));
        Assert.Equal("add_task", addedByVerb.Name);
        Assert.Equal("Buy bread", addedByVerb.Arguments!["title"]?.ToString());
        var deleted = Assert.Single(Calls(await Reply(withFake, "forigi task 2")));
        Assert.Equal(("delete_task", "2"), (deleted.Name, deleted.Arguments!["task_id"]?.ToString()));
        Assert.Equal("undo_last_change", Assert.Single(Calls(await Reply(withFake, "malfaru tion"))).Name);

        // and after the tool ran, the confirmation is written in its own words too
        var store = new FakeTaskStore();
        using (var withTools = new FunctionInvokingChatClient(new OfflineChatClient(null, withFake)))
        {
            var confirmed = await withTools.GetResponseAsync([new ChatMessage(ChatRole.User, "aldonu buy bread at sep")], OfflineHarness.Options(FakeLexicon.Code, store.Tools()));
            Assert.Equal("Buy bread", Assert.Single(store.Tasks).Title);
            Assert.StartsWith("Aldonis «Buy bread» (#1), ĝis ", confirmed.Text, StringComparison.Ordinal);
        }

        // the same words mean nothing to the built-in set
        Assert.NotEqual(FakeLexicon.Instance.Replies.Thanks, (await Reply(Lexicons.BuiltIn, "dankon ege")).Text);
        Assert.Empty(Calls(await Reply(Lexicons.BuiltIn, "forigi task 2")));
        Assert.Empty(Calls(await Reply(Lexicons.BuiltIn, "malfaru tion")));
    }

    private static async Task<ChatResponse> Reply(Lexicons lexicons, string text)
    {
        using var client = new OfflineChatClient(null, lexicons);
        var options = OfflineHarness.Options(FakeLexicon.Code);
        return await client.GetResponseAsync([new ChatMessage(ChatRole.User, text)], options);
    }

    private static List<FunctionCallContent> Calls(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();

    // Esperanto-like, just enough for the test; "at sep" is seven o'clock.
    private sealed class FakeLexicon : ILexicon
    {
        public const string Code = "xx";
        public static readonly FakeLexicon Instance = new();

        public string Name => "Fake";
        public string ReplyLanguage => Code;
        public IReadOnlyDictionary<string, int> Numbers { get; } = new Dictionary<string, int> { ["sep"] = 7 };
        public IReadOnlyList<string> NumberUnits { get; } = ["horo"];
        public IReadOnlyList<string> NumberLeads { get; } = ["je"];
        public IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek> { ["lundo"] = DayOfWeek.Monday };
        public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int> { ["januaro"] = 1 };
        public IReadOnlyDictionary<string, DayPart> DayParts { get; } = new Dictionary<string, DayPart> { ["vespero"] = DayPart.Evening };
        public IReadOnlyList<string> CommandWords { get; } = ["forigi"];
        public IReadOnlySet<string> NearCommandWords { get; } = new HashSet<string> { "forigu" };
        public IReadOnlySet<string> NameFiller { get; } = new HashSet<string> { "la" };
        public IReadOnlySet<string> ListFiller { get; } = new HashSet<string> { "montru" };
        public IReadOnlyList<string> PleasantryPhrases { get; } = ["dankon", "ege"];
        public IReadOnlyList<string> GreetingPhrases { get; } = ["saluton"];
        public IReadOnlyList<string> HelpPhrases { get; } = ["helpu"];
        public IReadOnlyList<string> YesPhrases { get; } = ["jes"];
        public IReadOnlyList<string> NoPhrases { get; } = ["ne"];
        public CommandVerbs Verbs { get; } = new() { AddLead = ["aldonu"], DeleteLead = ["forigi"], Undo = [@"malfaru(?:\s+tion)?"] };
        public IReplies Replies { get; } = new FakeReplies();
    }

    private sealed class FakeReplies : IReplies
    {
        public string Greeting => "Saluton!";
        public string Thanks => "Ne dankinde!";
        public string Help => "Mi povas aldoni taskojn.";
        public string NotUnderstood => "Mi ne komprenis.";
        public string AskTitle => "Kiel nomi la taskon?";
        public string AskChange => "Kion ŝanĝi?";
        public string AskWhich => "Kiun taskon?";
        public string NoList => "Kiun?";
        public string Cancelled => "Bone, nenio ŝanĝiĝis.";
        public string NothingMatches => "Neniu tasko.";
        public string OutOfRange(int count) => $"Nur {count} taskoj.";
        public string NotFound(string name, IntentKind kind) => $"Ne trovis «{name}».";
        public string Ambiguous(IReadOnlyList<TaskSnapshot> candidates) => "Kiu?" + string.Concat(candidates.Select(t => $"\n• #{t.Id} {t.Title}"));
        public string Confirm(IntentKind kind, IReadOnlyList<TaskSnapshot> tasks) => "Ĉu?";
        public string ListHeader(ListFilter filter, int count) => $"{count} taskoj:";
        public string ListEmpty(ListFilter filter) => "Neniu tasko.";
        public string Comma => ", ";
        public string Quoted(string? title) => $"«{title}»";
        public string Named(string? title, string id) => title is null ? $"tasko {id}" : $"«{title}» ({id})";
        public string Added(string title, string id, string details) => $"Aldonis «{title}» ({id}){details}.";
        public string DueBy(string when) => $"ĝis {when}";
        public string Repeating(string rrule) => "ripetata";
        public string Priority(string priority) => $"prioritato {priority}";
        public string Tagged(string hashtags) => "etikedo " + hashtags;
        public string RemindsThen => "kun memorigo";
        public string Completed(string named) => $"Farita: {named}.";
        public string NextOccurrence(int nextId, string? when) => $"Venonta: #{nextId}.";
        public string Deleted(string named) => $"Forigis {named}.";
        public string Updated(string named, string changes) => $"Ŝanĝis {named}: {changes}.";
        public string Renamed => "renomita";
        public string NowDue(string when) => $"nun ĝis {when}";
        public string NoDueDate => "sen dato";
        public string ReminderAt(string when) => $"memorigo {when}";
        public string ReminderRemoved => "sen memorigo";
        public string Repeats(string rrule) => "ripetata";
        public string NoLongerRepeats => "ne plu ripetata";
        public string Untagged(string hashtags) => "sen etikedo " + hashtags;
        public string NoTags => "sen etikedoj";
        public string TagsNow(string hashtags) => "etikedoj " + hashtags;
        public string Reopened => "remalfermita";
        public string NoteSaved => "noto konservita";
        public string NoteRemoved => "noto forigita";
        public string BatchDeleted(int count, string titles) => $"Forigis {count}: {titles}.";
        public string BatchCompleted(int count, string titles) => $"Faritaj {count}: {titles}.";
        public string BatchFailed(int? taskId, string? reason) => $"#{taskId} malsukcesis: {reason}.";
        public string UndoHint => "Diru «malfaru».";
        public string Undone(string? action, string title, int? taskId) => $"Malfaris: «{title}».";
        public string ListMore(int count) => $"…kaj {count} pli.";
        public string LineDue(string when) => $"ĝis {when}";
        public string LineHighPriority => "grava";
        public string LineRepeats(string rrule) => "ripetata";
        public string LineDone => "farita";
        public string Failed(IntentKind kind, string? taskId, string reason) => $"Pardonu: {reason}.";
    }
}
