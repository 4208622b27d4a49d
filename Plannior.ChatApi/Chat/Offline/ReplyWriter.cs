namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using System.Text;

// Confirmations built from what the tools returned, falling back to what was asked when a
// result leaves a field out. The facts are picked here; the words are the turn's language's (ctx.Replies).
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
        var replies = ctx.Replies;
        var titles = string.Join(replies.Comma, done.Select(t => replies.Quoted(t.Title)));
        var text = e.Name == TaskTools.DeleteTask ? replies.BatchDeleted(done.Count, titles) : replies.BatchCompleted(done.Count, titles);
        foreach (var failure in failed)
        {
            var reason = ResultJson.String(failure, "error")?.TrimEnd('.', ' ');
            text += " " + replies.BatchFailed(ResultJson.Int(failure, "task_id"), reason);
        }
        if (done.Count > 0)
        {
            text += " " + replies.UndoHint;
        }
        return text;
    }

    private static string Undone(ToolExchange e, TurnContext ctx)
    {
        var result = e.Result!.Value;
        var title = ResultJson.String(result, "title") ?? "";
        var id = ResultJson.Int(result, "task_id");
        return ctx.Replies.Undone(ResultJson.String(result, "action"), title, id);
    }

    private static string Added(ToolExchange e, TurnContext ctx)
    {
        var task = e.Task;
        var title = task?.Title ?? e.Arg("title") ?? "";
        var replies = ctx.Replies;
        var parts = new List<string>();
        var due = task?.DueAt ?? Date(e.Arg("due_at"));
        if (due is { } dueAt)
            parts.Add(replies.DueBy(DateWords.Describe(dueAt, ctx)));
        if ((task?.Recurrence ?? e.Arg("recurrence")) is { } rule)
            parts.Add(replies.Repeating(rule));
        if ((task?.Priority ?? e.Arg("priority")) is { } p and not "medium")
            parts.Add(replies.Priority(p));
        var tags = task?.Tags is { Count: > 0 } t ? t : ArgList(e, "tags");
        if (tags.Count > 0)
            parts.Add(replies.Tagged(Hashtags(tags)));
        // "remind me 30 minutes before" is said back with its own time, not as "then"
        if (Date(e.Arg("remind_at")) is { } remind)
            parts.Add(remind == due ? replies.RemindsThen : replies.ReminderAt(DateWords.Describe(remind, ctx)));

        var details = parts.Count == 0 ? "" : replies.Comma + string.Join(replies.Comma, parts);
        return replies.Added(title, Id(task, e), details);
    }

    private static string Completed(ToolExchange e, TurnContext ctx)
    {
        var named = Named(e, ctx);
        var text = ctx.Replies.Completed(named);
        var result = e.Result!.Value;
        var nextId = ResultJson.Int(result, "next_task_id")
            ?? (ResultJson.TryGet(result, "next_task", out var next) ? TaskSnapshot.From(next)?.Id : null);
        var nextDue = ResultJson.Date(result, "next_due_at")
            ?? (ResultJson.TryGet(result, "next_task", out var nextTask) ? TaskSnapshot.From(nextTask)?.DueAt : null);
        if (nextId is { } n)
        {
            var when = nextDue is { } d ? DateWords.Describe(d, ctx) : null;
            text += " " + ctx.Replies.NextOccurrence(n, when);
        }

        return text;
    }

    private static string Deleted(ToolExchange e, TurnContext ctx)
    {
        return ctx.Replies.Deleted(Named(e, ctx));
    }

    private static string Updated(ToolExchange e, TurnContext ctx)
    {
        var task = e.Task;
        var named = Named(e, ctx);
        var replies = ctx.Replies;
        var changes = new List<string>();
        if (e.Args.ContainsKey("title")) changes.Add(replies.Renamed);
        if (e.Args.TryGetValue("due_at", out var due))
            changes.Add(Date(ResultJson.AsString(due)) is { } d ? replies.NowDue(DateWords.Describe(task?.DueAt ?? d, ctx)) : replies.NoDueDate);
        if (e.Args.TryGetValue("remind_at", out var remind))
            changes.Add(Date(ResultJson.AsString(remind)) is { } r ? replies.ReminderAt(DateWords.Describe(r, ctx)) : replies.ReminderRemoved);
        if (e.Arg("priority") is { } p) changes.Add(replies.Priority(p));
        if (e.Args.ContainsKey("recurrence"))
            changes.Add(e.Arg("recurrence") is { } rule ? replies.Repeats(rule) : replies.NoLongerRepeats);
        if (ArgList(e, "add_tags") is { Count: > 0 } added) changes.Add(replies.Tagged(Hashtags(added)));
        if (ArgList(e, "remove_tags") is { Count: > 0 } removed) changes.Add(replies.Untagged(Hashtags(removed)));
        if (e.Args.ContainsKey("tags")) changes.Add(ArgList(e, "tags") is { Count: > 0 } tags ? replies.TagsNow(Hashtags(tags)) : replies.NoTags);
        if (e.Arg("completed") == "false") changes.Add(replies.Reopened);
        if (e.Args.ContainsKey("description"))
            changes.Add(e.Arg("description") is null ? replies.NoteRemoved : replies.NoteSaved);

        return replies.Updated(named, string.Join(replies.Comma, changes));
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
            sb.Append('\n').Append(ctx.Replies.ListMore(total - MaxListed));
        }

        return sb.ToString();
    }

    // "• #3 Buy groceries — due tomorrow at 5:00 PM, high priority"; ConversationMemory reads these lines back.
    private static string Line(TaskSnapshot task, TurnContext ctx)
    {
        var replies = ctx.Replies;
        var details = new List<string>();
        if (task.DueAt is { } due) details.Add(replies.LineDue(DateWords.Describe(due, ctx)));
        if (task.Priority is "high") details.Add(replies.LineHighPriority);
        if (task.Recurrence is { } rule) details.Add(replies.LineRepeats(rule));
        if (task.Completed) details.Add(replies.LineDone);
        var line = $"• {(task.Completed ? "✓ " : "")}#{task.Id} {task.Title}";
        return details.Count == 0 ? line : $"{line} — {string.Join(replies.Comma, details)}";
    }

    private static string Failed(ToolExchange e, TurnContext ctx) => ctx.Replies.Failed(KindOf(e.Name), e.Arg("task_id"), e.Error!.TrimEnd('.', ' '));

    private static IntentKind KindOf(string tool) => tool switch
    {
        TaskTools.AddTask => IntentKind.Add,
        TaskTools.ListTasks => IntentKind.List,
        TaskTools.CompleteTask => IntentKind.Complete,
        TaskTools.DeleteTask => IntentKind.Delete,
        TaskTools.UndoLastChange => IntentKind.Undo,
        _ => IntentKind.Update,
    };

    private static string Id(TaskSnapshot? task, ToolExchange e) => $"#{task?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? e.Arg("task_id")}";

    // "\"Buy groceries\" (#3)" when the title is known, else "task #3"
    private static string Named(ToolExchange e, TurnContext ctx)
    {
        var task = e.Task;
        return ctx.Replies.Named(task?.Title ?? e.Arg("title"), Id(task, e));
    }

    private static string Hashtags(IEnumerable<string> tags) => string.Join(' ', tags.Select(x => "#" + x));

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static List<string> ArgList(ToolExchange e, string name) =>
        e.Args.TryGetValue(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Array
            ? value.EnumerateArray().Select(ResultJson.AsString).OfType<string>().ToList()
            : [];
}
