namespace Plannior.ChatApi.Chat.Offline;

// Urdu typed in Latin letters. Spellings vary a lot between writers, so each word lists the ones seen in everyday chat.
internal sealed class RomanUrduLexicon : ILexicon
{
    public static readonly RomanUrduLexicon Instance = new();

    // Fragments for the compiled phrase patterns, which need constants; LexiconTests checks they agree with the tables.
    // Verb tails of a request: "kar do", "karein", "dein"...
    public const string Do =
        @"(?:kar\s*do|kardo|kar\s*dein|kar\s*den|kar\s*dain|kar\s*dena|kar\s*dijiye|kar\s*lo|karlo|kar\s*lein|kar\s*len|karo|karein|karen|karain|kariye|karna|kar|do|dein|den|dijiye|dena|lo|lein|le)";

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
        ["pandrah"] = 15, ["pandra"] = 15, ["bees"] = 20, ["tees"] = 30,
        // "pehli tareekh": the first of the month
        ["pehli"] = 1, ["pahli"] = 1, ["doosri"] = 2, ["dusri"] = 2, ["teesri"] = 3,
    };

    public IReadOnlyList<string> NumberUnits { get; } =
    [
        "baje", "bje", "bajay", "bajey", "bajy", "din", "dino", "dinon", "hafte", "haftay", "haftey", "ghante", "ghanta", "ghanton",
        "minute", "minat", "mint", "mahine", "mahino", "tareekh", "tarikh", "tareek", "tarik",
    ];

    public IReadOnlyList<string> NumberLeads { get; } = ["saarhe", "sarhe", "saade", "sade", "saadhe", "sadhe", "sawa", "sava", "paune", "pone", "har"];

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
    };

    public IReadOnlySet<string> ListFiller { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "kya", "kia", "kaun", "kon", "konsa", "konse", "kitne", "karna", "karne", "liye", "lie", "reh", "gayi", "bacha", "bache", "mujhe", "sirf", "abhi", "tak", "gaye", "gaya", "ho", "hon",
        "mera", "meri", "mere", "wala", "wali", "wale", "waala", "waali", "waale", "ka", "ki", "ke", "ko", "se", "ne",
        "kaam", "kam", "task", "tasks", "jo", "hai", "hain", "tha", "thi", "yeh", "ye", "woh", "wo", "is", "us", "isko", "usko",
        "ise", "isay", "use", "usay", "pe", "par", "mein", "me", "main", "bhi", "sab", "sare", "saare", "koi", "please", "plz", "pls",
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
        @"kar\s+do", "kardo", @"haan\s+kar\s+do", @"ji\s+kar\s+dein",
    ];

    public IReadOnlyList<string> NoPhrases { get; } =
        ["nahi", "nahin", "nai", "na", @"mat\s+karo", @"rehne\s+do", @"rehne\s+dein", @"nahi\s+rehne\s+do", @"nahi\s+mat\s+karo"];

    public IReplies Replies => UrduReplies.Instance;
}
