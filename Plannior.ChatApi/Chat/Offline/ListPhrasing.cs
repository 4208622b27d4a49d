namespace Plannior.ChatApi.Chat.Offline;

// The heading of a task list and what to say when it is empty, worded after the filter used.
internal static class ListPhrasing
{
    public static string Header(ListFilter f, int count, TurnContext ctx)
    {
        if (ctx.IsUrdu)
        {
            var when = f.Due switch { "today" => "آج کے ", "week" => "اس ہفتے کے ", "none" => "بغیر تاریخ کے ", _ => f.Day is null ? "" : "کل کے " };
            var status = (f.Due, f.Status) switch { ("overdue", _) => "تاخیر شدہ ", (_, "pending") => "باقی ", (_, "completed") => "مکمل شدہ ", _ => "" };
            var extra = string.Concat(
                f.Priority is { } p ? $"ترجیح {DateWords.Priority(p, true)} والے " : "",
                f.Tag is { } tag ? $"#{tag} والے " : "",
                f.Query is { } q ? $"«{q}» سے ملتے " : "");
            return $"آپ کے {when}{status}{extra}کام ({count}):";
        }

        var adjective = (f.Due, f.Status) switch { ("overdue", _) => "overdue ", (_, "pending") => "pending ", (_, "completed") => "completed ", _ => "" };
        var priority = f.Priority is { } pr ? $"{pr}-priority " : "";
        var noun = count == 1 ? "task" : "tasks";
        var suffix = string.Concat(
            f.Due switch { "today" => " due today", "week" => " due this week", "none" => " without a due date", _ => f.Day is null ? "" : " due tomorrow" },
            f.Tag is { } t ? $" tagged #{t}" : "",
            f.Query is { } query ? $" matching \"{query}\"" : "");
        return $"You have {count} {adjective}{priority}{noun}{suffix}:";
    }

    public static string Empty(ListFilter f, TurnContext ctx)
    {
        if (ctx.IsUrdu)
        {
            return f switch
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
        }

        return f switch
        {
            { Query: { } q } => $"I couldn't find any tasks matching \"{q}\".",
            { Tag: { } tag } => $"You have no tasks tagged #{tag}.",
            { Due: "overdue" } => "Nothing is overdue — you're all caught up!",
            { Due: "today" } => "Nothing is due today.",
            { Due: "week" } => "Nothing is due this week.",
            { Due: "none" } => "Every task has a due date.",
            { Day: not null } => "Nothing is due tomorrow.",
            { Status: "completed" } => "You haven't completed any tasks yet.",
            { Priority: { } p } => $"You have no {p}-priority tasks.",
            { Status: "pending" } => "You have no pending tasks — nice!",
            _ => "Your list is empty. Try \"Add a task to buy groceries\".",
        };
    }
}
