namespace Plannior.ChatApi.Chat.Offline;

internal sealed class EnglishLexicon : ILexicon
{
    public static readonly EnglishLexicon Instance = new();

    // "washed the car", "i took out the trash": a thing to do, said as done. Words ending in -ed that are not a
    // deed (need, red) or are themselves a command about tasks (added, moved, scheduled) are left out.
    public const string PastVerb =
        @"(?!(?:need|feed|speed|seed|shed|bleed|breed|proceed|exceed|succeed|indeed|added|created|scheduled|moved|renamed|deleted|removed|changed|updated|postponed|rescheduled|delayed|marked|tagged|listed|wanted|needed|planned|missed|started|tired|used|based|red|bed|wed|led|shared|limited|interested|excited|supposed|reminded|asked|forgot|forgotten|hundred|related|named|called\s+it)\b)[a-z]{2,}[^e\s]ed|took|wrote|made|went\s+to|drove|ate|met|brought|gave|found|sold|told|swept|threw|ran|hung|wore|sent|bought|paid|spoke|rang";

    public string Name => "English";

    public string ReplyLanguage => Chat.Language.LanguageDetector.English;

    public IReadOnlyDictionary<string, int> Numbers { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty-five"] = 45, ["forty five"] = 45, ["twenty-five"] = 25, ["twenty five"] = 25,
    };

    public IReadOnlyList<string> NumberUnits { get; } =
        [@"days?", @"weeks?", @"hours?", @"hrs?", @"minutes?", @"mins?", @"months?", @"o'?clock", "am", "pm", @"a\.m\.?", @"p\.m\.?",
            // "twelve december", "barah december ko": a day of a named month (Roman Urdu names the months in English)
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    public IReadOnlyDictionary<string, int> DayOrdinals { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
        ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21,
        ["twenty first"] = 21, ["twenty-second"] = 22, ["twenty second"] = 22, ["twenty-third"] = 23, ["twenty third"] = 23,
        ["twenty-fourth"] = 24, ["twenty fourth"] = 24, ["twenty-fifth"] = 25, ["twenty fifth"] = 25, ["twenty-sixth"] = 26,
        ["twenty sixth"] = 26, ["twenty-seventh"] = 27, ["twenty seventh"] = 27, ["twenty-eighth"] = 28, ["twenty eighth"] = 28,
        ["twenty-ninth"] = 29, ["twenty ninth"] = 29, ["thirtieth"] = 30, ["thirty-first"] = 31, ["thirty first"] = 31,
    };

    public IReadOnlyList<string> NumberLeads { get; } = [@"half\s+past", @"quarter\s+past", @"quarter\s+to", "past", "to", "at", "by", "around", "in", "after", "within", "every"];

    public IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    public IReadOnlyDictionary<string, DayPart> DayParts { get; } = new Dictionary<string, DayPart>(StringComparer.OrdinalIgnoreCase)
    {
        ["morning"] = DayPart.Morning, ["afternoon"] = DayPart.Afternoon, ["evening"] = DayPart.Evening, ["night"] = DayPart.Night,
    };

    public IReadOnlyList<string> CommandWords { get; } =
    [
        "remind", "delete", "remove", "complete", "rename", "reschedule", "tomorrow", "tonight", "priority", "finish", "move",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    public IReadOnlySet<string> NearCommandWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "rewind", "compete", "remote", "finnish", "movie", "mover" };

    public IReadOnlySet<string> NameFiller { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "my", "our", "task", "tasks", "one", "ones", "item", "items", "thing", "todo", "to-do", "todos",
        "about", "called", "named", "titled", "with", "for", "of", "as", "is", "are", "was", "it", "that", "this", "please",
        "done", "complete", "completed", "finished", "finish", "mark", "to", "from", "on", "in", "at", "and", "off", "all",
        "list", "same", "now", "just", "also", "already", "i", "me", "have", "has", "had", "got", "which", "s", "due",
        "date", "priority", "title", "name", "reminder", "entry", "by", "up", "out", "again", "can", "you",
        "could", "would", "will", "its", "into", "set", "make", "be", "so", "there", "then", "task's", "thing's",
        "deadline", "time", "tag", "tags", "repeat", "repeats", "repeating", "recurring", "should", "yes", "yeah", "finally",
    };

    public IReadOnlySet<string> ListFiller { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "show", "me", "my", "the", "a", "an", "tasks", "task", "to-dos", "todos", "todo", "items", "list", "what", "whats", "what's",
        "is", "are", "do", "does", "did", "i", "have", "has", "got", "any", "anything", "there", "on", "in", "of", "for", "to",
        "with", "can", "you", "could", "how", "many", "much", "which", "still", "now", "right", "currently", "plate", "agenda",
        "need", "should", "due", "things", "stuff", "ones", "one", "those", "these", "them", "everything", "something", "am", "be", "it", "all", "give", "tell", "see",
        "get", "view", "display", "please", "up", "coming", "next", "so", "far", "by", "at", "this", "that", "been",
        "that's", "thats", "i've", "ive", "already", "which", "who", "we", "were", "was", "schedule", "far",
        // "did i miss anything?": asking, not a search
        "miss", "missed", "forget", "forgot", "whats",
        // the verb of a change to every task a filter finds: "drop all the high priority stuff to medium"
        "drop", "lower", "raise", "bump", "stuff",
    };

    public IReadOnlyList<string> PleasantryPhrases { get; } =
    [
        @"(?:no|nothing)(?:\s+(?:else|more))?(?:\s+(?:to\s+add|for\s+now|right\s+now))?",
        @"that'?s\s+(?:all|it|everything)(?:\s+for\s+(?:now|today))?",
        @"(?:that'?s\s+)?all\s+(?:good|set|done)(?:\s+for\s+(?:now|today))?", @"i'?m\s+(?:good|done|all\s+set)", @"no\s+thanks", @"nope",
        @"(?:thanks|thank\s+you|thank\s+u|thx|ty)(?:\s+(?:so\s+much|a\s+lot|you|very\s+much))?", "cheers", "great", "awesome", "perfect",
        "cool", "ok", "okay", "nice", @"got\s+it", @"sounds\s+good", "bye", @"good\s*night",
    ];

    public IReadOnlyList<string> GreetingPhrases { get; } =
        [@"(?:hi|hello|hey|hiya|yo|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|assistant|plannior|ji|jee))?"];

    public IReadOnlyList<string> HelpPhrases { get; } =
    [
        "help", @"help\s+me", @"\?+", @"what\s+can\s+you\s+do", @"what\s+do\s+you\s+do", @"what\s+are\s+you", @"who\s+are\s+you",
        @"how\s+(?:does\s+this|do\s+you)\s+work", @"how\s+do\s+i\s+use\s+(?:this|you)", "commands",
    ];

    public IReadOnlyList<string> YesPhrases { get; } =
    [
        "yes", "yeah", "yea", "yep", "yup", "y", "sure", "ok", "okay", @"confirm(?:ed)?", @"go\s+ahead", @"do\s+it", @"please\s+do", @"yes\s+please",
        @"yes\s+do\s+it", "absolutely", @"of\s+course",
        // the question's own verb said back: "yep remove it", "yes mark them"
        @"(?:remove|delete|complete|reopen|move|change|mark|update)\s+(?:it|them|that|those|these|both|all)(?:\s+all)?",
    ];

    public IReadOnlyList<string> NoPhrases { get; } =
        ["no", "nope", "nah", "n", "cancel", @"don'?t", @"do\s+not", "stop", @"never\s*mind", @"not\s+now", @"leave\s+(?:it|them)", @"keep\s+(?:it|them)",
            @"no,?\s+wait(?:,?\s+(?:don'?t|do\s+not|stop))?(?:\s+do\s+it)?", @"wait,?\s+(?:don'?t|do\s+not|stop)(?:\s+do\s+it)?"];

    public CommandVerbs Verbs { get; } = new()
    {
        ListLead =
        [
            @"show(?:\s+me)?|list|display|view|see|give\s+me|tell\s+me|get\s+me|get\s+(?:my|all)|fetch|pull\s+up|let\s+me\s+see|i\s+want\s+to\s+see|check\s+(?:my|what)|what(?:'s|\s+is|\s+are|\s+have|\s+do|\s+did|\s+does|\s+will|s)?|which|any|anything|do\s+i\s+have|have\s+i|did\s+i|how\s+many|am\s+i|are\s+there|is\s+there|(?<search>find|search(?:\s+for)?|look\s+up|look\s+for|lookup)",
        ],
        AddLead =
        [
            @"add|create|make\s+(?:a|an|new)\s+(?:new\s+)?(?:task|reminder|to-?do|note|entry)|new\s+(?:task|reminder|to-?do)|note(?:\s+down)?|jot(?:\s+down)?|write\s+down|schedule|set\s+(?:up\s+)?(?:a\s+|an\s+)?reminder|remind\s+me|i\s+need\s+to\s+remember|remember\s+to|don'?t\s+let\s+me\s+forget|don'?t\s+forget|do\s+not\s+forget|(?:i|we)\s+(?:need|have|must|want|gotta|got|should|plan|ought)\s+to|i\s+should|i'?ll\s+need\s+to|i'?ll\s+have\s+to|i\s+must|i'?ve\s+got\s+to|i'?m\s+(?:going|supposed)\s+to|i\s+gotta|need\s+to|have\s+to|got\s+to|gotta|must",
        ],
        CompleteLead =
        [
            @"mark|set|complete|finish|finished|done(?:\s+with)?|check\s+off|tick\s+off|cross\s+off|check|tick|close(?:\s+out)?|wrap\s+up|knock\s+out|completed|i(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?(?:finished|completed|done|did)|i'?m\s+(?:done|finished)\s+with|i\s+am\s+(?:done|finished)\s+with|(?:i\s+)?(?:just\s+|already\s+|finally\s+)?(?<past>called|paid|bought|emailed|booked|submitted|renewed|watered|cleaned|sent|fixed|picked\s+up|returned|cancelled|canceled|got(?!\s+to\b))|(?:i\s+)?(?:just\s+|already\s+|finally\s+)?(?<past>" + PastVerb + @")",
        ],
        CompleteTrail =
        [
            @"\b(?:tick|check|cross|mark)\s+(?:it|that|this)\s+off|\bmark\s+(?:it|that|this)\s+(?:as\s+)?(?:done|complete)",
        ],
        UpdateLead =
        [
            @"(?:lower|reduce|decrease|drop|downgrade|raise|increase|bump(?:\s+up)?|upgrade)\s+(?:the\s+|its\s+)?(?:priority|prio)\s+(?:of|on|for)\b|change|rename|update|edit|modify|move|reschedule|re-schedule|push(?:\s+back)?|postpone|delay|shift|make|tag|label|prioriti[sz]e|deprioriti[sz]e|bump|(?:lower|raise|downgrade|upgrade)(?!\s+(?:the\s+|its\s+)?(?:priority|prio)\b)|reopen|re-open|undo|uncheck|unmark|un-?complete|untag|restore|give|put\s+off|put(?=\s.*(?:#|\btags?\b|\bpriority\b))|take(?=\s.*\btags?\s+off\b)|stop\s+(?:repeating|recurring)|stop(?=.*\b(?:repeating|recurring)\b)",
        ],
        DeleteLead =
        [
            @"delete|remove|cancel|drop(?!\s+off\b)|get\s+rid\s+of|erase|trash|discard|scrap|clear(?:\s+out)?|wipe(?:\s+out)?|forget\s+about|forget",
        ],
        // "undo kar do", "nahi, undo": the English verb with an Urdu close or opener, as people mix them
        Undo =
        [
            @"(?:(?:actually|oops|oh|wait|hmm|sorry|no|nope|nah|nvm|never\s*mind|please|pls|nahi|nahin|نہیں)[\s,]+)*(?:undo|revert|reverse|roll\s*back)(?:\s+(?:that|it|this|(?:the|my)\s+last(?:\s+(?:change|one|action|thing|edit|delete|deletion))?|(?:the|my|that)\s+(?:change|action|edit|delete|deletion|rename|completion|move)))?(?:\s+(?:please|pls|" + RomanUrduLexicon.Do + @"|" + UrduLexicon.Do + @"))?",
            @"(?:take\s+(?:that|it)\s+back)",
            // "undo, bring them both back", "put it back please": what the last change took away, given back
            @"(?:(?:undo|revert)(?:\s+(?:that|it|this))?[\s,.!]+)?(?:(?:please|pls|just)\s+)?(?:bring|put|get)\s+(?:it|them|that|those|these|that\s+one|those\s+ones|(?:the|my)\s+(?:tasks?|ones?))(?:\s+(?:all|both))?\s+back(?:\s+(?:please|pls|again))?",
        ],
    };

    public IReplies Replies => EnglishReplies.Instance;

    // everyday synonyms of the words task titles use: "rang mum" still finds "Call mom"
    public IReadOnlyDictionary<string, string[]> Glosses { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["mum"] = ["mom"], ["mother"] = ["mom"], ["mommy"] = ["mom"], ["mummy"] = ["mom"], ["father"] = ["dad"], ["papa"] = ["dad"],
        ["phoned"] = ["call"], ["rang"] = ["call"], ["ring"] = ["call"], ["grocery"] = ["groceries"], ["shopping"] = ["groceries"],
        ["dental"] = ["dentist"], ["teeth"] = ["dentist"], ["scrum"] = ["standup"], ["stand-up"] = ["standup"], ["plant"] = ["plants"],
        // "spoke to mom", "talked to dad": the call was made
        ["spoke"] = ["call"], ["spoken"] = ["call"], ["talked"] = ["call"], ["talk"] = ["call"], ["speak"] = ["call"],
        ["renewal"] = ["renew"], ["submission"] = ["submit"], ["watering"] = ["water"], ["watered"] = ["water"],
    };

    /// <summary>
    /// The doing words task titles start with ("Buy groceries", "Call mom"): a title matched by one of these alone is
    /// not the task a name meant ("buy bread" is not "Buy groceries").
    /// </summary>
    public static readonly IReadOnlySet<string> Doings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "buy", "call", "pay", "submit", "renew", "water", "get", "make", "take", "send", "book", "pick", "clean", "fix", "meet",
        "check", "email", "text", "order", "write", "read", "review", "prepare", "wash", "finish", "mail", "print", "drop", "collect",
        "feed", "walk", "cook", "file", "update", "charge", "reply", "visit", "return", "cancel", "schedule", "bring", "find", "go",
    };
}
