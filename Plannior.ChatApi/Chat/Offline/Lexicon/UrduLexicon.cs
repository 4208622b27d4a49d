namespace Plannior.ChatApi.Chat.Offline;

// Urdu in its own script. Keyboards differ in which code point they give a letter; TextNormalizer folds them first.
internal sealed class UrduLexicon : ILexicon
{
    public static readonly UrduLexicon Instance = new();

    // Fragments for the compiled phrase patterns, which need constants; LexiconTests checks they agree with the tables.
    public const string Do =
        @"(?:کر\s*دیں|کر\s*دو|کر\s*دیجیے|کر\s*دیجئے|کر\s*دینا|کر\s*لیں|کر\s*لو|کریں|کرو|کیجیے|کیجئے|کرنا|کر|دیں|دو|دیجیے|دینا|لیں|لو)";

    // the verbs that put a task on the list: "شامل کر دیں", "بنا دو", "ڈال دو"; and those said with their own ending, "ڈالو", "بنائیں"
    public const string AddVerb = @"شامل|ایڈ|درج|نوٹ|لکھ|بنا|سیو|ڈال";

    public const string AddVerbEnded = @"ڈالو|ڈالیں|ڈالیے|بناؤ|بنائیں|بنائیے|لکھو|لکھیں|لکھیے";

    public const string Weekday = @"پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|سنیچر|اتوار";

    public const string Month = @"جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر";

    public const string DayPartPattern = @"صبح|سویرے|دوپہر|سہ\s*پہر|شام|رات";

    public string Name => "Urdu";

    public string ReplyLanguage => Chat.Language.LanguageDetector.Urdu;

    public IReadOnlyDictionary<string, int> Numbers { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["ایک"] = 1, ["یکم"] = 1, ["دو"] = 2, ["تین"] = 3, ["چار"] = 4, ["پانچ"] = 5, ["چھ"] = 6, ["چھے"] = 6, ["سات"] = 7, ["آٹھ"] = 8,
        ["نو"] = 9, ["دس"] = 10, ["گیارہ"] = 11, ["بارہ"] = 12, ["تیرہ"] = 13, ["چودہ"] = 14, ["پندرہ"] = 15, ["سولہ"] = 16, ["سترہ"] = 17,
        ["اٹھارہ"] = 18, ["انیس"] = 19, ["بیس"] = 20, ["اکیس"] = 21, ["بائیس"] = 22, ["تئیس"] = 23, ["چوبیس"] = 24, ["پچیس"] = 25, ["چھبیس"] = 26,
        ["ستائیس"] = 27, ["اٹھائیس"] = 28, ["انتیس"] = 29, ["تیس"] = 30, ["اکتیس"] = 31, ["پینتالیس"] = 45, ["پہلی"] = 1, ["دوسری"] = 2, ["تیسری"] = 3,
    };

    public IReadOnlyList<string> NumberUnits { get; } = ["بجے", "دن", "دنوں", "ہفتے", "ہفتوں", "گھنٹے", "گھنٹہ", "منٹ", "مہینے", "تاریخ",
        // "آٹھ دسمبر": a day of a named month
        .. Month.Split('|')];

    public IReadOnlyList<string> NumberLeads { get; } = ["ساڑھے", "سوا", "پونے", "ہر"];

    public IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["پیر"] = DayOfWeek.Monday, ["سوموار"] = DayOfWeek.Monday, ["منگل"] = DayOfWeek.Tuesday, ["بدھ"] = DayOfWeek.Wednesday,
        ["جمعرات"] = DayOfWeek.Thursday, ["جمعہ"] = DayOfWeek.Friday, ["جمعے"] = DayOfWeek.Friday,
        ["ہفتہ"] = DayOfWeek.Saturday, ["ہفتے"] = DayOfWeek.Saturday, ["سنیچر"] = DayOfWeek.Saturday, ["اتوار"] = DayOfWeek.Sunday,
    };

    public IReadOnlyDictionary<string, int> Months { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["جنوری"] = 1, ["فروری"] = 2, ["مارچ"] = 3, ["اپریل"] = 4, ["مئی"] = 5, ["جون"] = 6,
        ["جولائی"] = 7, ["اگست"] = 8, ["ستمبر"] = 9, ["اکتوبر"] = 10, ["نومبر"] = 11, ["دسمبر"] = 12,
    };

    public IReadOnlyDictionary<string, DayPart> DayParts { get; } = new Dictionary<string, DayPart>(StringComparer.Ordinal)
    {
        ["صبح"] = DayPart.Morning, ["سویرے"] = DayPart.Morning, ["دوپہر"] = DayPart.Afternoon, ["سہ پہر"] = DayPart.Afternoon,
        ["سہپہر"] = DayPart.Afternoon, ["شام"] = DayPart.Evening, ["رات"] = DayPart.Night,
    };

    // typos are corrected by edit distance over Latin letters only
    public IReadOnlyList<string> CommandWords { get; } = [];

    public IReadOnlySet<string> NearCommandWords { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlySet<string> NameFiller { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "میرا", "میری", "میرے", "مجھے", "والا", "والی", "والے", "کا", "کی", "کے", "کو", "سے", "نے", "کام", "ٹاسک", "جو", "ہے", "ہیں",
        "تھا", "تھی", "یہ", "وہ", "اس", "اسے", "اُس", "اُسے", "پر", "میں", "بھی", "سب", "سارے", "کوئی", "کیا", "براہ", "کرم", "جی",
        // "پودوں کو پانی دینا اب …": "now" says when the change holds, not which task
        "اب", "ہوگا", "ہوگی",
    };

    public IReadOnlySet<string> ListFiller { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "کون", "کونسے", "کتنے", "لیے", "لئے", "رہ", "کرنا", "کرنے", "ہو", "گئے", "گیا", "ابھی", "صرف", "مجھے", "تک", "شدہ", "والے",
        // "جتنے کام مکمل ہو چکے ہیں", "جو کام وقت پر نہیں ہوئے": asking words, not a search
        "جتنے", "جتنی", "چکے", "چکی", "ہوئے", "ہوئی", "ہوا", "ڈھونڈ", "تلاش", "کر",
        "میرا", "میری", "میرے", "والا", "والی", "کا", "کی", "کے", "کو", "سے", "نے", "کام", "ٹاسک", "جو", "ہے", "ہیں",
        "تھا", "تھی", "یہ", "وہ", "اس", "اسے", "اُس", "اُسے", "پر", "میں", "بھی", "سب", "سارے", "کوئی", "کیا", "براہ", "کرم", "جی", "ذرا",
    };

    public IReadOnlyList<string> PleasantryPhrases { get; } =
    [
        "بس", @"بس\s+اتنا\s+ہی", @"اور\s+کچھ\s+نہیں", @"کچھ\s+نہیں", @"نہیں\s+بس", "شکریہ", @"بہت\s+(?:بہت\s+)?شکریہ", @"جزاک\s+اللہ(?:\s+خیر)?",
        @"ٹھیک\s+ہے", "اچھا", "جی", "مہربانی", @"اللہ\s+حافظ", @"خدا\s+حافظ",
    ];

    public IReadOnlyList<string> GreetingPhrases { get; } = [@"(?:السلام\s+علیکم|سلام|ہیلو|آداب)(?:\s+جی)?"];

    public IReadOnlyList<string> HelpPhrases { get; } = ["مدد", @"آپ\s+کیا\s+کر\s+سکتے\s+ہیں", @"تم\s+کیا\s+کر\s+سکتے\s+ہو"];

    public IReadOnlyList<string> YesPhrases { get; } = ["ہاں", "جی", @"جی\s+ہاں", @"ہاں\s+جی", "بالکل", @"ٹھیک\s+ہے", @"کر\s+دیں", @"کر\s+دو", @"جی\s+کر\s+دیں", @"ہاں\s+کر\s+دیں",
        @"(?:مٹا|ہٹا|حذف\s+کر|منتقل\s+کر|مکمل\s+کر|تبدیل\s+کر)\s*(?:دیں|دو)"];

    public IReadOnlyList<string> NoPhrases { get; } = ["نہیں", "نہ", @"رہنے\s+دیں", @"رہنے\s+دو", @"مت\s+کریں", @"نہیں\s+رہنے\s+دیں"];

    public CommandVerbs Verbs { get; } = new()
    {
        ListTrail =
        [
            @"(?:دکھائیں|دکھاؤ|دکھاو|دکھا\s*دیں|دکھا\s*دو|دکھائیے|دکھانا|بتائیں|بتاؤ|بتا\s*دیں|بتا\s*دو|بتائیے|ڈھونڈو|ڈھونڈیں|تلاش\s*کریں|تلاش\s*کرو)",
        ],
        AddTrail =
        [
            @"(?:" + AddVerb + @")\s*" + Do + "|" + AddVerbEnded + @"|یاد\s+(?:دلانا|دلائیں|دلا\s*دیں|دلا\s*دینا|دلاؤ|دلا\s*دو|کروانا|کروا\s*دیں|رکھنا)",
        ],
        CompleteTrail =
        [
            @"(?:مکمل|ختم)\s*(?:" + Do + @"|ہو\s*گیا|ہوگیا|ہو\s*گئی|ہو\s*چکا|ہے|کر\s*لیا|کر\s*دیا|کر\s*دی)?|(?:ہو|لے|کر)\s+(?:آیا|آئی|آئے)(?:\s+(?:ہوں|ہیں|ہے))?|ہو\s*(?:گیا|گئی|گئے|چکا|چکی)|ہوگیا|ہوگئی|(?:کر|کروا|کرا|بھجوا|منگوا|دے|لے\s+آیا|لے\s+آئی|بھیج|جمع\s+کر|جمع\s+کرا|جمع\s+کروا)\s*(?:لیا|لی|لیے|دیا|دی|دیے)(?:\s+(?:ہے|ہیں))?(?:\s+ہوں)?",
        ],
        UpdateTrail =
        [
            @"(?:تبدیل|بدل|منتقل|اپڈیٹ|شفٹ|بڑھا)\s*" + Do + @"?|دہرائیں|دہرا\s*دیں|دہراؤ|دہرایا\s*کریں",
            // "سٹینڈ اپ کی تکرار بند کر دیں": the repeat switched off, the task kept
            @"(?:تکرار|ریپیٹ|دہرانا)\s+بند\s*" + Do + @"?",
            // "ڈینٹسٹ ایک دن لیٹ ہو گیا": put off, so it moves; the "لیٹ" stays for the move to read
            @"(?<=لیٹ\s*)(?:ہو\s*(?:گیا|گئی)|ہوگیا|ہوگئی)",
        ],
        DeleteTrail =
        [
            @"(?:حذف|ڈیلیٹ|مٹا|ہٹا|نکال|منسوخ)\s*" + Do + @"?",
        ],
        Undo =
        [
            // "غلطی ہو گئی، واپس کر دیں": owning up to a slip, then asking for it back
            @"(?:(?:غلطی\s+(?:ہو\s*گئی|ہوئی)|(?:یہ\s+(?:تو\s+)?)?غلط\s+(?:ہو\s*گیا|ہوا|ہے))[\s,.!]+)?(?:نہیں[\s,]+)?(?:(?:یہ|اسے|اس\s+کو)(?:\s+(?:والا|والی))?\s+)?(?:(?:پچھلی|آخری)\s+تبدیلی\s+)?(?:(?:دونوں|سب|سارے)(?:\s+کام)?\s+)?(?:واپس|انڈو|ان\s*ڈو)\s*(?:کر\s*دیں|کر\s*دو|کریں|لے\s*لیں|لیں|لے\s*آئیں|لے\s*آؤ|لائیں)?",
        ],
    };

    // English priority words in Urdu letters are spelled by ear; the priority patterns read one spelling of each
    public IReadOnlyDictionary<string, string> Respellings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["پرائیارٹی"] = "پرائیورٹی", ["پرایارٹی"] = "پرائیورٹی", ["پریارٹی"] = "پرائیورٹی", ["پرائرٹی"] = "پرائیورٹی", ["پرایورٹی"] = "پرائیورٹی",
        ["پرائیوریٹی"] = "پرائیورٹی", ["پرائیاریٹی"] = "پرائیورٹی",
        ["ہای"] = "ہائی", ["ھائی"] = "ہائی", ["ہائ"] = "ہائی", ["میڈئم"] = "میڈیم", ["میڈیئم"] = "میڈیم",
    };

    public IReplies Replies => UrduReplies.Instance;

    // consonants only, as Spelling.Consonants reduces an English word: vowel letters (ا و ی ے ع) and the h of
    // aspiration are silent, so "میٹنگ" and "meeting" both come to "mtng"
    public IReadOnlyDictionary<char, string> LetterSounds { get; } = new Dictionary<char, string>
    {
        ['ب'] = "b", ['پ'] = "p", ['ت'] = "t", ['ٹ'] = "t", ['ط'] = "t", ['ث'] = "s", ['س'] = "s", ['ص'] = "s",
        ['ج'] = "j", ['چ'] = "c", ['خ'] = "k", ['ک'] = "k", ['ق'] = "k", ['گ'] = "g", ['غ'] = "g",
        ['د'] = "d", ['ڈ'] = "d", ['ذ'] = "z", ['ز'] = "z", ['ض'] = "z", ['ظ'] = "z", ['ژ'] = "z",
        ['ر'] = "r", ['ڑ'] = "r", ['ش'] = "x", ['ف'] = "f", ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ں'] = "n",
        ['ا'] = "", ['آ'] = "", ['و'] = "", ['ی'] = "", ['ے'] = "", ['ع'] = "", ['ء'] = "", ['ئ'] = "", ['ہ'] = "", ['ھ'] = "", ['ح'] = "",
    };

    public IReadOnlyDictionary<string, string[]> Glosses { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["امی"] = ["mom"], ["اماں"] = ["mom"], ["امّی"] = ["mom"], ["والدہ"] = ["mom"], ["ماں"] = ["mom"],
        ["ابو"] = ["dad"], ["ابا"] = ["dad"], ["والد"] = ["dad"],
        // "امی سے بات ہو گئی": having spoken to someone is the call done
        ["فون"] = ["call"], ["کال"] = ["call"], ["بات"] = ["call"],
        ["پودوں"] = ["plants"], ["پودے"] = ["plants"], ["پودا"] = ["plants"],
        ["پانی"] = ["water"],
        ["بجلی"] = ["electricity"], ["بل"] = ["bill"],
        ["سودا"] = ["groceries"], ["سودے"] = ["groceries"], ["سبزی"] = ["groceries"], ["راشن"] = ["groceries"], ["گروسری"] = ["groceries"],
        ["ڈینٹسٹ"] = ["dentist"], ["دانت"] = ["dentist"], ["دانتوں"] = ["dentist"],
        ["میٹنگ"] = ["standup"], ["اسٹینڈاپ"] = ["standup"], ["سٹینڈاپ"] = ["standup"],
        ["رپورٹ"] = ["report"], ["پاسپورٹ"] = ["passport"], ["کرایہ"] = ["rent"],
    };
}
