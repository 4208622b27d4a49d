namespace Plannior.ChatApi.Chat.Offline;

// Urdu typed in Latin letters. Spellings vary a lot between writers, so each word lists the ones seen in everyday chat.
internal sealed class RomanUrduLexicon : ILexicon
{
    public static readonly RomanUrduLexicon Instance = new();

    // Fragments for the compiled phrase patterns, which need constants; LexiconTests checks they agree with the tables.
    // Verb tails of a request: "kar do", "karein", "dein"...
    public const string Do =
        // "kar do" is typed "kardo", "kr do", "krdo", "kar dein", "krdein", "kar den", "krden", "kar de"...
        @"(?:(?:kar|kr)\s*(?:do|dein|den|dain|dena|de|dijiye|dijye|dijie|lo|lein|len|le|dy|dein\s+ge)|karo|kro|karein|krein|karen|kren|karain|krain|kariye|kijiye|kijye|karna|krna|kar|kr|do|dein|den|dain|dijiye|dena|de|lo|lein|le)";

    // the verbs that put a task on the list: "add kar do", "bana do", "daalo"
    public const string AddVerb = @"add|shamil|shaamil|daal|dal|daalo|dalo|likh|likho|save|note|enter|bana|banao";

    // "hafta" is both Saturday and "week", so it is kept apart: "har hafte" means weekly
    public const string WeekdayNoHafta =
        @"peer|pir|somwar|somvar|mangal|budh|budhwar|jumeraat|jumerat|jumairaat|juma|jumma|jumah|jumay|jummay|jumme|sanichar|itwar|itwaar|itvaar";

    public const string Weekday = WeekdayNoHafta + "|hafte|hafta|haftay";

    public const string DayPartPattern = @"subah|subha|sawere|savere|dopahar|dopehar|dupehar|sham|shaam|raat|rat";

    public string Name => "Roman Urdu";

    public string ReplyLanguage => Chat.Language.LanguageDetector.Urdu;

    public IReadOnlyDictionary<string, int> Numbers { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["ek"] = 1, ["aik"] = 1, ["do"] = 2, ["teen"] = 3, ["char"] = 4, ["chaar"] = 4, ["paanch"] = 5,
        ["panch"] = 5, ["panj"] = 5, ["chhe"] = 6, ["chay"] = 6, ["chhay"] = 6, ["cheh"] = 6, ["che"] = 6, ["saat"] = 7,
        ["aath"] = 8, ["aat"] = 8, ["nau"] = 9, ["nou"] = 9, ["das"] = 10, ["dus"] = 10, ["dass"] = 10,
        ["gyarah"] = 11, ["gyara"] = 11, ["giyarah"] = 11, ["gyaara"] = 11, ["gyarha"] = 11, ["barah"] = 12, ["baarah"] = 12, ["bara"] = 12, ["baara"] = 12,
        ["terah"] = 13, ["tera"] = 13, ["chaudah"] = 14, ["chodah"] = 14, ["choudah"] = 14, ["chauda"] = 14, ["pandrah"] = 15, ["pandra"] = 15,
        ["solah"] = 16, ["sola"] = 16, ["satrah"] = 17, ["satra"] = 17, ["atharah"] = 18, ["athara"] = 18, ["unnees"] = 19, ["unees"] = 19,
        ["bees"] = 20, ["ikkees"] = 21, ["ikees"] = 21, ["baees"] = 22, ["bais"] = 22, ["teis"] = 23, ["tees"] = 30, ["chaubees"] = 24, ["chobees"] = 24,
        ["pachees"] = 25, ["pachis"] = 25, ["chhabbees"] = 26, ["chabees"] = 26, ["sattaees"] = 27, ["satais"] = 27, ["atthaees"] = 28, ["athais"] = 28,
        ["untees"] = 29, ["ikattees"] = 31, ["iktees"] = 31, ["ikatis"] = 31, ["paintalis"] = 45, ["pentalis"] = 45,
        // "pehli tareekh": the first of the month
        ["pehli"] = 1, ["pahli"] = 1, ["doosri"] = 2, ["dusri"] = 2, ["teesri"] = 3,
    };

    public IReadOnlyList<string> NumberUnits { get; } =
    [
        "baje", "bje", "bajay", "bajey", "bajy", "bjy", "bjay", "bajai", "din", "dino", "dinon", "hafte", "haftay", "haftey", "ghante", "ghanta", "ghanton",
        "minute", "minat", "mint", "mahine", "mahino", "tareekh", "tarikh", "tareek", "tarik",
    ];

    public IReadOnlyList<string> NumberLeads => [.. Fractions.Keys, "har"];

    // "saadhe paanch", "sawa aath", "paune gyarah": half past, quarter past, quarter to the hour that follows
    public const string FractionPattern = @"saarhe|sarhe|saare|saade|sade|saadhe|sadhe|saarhay|sarhay|saday|saaday|sawa|sava|swa|paune|pone|paunay|ponay|pauney";

    public static readonly IReadOnlyDictionary<string, int> Fractions = FractionPattern.Split('|')
        .ToDictionary(w => w, w => w.StartsWith('s') ? (w.StartsWith("saw", StringComparison.Ordinal) || w.StartsWith("sav", StringComparison.Ordinal) || w == "swa" ? 15 : 30) : -15, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["peer"] = DayOfWeek.Monday, ["pir"] = DayOfWeek.Monday, ["somwar"] = DayOfWeek.Monday, ["somvar"] = DayOfWeek.Monday,
        ["mangal"] = DayOfWeek.Tuesday, ["budh"] = DayOfWeek.Wednesday, ["budhwar"] = DayOfWeek.Wednesday,
        ["jumeraat"] = DayOfWeek.Thursday, ["jumerat"] = DayOfWeek.Thursday, ["jumairaat"] = DayOfWeek.Thursday,
        ["juma"] = DayOfWeek.Friday, ["jumma"] = DayOfWeek.Friday, ["jumah"] = DayOfWeek.Friday, ["jumay"] = DayOfWeek.Friday,
        ["jummay"] = DayOfWeek.Friday, ["jumme"] = DayOfWeek.Friday,
        ["hafte"] = DayOfWeek.Saturday, ["hafta"] = DayOfWeek.Saturday, ["haftay"] = DayOfWeek.Saturday, ["sanichar"] = DayOfWeek.Saturday,
        ["itwar"] = DayOfWeek.Sunday, ["itwaar"] = DayOfWeek.Sunday, ["itvaar"] = DayOfWeek.Sunday,
    };

    // Roman Urdu writers use the English month names
    public IReadOnlyDictionary<string, int> Months => EnglishLexicon.Instance.Months;

    public IReadOnlyDictionary<string, DayPart> DayParts { get; } = new Dictionary<string, DayPart>(StringComparer.OrdinalIgnoreCase)
    {
        ["subah"] = DayPart.Morning, ["subha"] = DayPart.Morning, ["sawere"] = DayPart.Morning, ["savere"] = DayPart.Morning,
        ["dopahar"] = DayPart.Afternoon, ["dopehar"] = DayPart.Afternoon, ["dupehar"] = DayPart.Afternoon,
        ["sham"] = DayPart.Evening, ["shaam"] = DayPart.Evening, ["raat"] = DayPart.Night, ["rat"] = DayPart.Night,
    };

    public IReadOnlyList<string> CommandWords { get; } = ["mukammal", "shamil", "dikhao", "tabdeel"];

    public IReadOnlySet<string> NearCommandWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "shamel" };

    public IReadOnlySet<string> NameFiller { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mera", "meri", "mere", "mujhe", "wala", "wali", "wale", "waala", "waali", "waale", "ka", "ki", "ke", "ko", "se", "ne",
        "kaam", "kam", "task", "tasks", "jo", "hai", "hain", "tha", "thi", "yeh", "ye", "woh", "wo", "is", "us", "isko", "usko",
        "ise", "isay", "use", "usay", "pe", "par", "mein", "me", "main", "bhi", "sab", "sare", "saare", "koi", "kya", "please", "plz", "pls",
        // "standup ab …": "now" says when the change holds, not which task
        "ab", "hoga", "hogi",
    };

    public IReadOnlySet<string> ListFiller { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "schedule", "plan", "kya", "kia", "kaun", "kon", "konsa", "konse", "konsi", "kaunsa", "kaunse", "kaunsi", "konsay", "kaunsay", "kitne", "kitnay", "karna", "karne", "liye", "lie", "reh", "gayi", "bacha", "bache", "mujhe", "sirf", "abhi", "tak", "gaye", "gaya", "ho", "hon",
        // "jitne bhi overdue kaam hain", "passport wala task dhoond ke dikhao": asking words, not a search
        "jitne", "jitnay", "jitni", "jitna", "dhoond", "dhoondh", "dhund", "dhundh", "dhoondo", "talash", "kar", "kr", "chuke", "chuka",
        "mera", "meri", "mere", "wala", "wali", "wale", "waala", "waali", "waale", "ka", "ki", "ke", "ko", "se", "ne",
        "kaam", "kam", "task", "tasks", "jo", "hai", "hain", "tha", "thi", "yeh", "ye", "woh", "wo", "is", "us", "isko", "usko",
        "ise", "isay", "use", "usay", "pe", "par", "mein", "me", "main", "bhi", "sab", "sare", "saare", "koi", "please", "plz", "pls", "zara", "zra",
    };

    // "standup ku delete krdo": "ku" is how many write "ko"
    public IReadOnlyDictionary<string, string> Respellings { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ku"] = "ko",
    };

    public IReadOnlyList<string> PleasantryPhrases { get; } =
    [
        "bas", @"bas\s+itna\s+hi", @"bas\s+itna", @"aur\s+kuch\s+nahi(?:n)?", @"kuch\s+nahi(?:n)?", @"nahi\s+bas", "shukriya", "shukria", "shukriyah",
        @"(?:bohat|bahut|bohot|boht)\s+shukriya", "jazakallah", @"jazak\s*allah(?:\s+khair)?", @"theek\s+hai", @"thik\s+hai", @"theek\s+h", "acha", "accha",
        "achha", "ji", "jee", @"ok\s+ji", "meharbani", @"allah\s+hafiz", @"khuda\s+hafiz",
    ];

    public IReadOnlyList<string> GreetingPhrases { get; } =
        [@"(?:salam|salaam|slam|assalam[\s-]*o[\s-]*alaikum|asalam[\s-]*o[\s-]*alaikum|as+alamu?\s*alaikum|aoa)(?:\s+(?:ji|jee))?"];

    public IReadOnlyList<string> HelpPhrases { get; } = ["madad", @"(?:tum|aap)\s+kya\s+kar\s+sakte\s+(?:ho|hain)"];

    public IReadOnlyList<string> YesPhrases { get; } =
    [
        "haan", "han", "haa", "haanji", @"haan\s+ji", "ji", "jee", @"ji\s+haan", @"jee\s+haan", "bilkul", @"theek\s+hai", @"thik\s+hai",
        @"(?:kar|kr)\s*(?:do|dein|den)", @"haan\s+(?:kar|kr)\s*(?:do|dein|den)", @"ji\s+(?:kar|kr)\s*(?:do|dein|den)",
        @"(?:hata|mita|uda|(?:delete|remove|shift|move|complete)\s*(?:kar|kr))\s*(?:do|dein|den)",
    ];

    public IReadOnlyList<string> NoPhrases { get; } =
        ["nahi", "nahin", "nai", "na", @"mat\s+karo", @"rehne\s+do", @"rehne\s+dein", @"nahi\s+rehne\s+do", @"nahi\s+mat\s+karo"];

    public CommandVerbs Verbs { get; } = new()
    {
        ListTrail =
        [
            @"\b(?:dikhao|dikhaao|dikha\s*do|dikha\s*dein|dikha\s*den|dikhaein|dikhayen|dikhaen|dikhaiye|dikhana|batao|bata\s*do|bata\s*dein|bataein|batayen|bataen|bataiye|list\s*karo|list\s*kar\s*do|show\s*karo|show\s*kar\s*do|dhoondo|dhundo|dhoondho|dhundho|dhoond\s*do|talash\s*karo|talash\s*kar\s*do)",
        ],
        AddTrail =
        [
            @"\b(?:" + AddVerb + @")(?:\s*" + Do + @")?|\byaad\s+(?:dilana|dila\s*dena|dila\s*do|dilao|dilaein|dilayen|dilaen|dilaiye|karwana|karwa\s*dena|karwa\s*do|rakhna)",
        ],
        CompleteTrail =
        [
            @"\b(?:complete|completed|mukammal|mukamal|done|finish|finished|poora|pura|khatam|khtm|khatm|khattam)(?:\s*(?:" + Do + @"|ho\s*gaya|ho\s*gya|hogaya|ho\s*gayi|ho\s*chuka|hai|kar\s*liya|kar\s*lia|kar\s*diya))?|\bho\s*(?:gaya|gya|gayi|gyi|gai|chuka|chuki|chuke)|\b(?:ho|le|kar|kr)\s+(?:aaya|aya|aayi|ayi|aai|aaye|aye)(?:\s+(?:hoon|hun|hu|hain|hai|h|he))?|\b(?:kar|kr)\s*(?:liya|lia|li|lee|liye)(?:\s+(?:hai|he|hain|h))?|\b(?:kar|kr|de|le\s+aaya|le\s+aayi|le\s+aya|bhej|bhijwa|mangwa|jama\s+(?:kar|kr|kara|kra|karwa|krwa))\s*(?:diya|dia|di|diye|liya|li)(?:\s+(?:hai|he|hain|h))?|\b(?:done|complete|mukammal)\s+mark\s*(?:" + Do + @")?|\bmark\s+(?:done|complete)\s*(?:" + Do + @")?",
        ],
        UpdateTrail =
        [
            @"\b(?:change|badal|badlo|tabdeel|update|edit|move|shift|rename|reschedule|postpone|extend|barha|badha|barhao|badhao)(?:\s*" + Do + @")?",
            // "dentist ek din late ho gaya": it has been put off, so it moves; the "late" stays for the move to read
            @"(?<=\b(?:late|let|leit|lait)\s+)ho\s*(?:gaya|gya|gayi|gyi|gai)\b",
        ],
        DeleteTrail =
        [
            @"\b(?:delete|remove|hata|hatao|hataa|mita|mitao|nikal|nikalo|nikaal|nikaalo|cancel|uda|udao|urra|urrao)(?:\s*" + Do + @")?",
        ],
        Undo =
        [
            // "galti ho gayi, wapas kar do": owning up to a slip, then asking for it back
            @"(?:(?:(?:galti|ghalti|galati)\s+(?:ho\s*(?:gayi|gai|gyi|gaya|gya)|hui)|(?:(?:ye|yeh)\s+(?:to\s+)?)?(?:galat|ghalat)\s+(?:ho\s*(?:gaya|gya)|hua|hai))[\s,.!]+)?(?:(?:nahi|nahin|nai|no)[\s,]+)?(?:(?:ye|yeh|ise|isay|isko|usko|woh|wo)(?:\s+(?:wala|wali|change))?\s+)?(?:(?:pichli|pichla|aakhri|akhri|last)\s+(?:tabdeeli|change|kaam)\s+)?(?:(?:dono|donon|sab|saare|sare)(?:\s+(?:kaam|tasks?))?\s+)?(?:wapas|wapis|waapas|undo)\s*(?:(?:kar|kr)\s*(?:do|dein|den)|karo|kro|le\s*lo|lo|le\s*aao|le\s*ao|lao|le\s*aayein|le\s*aaen)?",
        ],
    };

    public IReplies Replies => UrduReplies.Instance;

    public IReadOnlyDictionary<string, string[]> Glosses { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["ammi"] = ["mom"], ["ami"] = ["mom"], ["amma"] = ["mom"], ["ammaan"] = ["mom"], ["maa"] = ["mom"], ["walida"] = ["mom"],
        ["abbu"] = ["dad"], ["abu"] = ["dad"], ["abba"] = ["dad"], ["walid"] = ["dad"],
        // "ammi se baat ho gayi": having spoken to someone is the call done
        ["phone"] = ["call"], ["fone"] = ["call"], ["kaal"] = ["call"], ["baat"] = ["call"], ["bat"] = ["call"],
        ["paudon"] = ["plants"], ["paudo"] = ["plants"], ["paude"] = ["plants"], ["paudey"] = ["plants"], ["podon"] = ["plants"], ["paudhon"] = ["plants"],
        ["paani"] = ["water"], ["pani"] = ["water"],
        ["bijli"] = ["electricity"], ["bijlee"] = ["electricity"],
        ["sauda"] = ["groceries"], ["sabzi"] = ["groceries"], ["rashan"] = ["groceries"], ["grocery"] = ["groceries"],
        ["daant"] = ["dentist"], ["daanton"] = ["dentist"],
        ["baithak"] = ["standup"],
        ["report"] = ["report"], ["riport"] = ["report"],
        ["passport"] = ["passport"], ["pasport"] = ["passport"],
    };
}
