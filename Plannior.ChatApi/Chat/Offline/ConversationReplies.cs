namespace Plannior.ChatApi.Chat.Offline;

// Replies that involve no tool result: greetings, help, questions back to the user.
internal static class ConversationReplies
{
    public static string Greeting(TurnContext ctx) => ctx.IsUrdu
        ? "السلام علیکم! میں آپ کا پلینیئر معاون ہوں — بتائیں کیا شامل کروں، یا پوچھیں «باقی کام دکھائیں»۔"
        : "Hi! I'm your Plannior assistant — tell me what to add, or ask \"What's pending?\"";

    public static string Thanks(TurnContext ctx) => ctx.IsUrdu
        ? "خوشی ہوئی! کچھ اور شامل کرنا ہو یا مکمل کرنا ہو تو بتائیں۔"
        : "You're welcome! Anything else to add or check off?";

    public static string Help(TurnContext ctx) => ctx.IsUrdu
        ? "میں کام شامل کر سکتا ہوں («کل شام 5 بجے امی کو فون کرنا یاد دلائیں»)، دکھا سکتا ہوں («اس ہفتے کے کام دکھائیں»)، مکمل کر سکتا ہوں («کام 3 مکمل کریں»)، تبدیل کر سکتا ہوں («کام 2 کو کل پر منتقل کریں») اور حذف کر سکتا ہوں («کام 2 حذف کریں»)۔ میں اردو اور انگریزی دونوں سمجھتا ہوں۔"
        : "I can add tasks (\"Remind me to call mom tomorrow at 5pm\"), list them (\"What's due this week?\"), complete them (\"Mark task 3 as done\"), change them (\"Move the dentist task to next Friday\") or delete them (\"Delete task 2\"). I understand English and Urdu.";

    public static string NotUnderstood(TurnContext ctx) => ctx.IsUrdu
        ? "معاف کیجیے، میں یہ سمجھ نہیں سکا۔ میں کام شامل کرنے، دکھانے، مکمل کرنے، تبدیل کرنے یا حذف کرنے میں مدد کر سکتا ہوں — مثلاً «کل شام 5 بجے دودھ خریدنے کا کام شامل کریں»، «میرے کام دکھائیں» یا «کام 3 مکمل کریں»۔"
        : "Sorry, I didn't understand that. I can add, list, complete, change or delete tasks — try \"Add a task to buy milk tomorrow at 5pm\", \"What's pending?\" or \"Mark task 3 as done\".";

    public static string AskTitle(TurnContext ctx) => ctx.IsUrdu
        ? "کام کا نام کیا رکھوں؟ مثلاً «کل دودھ خریدنے کا کام شامل کریں»۔"
        : "What should the task be called? For example: \"Add a task to buy groceries tomorrow\".";

    public static string AskChange(TurnContext ctx) => ctx.IsUrdu
        ? "اس کام میں کیا تبدیل کروں — نام، تاریخ، ترجیح یا دہرانا؟"
        : "What should I change on that task — the title, due date, priority or repeat?";

    public static string AskWhich(TurnContext ctx) => ctx.IsUrdu
        ? "آپ کون سا کام کہہ رہے ہیں؟ اس کا نمبر (مثلاً «کام 3») یا نام بتائیں۔"
        : "Which task do you mean? Tell me its number (e.g. \"task 3\") or its name.";

    public static string NoList(TurnContext ctx) => ctx.IsUrdu
        ? "کون سا کام؟ پہلے «میرے کام دکھائیں» لکھیں، یا کام کا نمبر بتائیں (مثلاً «کام 3 مکمل کریں»)۔"
        : "Which one do you mean? Ask me to show your tasks first, or tell me the task number (e.g. \"complete task 3\").";

    public static string OutOfRange(int count, TurnContext ctx) => ctx.IsUrdu
        ? $"اس فہرست میں صرف {count} کام تھے۔ آپ کون سا کام کہہ رہے ہیں؟"
        : $"That list only had {count} {(count == 1 ? "task" : "tasks")}. Which one do you mean?";

    // Written as list lines so "the second one" in the answer counts from what was shown here.
    public static string Ambiguous(IReadOnlyList<TaskSnapshot> candidates, TurnContext ctx)
    {
        var lines = string.Concat(candidates.Take(10).Select(t => $"\n• #{t.Id} {t.Title}".TrimEnd()));
        var example = candidates[0].Id;
        return ctx.IsUrdu
            ? $"کئی کام ملتے ہیں:{lines}\nآپ کون سا کہہ رہے ہیں؟ مثلاً «کام {example}» یا «پہلا والا» لکھیں۔"
            : $"A few tasks match that:{lines}\nWhich one do you mean? You can say \"task {example}\" or \"the first one\".";
    }

    public static string NotFound(string name, IntentKind kind, TurnContext ctx) => ctx.IsUrdu
        ? $"«{name}» سے ملتا {(kind == IntentKind.Complete ? "کوئی باقی" : "کوئی")} کام نہیں ملا۔ «میرے کام دکھائیں» لکھ کر سب کام دیکھ لیں۔"
        : $"I couldn't find {(kind == IntentKind.Complete ? "an open task" : "a task")} matching \"{name}\". Say \"show my tasks\" to see them all.";

    public static string Cancelled(TurnContext ctx) => ctx.IsUrdu
        ? "ٹھیک ہے، میں نے کچھ نہیں بدلا۔"
        : "OK, I left everything as it was.";

    public static string NothingMatches(TurnContext ctx) => ctx.IsUrdu
        ? "ایسا کوئی کام نہیں ملا، اس لیے کچھ نہیں بدلا۔"
        : "No tasks match that, so nothing changed.";

    // Asked before acting on several tasks, or deleting one found by its name. Written as list lines, so the
    // answer can also pick one ("the second one").
    public static string Confirm(IntentKind kind, IReadOnlyList<TaskSnapshot> tasks, TurnContext ctx)
    {
        var lines = string.Concat(tasks.Take(15).Select(t => $"\n• #{t.Id} {t.Title}".TrimEnd()));
        var more = tasks.Count > 15 ? (ctx.IsUrdu ? $"\n… اور {tasks.Count - 15} مزید" : $"\n… and {tasks.Count - 15} more") : "";
        var count = tasks.Count;
        if (ctx.IsUrdu)
        {
            var verb = kind switch { IntentKind.Delete => "حذف کر دوں", IntentKind.Complete => "مکمل کر دوں", _ => "تبدیل کر دوں" };
            var what = count == 1 ? "یہ کام" : $"یہ {count} کام";
            return $"کیا {what} {verb}؟{lines}{more}\nہاں کہیں تو کر دوں گا، نہیں کہیں تو کچھ نہیں بدلے گا۔";
        }
        var action = kind switch { IntentKind.Delete => "Delete", IntentKind.Complete => "Complete", _ => "Change" };
        var noun = count == 1 ? "this task" : $"these {count} tasks";
        return $"{action} {noun}?{lines}{more}\nSay yes to go ahead, or no to leave {(count == 1 ? "it" : "them")} as {(count == 1 ? "it is" : "they are")}.";
    }
}
