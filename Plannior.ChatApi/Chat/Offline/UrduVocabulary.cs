namespace Plannior.ChatApi.Chat.Offline;

// Regex building blocks for Urdu script and Roman Urdu. Roman spellings vary a lot between
// writers, so each word lists the spellings seen in everyday chat.
internal static class UrduVocabulary
{
    // verb tails of a request: "kar do", "karein", "dein"...
    public const string RomanDo =
        @"(?:kar\s*do|kardo|kar\s*dein|kar\s*den|kar\s*dain|kar\s*dena|kar\s*dijiye|kar\s*lo|karlo|kar\s*lein|kar\s*len|karo|karein|karen|karain|kariye|karna|kar|do|dein|den|dijiye|dena|lo|lein|le)";

    public const string UrduDo =
        @"(?:کر\s*دیں|کر\s*دو|کر\s*دیجیے|کر\s*دیجئے|کر\s*دینا|کر\s*لیں|کر\s*لو|کریں|کرو|کیجیے|کیجئے|کرنا|کر|دیں|دو|دیجیے|دینا|لیں|لو)";

    // "hafta" is both Saturday and "week", so it is kept apart: "har hafte" means weekly
    public const string RomanWeekdayNoHafta =
        @"peer|pir|somwar|somvar|mangal|budh|budhwar|jumeraat|jumerat|jumairaat|juma|jumma|jumah|jumay|jummay|jumme|sanichar|itwar|itwaar|itvaar";

    public const string RomanWeekday = RomanWeekdayNoHafta + "|hafte|hafta|haftay";

    public const string UrduWeekday = @"پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|سنیچر|اتوار";

    public const string UrduMonth = @"جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر";

    public const string RomanDayPart = @"subah|subha|sawere|savere|dopahar|dopehar|dupehar|sham|shaam|raat|rat";

    public const string UrduDayPart = @"صبح|سویرے|دوپہر|سہ\s*پہر|شام|رات";

    public static DayOfWeek? Weekday(string word) => word.ToLowerInvariant() switch
    {
        "peer" or "pir" or "somwar" or "somvar" or "پیر" or "سوموار" => DayOfWeek.Monday,
        "mangal" or "منگل" => DayOfWeek.Tuesday,
        "budh" or "budhwar" or "بدھ" => DayOfWeek.Wednesday,
        "jumeraat" or "jumerat" or "jumairaat" or "جمعرات" => DayOfWeek.Thursday,
        "juma" or "jumma" or "jumah" or "jumay" or "jummay" or "jumme" or "جمعہ" or "جمعے" => DayOfWeek.Friday,
        "hafte" or "hafta" or "haftay" or "sanichar" or "ہفتہ" or "ہفتے" or "سنیچر" => DayOfWeek.Saturday,
        "itwar" or "itwaar" or "itvaar" or "اتوار" => DayOfWeek.Sunday,
        _ => null,
    };

    public static int? Month(string word) => word switch
    {
        "جنوری" => 1, "فروری" => 2, "مارچ" => 3, "اپریل" => 4, "مئی" => 5, "جون" => 6,
        "جولائی" => 7, "اگست" => 8, "ستمبر" => 9, "اکتوبر" => 10, "نومبر" => 11, "دسمبر" => 12,
        _ => null,
    };

    public static DayPart? Part(string word) => word.ToLowerInvariant() switch
    {
        "subah" or "subha" or "sawere" or "savere" or "صبح" or "سویرے" => DayPart.Morning,
        "dopahar" or "dopehar" or "dupehar" or "دوپہر" => DayPart.Afternoon,
        "sham" or "shaam" or "شام" => DayPart.Evening,
        "raat" or "rat" or "رات" => DayPart.Night,
        _ when word.StartsWith("سہ", StringComparison.Ordinal) => DayPart.Afternoon,
        _ => null,
    };

    // Words that carry no meaning of their own when naming a task ("the groceries wala task").
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mera", "meri", "mere", "mujhe", "wala", "wali", "wale", "waala", "waali", "waale", "ka", "ki", "ke", "ko", "se", "ne",
        "kaam", "kam", "task", "tasks", "jo", "hai", "hain", "tha", "thi", "yeh", "ye", "woh", "wo", "is", "us", "isko", "usko",
        "ise", "isay", "use", "usay", "pe", "par", "mein", "me", "main", "bhi", "sab", "sare", "saare", "koi", "kya", "please", "plz", "pls",
        "میرا", "میری", "میرے", "مجھے", "والا", "والی", "والے", "کا", "کی", "کے", "کو", "سے", "نے", "کام", "ٹاسک", "جو", "ہے", "ہیں",
        "تھا", "تھی", "یہ", "وہ", "اس", "اسے", "اُس", "اُسے", "پر", "میں", "بھی", "سب", "سارے", "کوئی", "کیا", "براہ", "کرم", "جی",
    };
}

internal enum DayPart
{
    Morning,
    Afternoon,
    Evening,
    Night,
}
