namespace Plannior.ChatApi.Chat.Offline;

// Urdu script, for Urdu and Roman Urdu writers alike.
internal sealed class UrduReplies : IReplies
{
    public static readonly UrduReplies Instance = new();

    public string Greeting => "السلام علیکم! میں آپ کا پلینیئر معاون ہوں — بتائیں کیا شامل کروں، یا پوچھیں «باقی کام دکھائیں»۔";

    public string Thanks => "خوشی ہوئی! کچھ اور شامل کرنا ہو یا مکمل کرنا ہو تو بتائیں۔";

    public string Help => "میں کام شامل کر سکتا ہوں («کل شام 5 بجے امی کو فون کرنا یاد دلائیں»)، دکھا سکتا ہوں («اس ہفتے کے کام دکھائیں»)، مکمل کر سکتا ہوں («کام 3 مکمل کریں»)، تبدیل کر سکتا ہوں («کام 2 کو کل پر منتقل کریں») اور حذف کر سکتا ہوں («کام 2 حذف کریں»)۔ میں اردو اور انگریزی دونوں سمجھتا ہوں۔";

    public string NotUnderstood => "معاف کیجیے، میں یہ سمجھ نہیں سکا۔ میں کام شامل کرنے، دکھانے، مکمل کرنے، تبدیل کرنے یا حذف کرنے میں مدد کر سکتا ہوں — مثلاً «کل شام 5 بجے دودھ خریدنے کا کام شامل کریں»، «میرے کام دکھائیں» یا «کام 3 مکمل کریں»۔";

    public string AskTitle => "کام کا نام کیا رکھوں؟ مثلاً «کل دودھ خریدنے کا کام شامل کریں»۔";

    public string AskChange => "اس کام میں کیا تبدیل کروں — نام، تاریخ، ترجیح یا دہرانا؟";

    public string AskWhich => "آپ کون سا کام کہہ رہے ہیں؟ اس کا نمبر (مثلاً «کام 3») یا نام بتائیں۔";

    public string NoList => "کون سا کام؟ پہلے «میرے کام دکھائیں» لکھیں، یا کام کا نمبر بتائیں (مثلاً «کام 3 مکمل کریں»)۔";

    public string Cancelled => "ٹھیک ہے، میں نے کچھ نہیں بدلا۔";

    public string NothingMatches => "ایسا کوئی کام نہیں ملا، اس لیے کچھ نہیں بدلا۔";

    public string OutOfRange(int count) => $"اس فہرست میں صرف {count} کام تھے۔ آپ کون سا کام کہہ رہے ہیں؟";

    public string NotFound(string name, IntentKind kind) =>
        $"«{name}» سے ملتا {(kind == IntentKind.Complete ? "کوئی باقی" : "کوئی")} کام نہیں ملا۔ «میرے کام دکھائیں» لکھ کر سب کام دیکھ لیں۔";

    public string Ambiguous(IReadOnlyList<TaskSnapshot> candidates) =>
        $"کئی کام ملتے ہیں:{ReplyLines.Of(candidates, 10)}\nآپ کون سا کہہ رہے ہیں؟ مثلاً «کام {candidates[0].Id}» یا «پہلا والا» لکھیں۔";

    public string Confirm(IntentKind kind, IReadOnlyList<TaskSnapshot> tasks)
    {
        var count = tasks.Count;
        var more = count > ReplyLines.MaxConfirmed ? $"\n… اور {count - ReplyLines.MaxConfirmed} مزید" : "";
        var verb = kind switch { IntentKind.Delete => "حذف کر دوں", IntentKind.Complete => "مکمل کر دوں", _ => "تبدیل کر دوں" };
        var what = count == 1 ? "یہ کام" : $"یہ {count} کام";
        return $"کیا {what} {verb}؟{ReplyLines.Of(tasks, ReplyLines.MaxConfirmed)}{more}\nہاں کہیں تو کر دوں گا، نہیں کہیں تو کچھ نہیں بدلے گا۔";
    }

    public string ListHeader(ListFilter f, int count)
    {
        var when = f.Due switch { "today" => "آج کے ", "week" => "اس ہفتے کے ", "none" => "بغیر تاریخ کے ", _ => f.Day is null ? "" : "کل کے " };
        var status = (f.Due, f.Status) switch { ("overdue", _) => "تاخیر شدہ ", (_, "pending") => "باقی ", (_, "completed") => "مکمل شدہ ", _ => "" };
        var extra = string.Concat(
            f.Priority is { } p ? $"ترجیح {DateWords.Priority(p, true)} والے " : "",
            f.Tag is { } tag ? $"#{tag} والے " : "",
            f.Query is { } q ? $"«{q}» سے ملتے " : "");
        return $"آپ کے {when}{status}{extra}کام ({count}):";
    }

    public string ListEmpty(ListFilter f) => f switch
    {
        { Query: { } q } => $"«{q}» سے ملتا کوئی کام نہیں ملا۔",
        { Tag: { } tag } => $"#{tag} والا کوئی کام نہیں ہے۔",
        { Due: "overdue" } => "کوئی کام تاخیر کا شکار نہیں — بہت خوب!",
        { Due: "today" } => "آج کوئی کام باقی نہیں۔",
        { Due: "week" } => "اس ہفتے کوئی کام باقی نہیں۔",
        { Due: "none" } => "ہر کام کی تاریخ مقرر ہے۔",
        { Day: not null } => "کل کے لیے کوئی کام نہیں۔",
        { Status: "completed" } => "ابھی تک کوئی کام مکمل نہیں ہوا۔",
        { Priority: { } p } => $"ترجیح {DateWords.Priority(p, true)} والا کوئی کام نہیں۔",
        { Status: "pending" } => "کوئی کام باقی نہیں — بہت خوب!",
        _ => "ابھی آپ کی فہرست خالی ہے۔ مثلاً لکھیں «دودھ خریدنے کا کام شامل کریں»۔",
    };

    public string Comma => "، ";

    public string Quoted(string? title) => $"«{title}»";

    public string Named(string? title, string id) => title is null ? $"کام {id}" : $"«{title}» (کام {id})";

    public string Added(string title, string id, string details) => $"«{title}» شامل کر دیا گیا (کام {id}){details}۔";

    public string DueBy(string when) => $"{when} تک";

    public string Repeating(string rrule) => DateWords.Recurrence(rrule, true);

    public string Priority(string priority) => $"ترجیح {DateWords.Priority(priority, true)}";

    public string Tagged(string hashtags) => "ٹیگ " + hashtags;

    public string RemindsThen => "یاد دہانی کے ساتھ";

    public string Completed(string named) => $"شاباش! {named} مکمل ہو گیا۔";

    public string NextOccurrence(int nextId, string? when) => $"اگلی باری کام #{nextId} کے طور پر شامل ہو گئی{(when is null ? "" : $"، {when}")}۔";

    public string Deleted(string named) => $"{named} حذف کر دیا گیا۔";

    public string Updated(string named, string changes) => $"{named} اپ ڈیٹ ہو گیا{(changes.Length > 0 ? ": " + changes : "")}۔";

    public string Renamed => "نیا نام رکھ دیا";

    public string NowDue(string when) => $"اب {when} تک";

    public string NoDueDate => "تاریخ ہٹا دی";

    public string ReminderAt(string when) => $"یاد دہانی {when}";

    public string ReminderRemoved => "یاد دہانی ہٹا دی";

    public string Repeats(string rrule) => DateWords.Recurrence(rrule, true);

    public string NoLongerRepeats => "اب نہیں دہرایا جائے گا";

    public string NoTags => "سارے ٹیگ ہٹا دیے";
    public string Untagged(string hashtags) => "ٹیگ ہٹا دیا " + hashtags;

    public string TagsNow(string hashtags) => "ٹیگ " + hashtags;

    public string Reopened => "دوبارہ کھول دیا";

    public string NoteSaved => "نوٹ شامل کر دیا";

    public string NoteRemoved => "نوٹ ہٹا دیا";

    public string BatchDeleted(int count, string titles) => $"{count} کام حذف کر دیے: {titles}۔";

    public string BatchCompleted(int count, string titles) => $"شاباش! {count} کام مکمل ہو گئے: {titles}۔";

    public string BatchFailed(int? taskId, string? reason) => $"کام #{taskId} نہیں ہو سکا: {reason}۔";

    public string UndoHint => "غلطی ہو تو «واپس کر دیں» کہیں۔";

    public string Undone(string? action, string title, int? taskId) => action switch
    {
        "created" => $"واپس کر دیا: «{title}» ہٹا دیا گیا۔",
        "deleted" => $"واپس کر دیا: «{title}» (کام #{taskId}) دوبارہ آ گیا۔",
        "completed" => $"واپس کر دیا: «{title}» پھر سے باقی ہے۔",
        "reopened" => $"واپس کر دیا: «{title}» پھر سے مکمل ہے۔",
        _ => $"واپس کر دیا: «{title}» پہلے جیسا ہو گیا۔",
    };

    public string ListMore(int count) => $"…اور {count} مزید۔";

    public string LineDue(string when) => when;

    public string LineHighPriority => "ترجیح زیادہ";

    public string LineRepeats(string rrule) => DateWords.Recurrence(rrule, true);

    public string LineDone => "مکمل";

    public string Failed(IntentKind kind, string? taskId, string reason)
    {
        var what = kind switch
        {
            IntentKind.Add => "یہ کام شامل",
            IntentKind.List => "آپ کے کام لوڈ",
            IntentKind.Complete => $"کام #{taskId} مکمل",
            IntentKind.Delete => $"کام #{taskId} حذف",
            IntentKind.Undo => "واپس",
            _ => $"کام #{taskId} اپ ڈیٹ",
        };
        var hint = taskId is null ? "" : " «میرے کام دکھائیں» لکھ کر نمبر دیکھ لیں۔";
        return $"معاف کیجیے، {what} نہیں ہو سکا: {reason}۔{hint}";
    }
}
