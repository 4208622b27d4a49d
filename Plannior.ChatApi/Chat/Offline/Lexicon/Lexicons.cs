namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// The readers every message goes through, built once from a set of lexicons: number words to digits, command
/// typos, small talk, yes and no, filler words, and the replies of each language. <see cref="BuiltIn"/> holds
/// English, Urdu and Roman Urdu; a test can build a set with a lexicon of its own.
/// </summary>
internal sealed class Lexicons
{
    // Interpreted, not Compiled: compiling these seven large alternations emitted and JIT-compiled IL worth ~30 MB of
    // ChatApi's peak working set (bench VmHWM), and bought nothing: per message the assistant cost the same (thread
    // CPU, worst case 0.054 ms compiled, 0.046 ms interpreted; budget 0.5 ms). Built from the lexicons at run time,
    // so [GeneratedRegex] cannot take them.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // declared before BuiltIn: static fields are set in order, and building BuiltIn reads it
    public static readonly IReadOnlyDictionary<string, string[]> NoGlosses = new Dictionary<string, string[]>();

    public static readonly IReadOnlyDictionary<string, int> NoOrdinals = new Dictionary<string, int>();

    public static readonly IReadOnlyDictionary<char, string> NoLetterSounds = new Dictionary<char, string>();

    public static readonly IReadOnlyDictionary<string, string> NoRespellings = new Dictionary<string, string>();

    public static readonly Lexicons BuiltIn = new([EnglishLexicon.Instance, UrduLexicon.Instance, RomanUrduLexicon.Instance]);

    private readonly Dictionary<string, int> _numbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _months = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DayPart> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nameFiller = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _listFiller = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nearCommands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _glosses = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<char, string> _letterSounds = [];
    private readonly Dictionary<string, int> _dayOrdinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _respellings = new(StringComparer.OrdinalIgnoreCase);

    private readonly string[] _commands;
    private readonly Regex _counted;
    private readonly Regex _afterDigit;
    private readonly Regex? _ordinalDay;
    private readonly Regex? _respelled;
    private readonly Regex _help;
    private readonly Regex _greeting;
    private readonly Regex _pleasantry;
    private readonly Regex _yes;
    private readonly Regex _no;

    public Lexicons(IReadOnlyList<ILexicon> lexicons)
    {
        ArgumentOutOfRangeException.ThrowIfZero(lexicons.Count);
        All = lexicons;
        foreach (var lexicon in lexicons)
        {
            foreach (var (word, value) in lexicon.Numbers) _numbers.TryAdd(word, value);
            foreach (var (word, value) in lexicon.Weekdays) _weekdays.TryAdd(word, value);
            foreach (var (word, value) in lexicon.Months) _months.TryAdd(word, value);
            foreach (var (word, value) in lexicon.DayParts) _parts.TryAdd(word, value);
            _nameFiller.UnionWith(lexicon.NameFiller);
            _listFiller.UnionWith(lexicon.ListFiller);
            _nearCommands.UnionWith(lexicon.NearCommandWords);
            foreach (var (word, meanings) in lexicon.Glosses) _glosses.TryAdd(word, meanings);
            foreach (var (letter, sound) in lexicon.LetterSounds) _letterSounds.TryAdd(letter, sound);
            foreach (var (word, day) in lexicon.DayOrdinals) _dayOrdinals.TryAdd(word, day);
            foreach (var (word, spelling) in lexicon.Respellings) _respellings.TryAdd(word, spelling);
        }

        _commands = [.. lexicons.SelectMany(l => l.CommandWords).Distinct(StringComparer.OrdinalIgnoreCase)];

        // longest first, so "chhay" is not read as "chh" + "ay"
        var words = Alternation(_numbers.Keys.Select(Regex.Escape));
        var units = Alternation(lexicons.SelectMany(l => l.NumberUnits));
        var leads = Alternation(lexicons.SelectMany(l => l.NumberLeads));
        _counted = new Regex(
            $@"(?<pre>(?<![\p{{L}}])(?:{leads})\s+)(?<n>{words})(?<post>(?![\p{{L}}]))|(?<pre>)(?<![\p{{L}}])(?<n>{words})(?<post>\s*(?:{units})(?![\p{{L}}]))",
            Options);
        // "at seven thirty": the minutes, once the hour is a digit
        _afterDigit = new Regex($@"(?<pre>(?<=\d)\s+)(?<n>{words})(?<post>(?![\p{{L}}]))", Options);
        // "the fifth of december", "december twelfth": only beside a month's name, so "the first one" stays a position
        if (_dayOrdinals.Count > 0)
        {
            var ordinals = Alternation(_dayOrdinals.Keys.Select(Regex.Escape)).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal);
            var months = Alternation(_months.Keys.Select(Regex.Escape));
            _ordinalDay = new Regex(
                $@"(?<![\p{{L}}])(?<n>{ordinals})(?=\s+(?:of\s+)?(?:{months})(?![\p{{L}}]))|(?<=(?<![\p{{L}}])(?:{months})\s+(?:the\s+)?)(?<n>{ordinals})(?![\p{{L}}])",
                Options);
        }
        if (_respellings.Count > 0)
        {
            _respelled = new Regex($@"(?<![\p{{L}}])(?:{Alternation(_respellings.Keys.Select(Regex.Escape))})(?![\p{{L}}])", Options);
        }
        _help = Whole(lexicons.SelectMany(l => l.HelpPhrases), @"[\s?!.]*");
        _greeting = Whole(lexicons.SelectMany(l => l.GreetingPhrases), @"[\s!.,]*");
        // "ok thanks, that's all": any run of pleasantries is one
        var pleasantry = Alternation(lexicons.SelectMany(l => l.PleasantryPhrases));
        _pleasantry = new Regex($@"^(?:{pleasantry})(?:[\s,.!]+(?:{pleasantry}))*[\s!.,]*$", Options);
        // "yep remove it", "جی ہاں مٹا دیں", "ہاں ٹھیک ہے": a run of yeses is one
        var yes = Alternation(lexicons.SelectMany(l => l.YesPhrases));
        _yes = new Regex($@"^(?:{yes})(?:[\s,.!]+(?:{yes}))*[\s!.,]*(?:please|pls|thanks)?[\s!.]*$", Options);
        _no = Whole(lexicons.SelectMany(l => l.NoPhrases), @"[\s!.,]*(?:thanks)?[\s!.]*");
        VerbPatterns = new IntentCues.VerbPatterns(lexicons);
    }

    public IReadOnlyList<ILexicon> All { get; }

    /// <summary>The command verbs of every lexicon, one compiled pattern per kind.</summary>
    public IntentCues.VerbPatterns VerbPatterns { get; }

    /// <summary>Number words become digits where they count something ("das baje", "ساڑھے پانچ بجے", "in three days").</summary>
    public string Digitize(string text)
    {
        var digits = _afterDigit.Replace(_counted.Replace(text, Digit), Digit);
        return _ordinalDay is null ? digits : _ordinalDay.Replace(digits, m => _dayOrdinals[Regex.Replace(m.Groups["n"].Value, @"[\s-]+", " ")].ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Each word written more than one way in its one spelling ("standup ku delete krdo" → "standup ko delete krdo").</summary>
    public string Respell(string text) => _respelled is null ? text : _respelled.Replace(text, m => _respellings[m.Value]);

    private string Digit(Match m) =>
        m.Groups["pre"].Value + _numbers[m.Groups["n"].Value].ToString(CultureInfo.InvariantCulture) + m.Groups["post"].Value;

    /// <summary>A command word typed one key off ("remnd me", "delte") still means the command.</summary>
    public string CorrectTypos(string text) => _commands.Length == 0 ? text : CommandTypos.Correct(text, _commands, _nearCommands);

    public IntentKind? SmallTalk(string core)
    {
        if (_help.IsMatch(core)) return IntentKind.Help;
        if (_greeting.IsMatch(core)) return IntentKind.Greeting;
        if (_pleasantry.IsMatch(core)) return IntentKind.Thanks;
        return null;
    }

    public bool IsYes(string text) => _yes.IsMatch(TextNormalizer.Normalize(text).Trim());

    public bool IsNo(string text) => _no.IsMatch(TextNormalizer.Normalize(text).Trim());

    public bool IsNameFiller(string word) => _nameFiller.Contains(word);

    public bool IsListFiller(string word) => _listFiller.Contains(word);

    /// <summary>The English words <paramref name="word"/> means, when a lexicon glosses it; else none.</summary>
    public IReadOnlyList<string> Gloss(string word) => _glosses.TryGetValue(word, out var meanings) ? meanings : [];

    /// <summary>
    /// The consonants <paramref name="word"/> sounds as, when it is written in a script a lexicon spells out ("ڈینٹسٹ" →
    /// "dntst"), in the form <see cref="Spelling.Consonants"/> gives an English word; null for a word in Latin letters.
    /// </summary>
    public string? Sounds(string word)
    {
        if (_letterSounds.Count == 0 || !word.Any(_letterSounds.ContainsKey)) return null;
        var sounds = new System.Text.StringBuilder(word.Length);
        foreach (var letter in word)
        {
            if (_letterSounds.TryGetValue(letter, out var sound)) sounds.Append(sound);
        }
        return Spelling.Collapse(sounds.ToString());
    }

    public int? Number(string word) => _numbers.TryGetValue(word, out var n) ? n : null;

    public DayOfWeek? Weekday(string word) => _weekdays.TryGetValue(word, out var day) ? day : null;

    public int? Month(string word) => _months.TryGetValue(word, out var month) ? month : null;

    public DayPart? Part(string word) => _parts.TryGetValue(TextNormalizer.Collapse(word), out var part) ? part : null;

    /// <summary>The lexicon a reply in <paramref name="language"/> is written from; the first one when none answers in it.</summary>
    public IReplies RepliesFor(string language) => (All.FirstOrDefault(l => l.ReplyLanguage == language) ?? All[0]).Replies;

    public bool Answers(string language) => All.Any(l => l.ReplyLanguage == language);

    private static string Alternation(IEnumerable<string> parts) =>
        string.Join('|', parts.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length));

    private static Regex Whole(IEnumerable<string> phrases, string tail) => new($"^(?:{Alternation(phrases)}){tail}$", Options);
}
