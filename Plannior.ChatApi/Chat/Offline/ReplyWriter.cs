namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using System.Text;

// Confirmations built from what the tools returned, falling back to what was asked when a
// result leaves a field out.
internal static class ReplyWriter
{
    private const int MaxListed = 15;

    public static string Summarize(IReadOnlyList<ToolExchange> finals, UserRequest request, TurnContext ctx) =>
        string.Join(" ", finals.Select(e => e.Error is not null ? Failed(e, ctx) : e.Name switch
        {
            _ when IsBatch(e) => Batch(e, ctx),
            TaskTools.AddTask => Added(e, ctx),
            TaskTools.CompleteTask => Completed(e, ctx),
            TaskTools.DeleteTask => Deleted(e, ctx),
            TaskTools.UpdateTask => Updated(e, ctx),
            TaskTools.UndoLastChange => Undone(e, ctx),
            _ => Listed(e, request.Filter, ctx),
        }));

    private static bool IsBatch(ToolExchange e) =>
        e.Result is { ValueKind: System.Text.Json.JsonValueKind.Object } r && ResultJson.TryGet(r, "results", out _);

    // task_ids: one line for what was done, then each task that failed with its reason.
    private static string Batch(ToolExchange e, TurnContext ctx)
    {
        ResultJson.TryGet(e.Result!.Value, "results", out var results);
        var items = results.EnumerateArray().ToList();
        var done = items.Where(i => !ResultJson.TryGet(i, "error", out _)).Select(TaskSnapshot.From).OfType<TaskSnapshot>().ToList();
        var failed = items.Where(i => ResultJson.TryGet(i, "error", out _)).ToList();
        var titles = string.Join(ctx.IsUrdu ? "، " : ", ", done.Select(t => ctx.IsUrdu ? $"«{t.Title}»" : $"\"{t.Title}\""));
        var text = (e.Name, ctx.IsUrdu) switch
        {
            (TaskTools.DeleteTask, true) => $"{done.Count} کام حذف کر دیے: {titles}۔",
            (TaskTools.DeleteTask, false) => $"Deleted {done.Count} {(done.Count == 1 ? "task" : "tasks")}: {titles}.",
            (_, true) => $"شاباش! {done.Count} کام مکمل ہو گئے: {titles}۔",
            _ => $"Nice work — {done.Count} {(done.Count == 1 ? "task is" : "tasks are")} done: {titles}.",
        };
        foreach (var failure in failed)
        {
            var reason = ResultJson.String(failure, "error")?.TrimEnd('.', ' ');
            text += ctx.IsUrdu ? $" کام #{ResultJson.Int(failure, "task_id")} نہیں ہو سکا: {reason}۔" : $" Task #{ResultJson.Int(failure, "task_id")} failed: {reason}.";
        }
        if (done.Count > 0)
        {
            text += ctx.IsUrdu ? " غلطی ہو تو «واپس کر دیں» کہیں۔" : " Say \"undo\" if that was a mistake.";
        }
        return text;
    }

    private static string Undone(ToolExchange e, TurnContext ctx)
    {
        var result = e.Result!.Value;
        var title = ResultJson.String(result, "title") ?? "";
        var id = ResultJson.Int(result, "task_id");
        return (ResultJson.String(result, "action"), ctx.IsUrdu) switch
        {
            ("created", true) => $"واپس کر دیا: «{title}» ہٹا دیا گیا۔",
            ("deleted", true) => $"واپس کر دیا: «{title}» (کام #{id}) دوبارہ آ گیا۔",
            ("completed", true) => $"واپس کر دیا: «{title}» پھر سے باقی ہے۔",
            ("reopened", true) => $"واپس کر دیا: «{title}» پھر سے مکمل ہے۔",
            (_, true) => $"واپس کر دیا: «{title}» پہلے جیسا ہو گیا۔",
            ("created", _) => $"Undone: \"{title}\" is removed again.",
            ("deleted", _) => $"Undone: \"{title}\" (#{id}) is back.",
            ("completed", _) => $"Undone: \"{title}\" is open again.",
            ("reopened", _) => $"Undone: \"{title}\" is done again.",
            _ => $"Undone: \"{title}\" is back the way it was.",
        };
    }

    private static string Added(ToolExchange e, TurnContext ctx)
    {
        var task = e.Task;
        var title = task?.Title ?? e.Arg("title") ?? "";
        var parts = new List<string>();
        if ((task?.DueAt ?? Date(e.Arg("due_at"))) is { } due)
            parts.Add(ctx.IsUrdu ? $"{DateWords.Describe(due, ctx)} تک" : $"due {DateWords.Describe(due, ctx)}");
        if ((task?.Recurrence ?? e.Arg("recurrence")) is { } rule)
            parts.Add(ctx.IsUrdu ? DateWords.Recurrence(rule, true) : $"repeating {DateWords.Recurrence(rule, false)}");
        if ((task?.Priority ?? e.Arg("priority")) is { } p and not "medium")
            parts.Add(ctx.IsUrdu ? $"ترجیح {DateWords.Priority(p, true)}" : $"{p} priority");
        var tags = task?.Tags is { Count: > 0 } t ? t : ArgList(e, "tags");
        if (tags.Count > 0)
            parts.Add((ctx.IsUrdu ? "ٹیگ " : "tagged ") + string.Join(' ', tags.Select(x => "#" + x)));
        if (e.Arg("remind_at") is not null)
            parts.Add(ctx.IsUrdu ? "یاد دہانی کے ساتھ" : "and I'll remind you then");

        var id = Id(task, e);
        var details = parts.Count == 0 ? "" : (ctx.IsUrdu ? "، " : ", ") + string.Join(ctx.IsUrdu ? "، " : ", ", parts);
        return ctx.IsUrdu ? $"«{title}» شامل کر دیا گیا (کام {id}){details}۔" : $"Added \"{title}\" ({id}){details}.";
    }

    private static string Completed(ToolExchange e, TurnContext ctx)
    {
        var named = Named(e, ctx);
        var text = ctx.IsUrdu ? $"شاباش! {named} مکمل ہو گیا۔" : $"Nice work — {named} is done.";
        var result = e.Result!.Value;
        var nextId = ResultJson.Int(result, "next_task_id")
            ?? (ResultJson.TryGet(result, "next_task", out var next) ? TaskSnapshot.From(next)?.Id : null);
        var nextDue = ResultJson.Date(result, "next_due_at")
            ?? (ResultJson.TryGet(result, "next_task", out var nextTask) ? TaskSnapshot.From(nextTask)?.DueAt : null);
        if (nextId is { } n)
        {
            var when = nextDue is { } d ? DateWords.Describe(d, ctx) : null;
            text += ctx.IsUrdu
                ? $" اگلی باری کام #{n} کے طور پر شامل ہو گئی{(when is null ? "" : $"، {when}")}۔"
                : $" It repeats, so the next one (#{n}) is {(when is null ? "on your list" : $"due {when}")}.";
        }

        return text;
    }

    private static string Deleted(ToolExchange e, TurnContext ctx)
    {
        var named = Named(e, ctx);
        return ctx.IsUrdu ? $"{named} حذف کر دیا گیا۔" : $"Deleted {named}.";
    }

    private static string Updated(ToolExchange e, TurnContext ctx)
    {
        var task = e.Task;
        var named = Named(e, ctx);
        var urdu = ctx.IsUrdu;
        var changes = new List<string>();
        if (e.Args.ContainsKey("title")) changes.Add(urdu ? "نیا نام رکھ دیا" : "renamed");
        if (e.Args.TryGetValue("due_at", out var due))
            changes.Add(Date(ResultJson.AsString(due)) is { } d
                ? (urdu ? $"اب {DateWords.Describe(task?.DueAt ?? d, ctx)} تک" : $"now due {DateWords.Describe(task?.DueAt ?? d, ctx)}")
                : (urdu ? "تاریخ ہٹا دی" : "no due date"));
        if (e.Args.TryGetValue("remind_at", out var remind))
            changes.Add(Date(ResultJson.AsString(remind)) is { } r
                ? (urdu ? $"یاد دہانی {DateWords.Describe(r, ctx)}" : $"reminder set for {DateWords.Describe(r, ctx)}")
                : (urdu ? "یاد دہانی ہٹا دی" : "reminder removed"));
        if (e.Arg("priority") is { } p) changes.Add(urdu ? $"ترجیح {DateWords.Priority(p, true)}" : $"{p} priority");
        if (e.Args.ContainsKey("recurrence"))
            changes.Add(e.Arg("recurrence") is { } rule
                ? (urdu ? DateWords.Recurrence(rule, true) : $"repeats {DateWords.Recurrence(rule, false)}")
                : (urdu ? "اب نہیں دہرایا جائے گا" : "no longer repeats"));
        if (ArgList(e, "add_tags") is { Count: > 0 } added) changes.Add((urdu ? "ٹیگ " : "tagged ") + string.Join(' ', added.Select(x => "#" + x)));
        if (ArgList(e, "remove_tags") is { Count: > 0 } removed) changes.Add((urdu ? "ٹیگ ہٹا دیا " : "untagged ") + string.Join(' ', removed.Select(x => "#" + x)));
        if (ArgList(e, "tags") is { Count: > 0 } tags) changes.Add((urdu ? "ٹیگ " : "tags ") + string.Join(' ', tags.Select(x => "#" + x)));
        if (e.Arg("completed") == "false") changes.Add(urdu ? "دوبارہ کھول دیا" : "reopened");
        if (e.Args.ContainsKey("description"))
            changes.Add(e.Arg("description") is null ? (urdu ? "نوٹ ہٹا دیا" : "note removed") : (urdu ? "نوٹ شامل کر دیا" : "note saved"));

        var list = string.Join(urdu ? "، " : ", ", changes);
        return urdu
            ? $"{named} اپ ڈیٹ ہو گیا{(list.Length > 0 ? ": " + list : "")}۔"
            : $"Updated {named}{(list.Length > 0 ? ": " + list : "")}.";
    }

    private static string Listed(ToolExchange e, ListFilter filter, TurnContext ctx)
    {
        var tasks = TaskSnapshot.ListFrom(e.Result);
        if (filter.Day is { } day)
        {
            tasks = tasks.Where(t => t.DueAt is { } d && DateOnly.FromDateTime(ctx.ToLocal(d).DateTime) == day).ToList();
        }

        var total = filter.Day is null ? Math.Max(TaskSnapshot.TotalCount(e.Result) ?? 0, tasks.Count) : tasks.Count;
        if (tasks.Count == 0)
        {
            return ctx.Replies.ListEmpty(filter);
        }

        var sb = new StringBuilder(ctx.Replies.ListHeader(filter, total));
        foreach (var task in tasks.Take(MaxListed))
        {
            sb.Append('\n').Append(Line(task, ctx));
        }

        if (total > MaxListed)
        {
            sb.Append('\n').Append(ctx.IsUrdu ? $"…اور {total - MaxListed} مزید۔" : $"…and {total - MaxListed} more.");
        }

        return sb.ToString();
    }

    // "• #3 Buy groceries — due tomorrow at 5:00 PM, high priority"; ConversationMemory reads these lines back.
    private static string Line(TaskSnapshot task, TurnContext ctx)
    {
        var urdu = ctx.IsUrdu;
        var details = new List<string>();
        if (task.DueAt is { } due) details.Add(urdu ? DateWords.Describe(due, ctx) : $"due {DateWords.Describe(due, ctx)}");
        if (task.Priority is "high") details.Add(urdu ? "ترجیح زیادہ" : "high priority");
        if (task.Recurrence is { } rule) details.Add(DateWords.Recurrence(rule, urdu));
        if (task.Completed) details.Add(urdu ? "مکمل" : "done");
        var line = $"• {(task.Completed ? "✓ " : "")}#{task.Id} {task.Title}";
        return details.Count == 0 ? line : $"{line} — {string.Join(urdu ? "، " : ", ", details)}";
    }

    private static string Failed(ToolExchange e, TurnContext ctx)
    {
        var id = e.Arg("task_id");
        var urdu = ctx.IsUrdu;
        var what = (e.Name, urdu) switch
        {
            (TaskTools.AddTask, false) => "add that task",
            (TaskTools.ListTasks, false) => "load your tasks",
            (TaskTools.CompleteTask, false) => $"complete task #{id}",
            (TaskTools.DeleteTask, false) => $"delete task #{id}",
            (TaskTools.UndoLastChange, false) => "undo that",
            (_, false) => $"update task #{id}",
            (TaskTools.AddTask, true) => "یہ کام شامل",
            (TaskTools.ListTasks, true) => "آپ کے کام لوڈ",
            (TaskTools.CompleteTask, true) => $"کام #{id} مکمل",
            (TaskTools.DeleteTask, true) => $"کام #{id} حذف",
            (TaskTools.UndoLastChange, true) => "واپس",
            _ => $"کام #{id} اپ ڈیٹ",
        };
        var reason = e.Error!.TrimEnd('.', ' ');
        var hint = id is null ? "" : urdu ? " «میرے کام دکھائیں» لکھ کر نمبر دیکھ لیں۔" : " Say \"show my tasks\" to see their numbers.";
        return urdu ? $"معاف کیجیے، {what} نہیں ہو سکا: {reason}۔{hint}" : $"Sorry, I couldn't {what}: {reason}.{hint}";
    }

    private static string Id(TaskSnapshot? task, ToolExchange e) => $"#{task?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? e.Arg("task_id")}";

    // "\"Buy groceries\" (#3)" when the title is known, else "task #3"
    private static string Named(ToolExchange e, TurnContext ctx)
    {
        var task = e.Task;
        var id = Id(task, e);
        return (task?.Title ?? e.Arg("title"), ctx.IsUrdu) switch
        {
            ({ } title, true) => $"«{title}» (کام {id})",
            ({ } title, false) => $"\"{title}\" ({id})",
            (null, true) => $"کام {id}",
            _ => $"task {id}",
        };
    }

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static List<string> ArgList(ToolExchange e, string name) =>
        e.Args.TryGetValue(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Array
            ? value.EnumerateArray().Select(ResultJson.AsString).OfType<string>().ToList()
            : [];
}
