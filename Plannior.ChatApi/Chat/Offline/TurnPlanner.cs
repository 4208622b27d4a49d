namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using Microsoft.Extensions.AI;

internal abstract record Step
{
    public sealed record Call(IReadOnlyList<FunctionCallContent> Calls) : Step;
    public sealed record Say(string Text) : Step;
}

// Decides the next move of one request: call tools, or answer. Called again after each round of
// tool results, it reads those results from the messages and either finishes or takes the next step
// (a name search first, then the change on the task it found).
internal static class TurnPlanner
{
    public static Step Plan(UserRequest request, ConversationMemory memory, TurnContext ctx)
    {
        if (request.Then is not { } then)
        {
            return PlanOne(request, memory, ctx);
        }

        // Two commands in one message: the first is planned on this turn's exchanges up to the point where it has its
        // answer, the second on the rest, and the reply says both. A first that asks (which task, whether to go ahead) is
        // answered before the second runs.
        var turn = memory.CurrentTurn;
        for (var made = 0; ; made++)
        {
            var first = PlanOne(request, memory.WithCurrentTurn(turn.Take(made)), ctx);
            if (first is not Step.Say said)
            {
                if (made >= turn.Count) return first;
                continue;
            }
            if (ConversationMemory.Asks(said.Text)) return said;
            // a yes answers whichever command asked: the second, when the first had acted before the turn the yes carries on
            then.Confirmed = request.Confirmed && made <= memory.Continued;
            // every task the first read (a lookup by no words) is there for the second to find its task in, without reading them again
            var read = turn.Take(made).Where(e => e is { Name: TaskTools.ListTasks, Error: null } && (e.Args.Count == 0 || (e.Args.Count == 1 && e.Arg("status") == "all")));
            return Plan(then, memory.WithCurrentTurn(read.TakeLast(1).Concat(turn.Skip(made))), ctx) switch
            {
                Step.Say next => new Step.Say(said.Text + " " + next.Text),
                var next => next,
            };
        }
    }

    private static Step PlanOne(UserRequest request, ConversationMemory memory, TurnContext ctx)
    {
        switch (request.Kind)
        {
            case IntentKind.Greeting: return new Step.Say(ctx.Replies.Greeting);
            case IntentKind.Thanks: return new Step.Say(ctx.Replies.Thanks);
            case IntentKind.Help: return new Step.Say(ctx.Replies.Help);
            case IntentKind.Unknown: return new Step.Say(ctx.Replies.NotUnderstood);
            case IntentKind.Add:
                if (Finals(memory, TaskTools.AddTask) is { Count: > 0 } added) return Summary(added, request, ctx);
                return request.Fields.Title is null
                    ? new Step.Say(ctx.Replies.AskTitle)
                    : Calls([.. new[] { request.Fields }.Concat(request.MoreAdds).Select(f => (TaskTools.AddTask, AddArgs(f, ctx)))]);
            case IntentKind.List:
                if (Finals(memory, TaskTools.ListTasks) is { Count: > 0 } listed) return Summary([listed[^1]], request, ctx);
                return Calls((TaskTools.ListTasks, ListArgs(request.Filter)));
            case IntentKind.Undo:
                if (Finals(memory, TaskTools.UndoLastChange) is { Count: > 0 } undone) return Summary(undone, request, ctx);
                // "delete all completed tasks >> yes >> undo": what one message did is undone as one, each change of it in turn
                return Calls([.. Enumerable.Range(0, Math.Max(1, ChangesMade(memory.PreviousTurn))).Select(_ => (TaskTools.UndoLastChange, new Dictionary<string, object?>()))]);
            default:
                return PlanTargeted(request, memory, ctx);
        }
    }

    private static Step PlanTargeted(UserRequest request, ConversationMemory memory, TurnContext ctx)
    {
        var tool = request.Kind switch
        {
            IntentKind.Complete => TaskTools.CompleteTask,
            IntentKind.Delete => TaskTools.DeleteTask,
            _ => TaskTools.UpdateTask,
        };
        if (Finals(memory, tool) is { Count: > 0 } done)
        {
            return Summary(done, request, ctx);
        }

        if (request.AddInstead is not null && Finals(memory, TaskTools.AddTask) is { Count: > 0 } added)
        {
            return Summary(added, request, ctx);
        }

        if (memory.CurrentTurn is [.., { Name: TaskTools.ListTasks, Error: not null } failedLookup])
        {
            return Summary([failedLookup], request, ctx);
        }

        if (request.Kind == IntentKind.Update && !request.Fields.HasChanges)
        {
            return new Step.Say(ctx.Replies.AskChange);
        }

        if (request.Target.All)
        {
            return PlanEvery(request, memory, ctx, tool);
        }

        return ReferenceResolver.Resolve(request, memory) switch
        {
            Resolution.Found found => Act(request, found.Tasks, memory, ctx, tool, foundByName: request.Target.Name is { } name && !(found.Tasks is [var one] && ReferenceResolver.NamesInFull(name, one))),
            Resolution.Lookup lookup => Calls((TaskTools.ListTasks, LookupArgs(lookup))),
            Resolution.Ambiguous ambiguous => new Step.Say(ctx.Replies.Ambiguous(ambiguous.Candidates)),
            Resolution.NotFound when request.AddInstead is { } add => Calls((TaskTools.AddTask, AddArgs(add, ctx))),
            Resolution.NotFound notFound => new Step.Say(ctx.Replies.NotFound(notFound.Name, request.Kind)),
            Resolution.NoList => new Step.Say(ctx.Replies.NoList),
            Resolution.OutOfRange range => new Step.Say(ctx.Replies.OutOfRange(range.Count)),
            _ => new Step.Say(ctx.Replies.AskWhich),
        };
    }

    // "delete all completed tasks": list what the filter finds, then ask before acting on it.
    private static Step PlanEvery(UserRequest request, ConversationMemory memory, TurnContext ctx, string tool)
    {
        if (memory.CurrentTurn.LastOrDefault(e => e.Name == TaskTools.ListTasks) is not { } found)
        {
            return Calls((TaskTools.ListTasks, ListArgs(request.Target.Filter)));
        }
        var tasks = TaskSnapshot.ListFrom(found.Result)
            .Where(t => request.Target.Filter.Day is not { } day || (t.DueAt is { } due && DateOnly.FromDateTime(ctx.ToLocal(due).DateTime) == day))
            .ToList();
        return tasks.Count == 0
            ? new Step.Say(ctx.Replies.NothingMatches)
            : Act(request, tasks, memory, ctx, tool, foundByName: false);
    }

    // Acting on more than one task, or deleting one found by a fuzzy name, waits for the user's yes.
    private static Step Act(
        UserRequest request, IReadOnlyList<TaskSnapshot> tasks, ConversationMemory memory, TurnContext ctx, string tool, bool foundByName)
    {
        // "move task 4 to friday" keeps its time of day: a task known only by its number is looked up first
        var needsDue = request.Fields.When is { Date: not null, HasTime: false } || request.Fields.RemindBefore is not null || request.Fields.ShiftBy is not null;
        if (request.Kind == IntentKind.Update && needsDue && tasks.Any(t => t.Title is null || t.DueAt is null))
        {
            if (memory.CurrentTurn.All(e => e.Name != TaskTools.ListTasks))
            {
                return Calls((TaskTools.ListTasks, new Dictionary<string, object?> { ["status"] = "all" }));
            }
            var listed = memory.CurrentTurn.Where(e => e.Name == TaskTools.ListTasks).SelectMany(e => TaskSnapshot.ListFrom(e.Result)).ToList();
            tasks = [.. tasks.Select(t => listed.FirstOrDefault(l => l.Id == t.Id) ?? t)];
        }

        var needsYes = tasks.Count > 1 || (foundByName && request.Kind == IntentKind.Delete);
        if (needsYes && !request.Confirmed)
        {
            return new Step.Say(ctx.Replies.Confirm(request.Kind, tasks));
        }
        if (tasks.Count > 1 && request.Kind is IntentKind.Complete or IntentKind.Delete)
        {
            return Calls((tool, new Dictionary<string, object?> { ["task_ids"] = tasks.Select(t => t.Id).ToArray() }));
        }
        return Calls(tasks.Select(t => (tool, TargetArgs(request, t, ctx))).ToArray());
    }

    private static readonly HashSet<string> Writes = [TaskTools.AddTask, TaskTools.CompleteTask, TaskTools.DeleteTask, TaskTools.UpdateTask];

    // a batch counts each task it changed; an undo turn made none to undo again (its own undo is the next "undo")
    private static int ChangesMade(IReadOnlyList<ToolExchange> turn) =>
        turn.Where(e => e.Error is null && Writes.Contains(e.Name))
            .Sum(e => e.Result is { ValueKind: System.Text.Json.JsonValueKind.Object } r && ResultJson.Int(r, "succeeded") is { } n ? n : 1);

    private static List<ToolExchange> Finals(ConversationMemory memory, string tool) =>
        memory.CurrentTurn.Where(e => e.Name == tool).ToList();

    private static Step.Say Summary(IReadOnlyList<ToolExchange> exchanges, UserRequest request, TurnContext ctx) =>
        new(ReplyWriter.Summarize(exchanges, request, ctx));

    private static Step.Call Calls(params (string Name, Dictionary<string, object?> Args)[] calls) =>
        new(calls.Select(c => new FunctionCallContent("call_" + Guid.NewGuid().ToString("N"), c.Name, c.Args)).ToList());

    private static Dictionary<string, object?> AddArgs(TaskFields f, TurnContext ctx)
    {
        var args = new Dictionary<string, object?> { ["title"] = f.Title };
        if (f.Description is { } description) args["description"] = description;
        if (f.Priority is { } priority) args["priority"] = priority;
        if (f.Tags.Count > 0) args["tags"] = f.Tags.ToArray();
        if (f.When.Resolve(ctx, f.Recurrence) is { } due)
        {
            args["due_at"] = WhenPhrase.Format(due);
            if (f.Remind) args["remind_at"] = WhenPhrase.Format(f.RemindBefore is { } before ? Before(due, before, f.RemindTime, ctx) : due);
        }

        if (f.Recurrence is { } rule) args["recurrence"] = rule.ToRRule();
        return args;
    }

    // "the night before at 10pm": the day that long before, at the time said; without one, that long before the due time
    private static DateTimeOffset Before(DateTimeOffset due, TimeSpan before, TimeOnly? at, TurnContext ctx) =>
        at is { } time ? ctx.At(DateOnly.FromDateTime((due - before).DateTime), time) : due - before;

    private static Dictionary<string, object?> ListArgs(ListFilter f)
    {
        var args = new Dictionary<string, object?>();
        if (f.Status is { } status) args["status"] = status;
        if (f.Priority is { } priority) args["priority"] = priority;
        if (f.Tag is { } tag) args["tag"] = tag;
        if (f.Query is { } query) args["query"] = query;
        if (f.Due is { } due) args["due"] = due;
        return args;
    }

    private static Dictionary<string, object?> LookupArgs(Resolution.Lookup lookup)
    {
        // an empty query reads every task: the name is then matched by meaning
        var args = new Dictionary<string, object?>();
        if (lookup.Query.Length > 0) args["query"] = lookup.Query;
        if (lookup.Status is { } status) args["status"] = status;
        if (lookup.TitleWords is { } words) args["title_words"] = words.ToArray();
        return args;
    }

    private static Dictionary<string, object?> TargetArgs(UserRequest request, TaskSnapshot task, TurnContext ctx)
    {
        var args = new Dictionary<string, object?> { ["task_id"] = task.Id };
        if (request.Kind != IntentKind.Update)
        {
            return args;
        }

        var f = request.Fields;
        if (f.Title is { } title) args["title"] = title;
        if (f.Description is { } description) args["description"] = description;
        if (f.Priority is { } priority) args["priority"] = priority;
        // "tag it #home" adds to the tags the task has, which this turn may never have seen
        if (f.Tags.Count > 0) args["add_tags"] = f.Tags.ToArray();
        if (f.RemoveTags.Count > 0) args["remove_tags"] = f.RemoveTags.ToArray();
        if (f.ClearTags) args["tags"] = Array.Empty<string>();
        if (f.Recurrence is { } rule) args["recurrence"] = rule.ToRRule();
        if (f.Completed == false) args["completed"] = false;
        if (f.ClearDue) args["due_at"] = null;
        if (f.ClearReminder) args["remind_at"] = null;
        if (f.ClearDescription) args["description"] = null;
        if (f.RemindBefore is { } before && task.DueAt is { } dueAt) args["remind_at"] = WhenPhrase.Format(Before(ctx.ToLocal(dueAt), before, f.RemindTime, ctx));
        if (f.ClearRecurrence) args["recurrence"] = null;
        DateTimeOffset? movedTo = f.ShiftBy is { } shift && task.DueAt is { } shifted ? ctx.ToLocal(shifted + shift) : null;
        if (!f.When.IsEmpty)
        {
            // "move it to friday" keeps the time the task already had, "move it to 10am" its day
            TimeOnly? keep = !f.When.HasTime && task.DueAt is { } current ? TimeOnly.FromDateTime(ctx.ToLocal(current).DateTime) : null;
            if (f.When is { Date: null, Time: not null, Exact: null } && !f.Remind && task.DueAt is { } dated)
            {
                f.When.Date = DateOnly.FromDateTime(ctx.ToLocal(dated).DateTime);
                // "make it 9" of a task at 8 PM is 9 PM
                if (f.When is { HalfUnsaid: true, Time: { } said }) f.When.Time = new TimeOnly(said.Hour % 12 + (ctx.ToLocal(dated).Hour >= 12 ? 12 : 0), said.Minute);
            }
            if (f.When.Resolve(ctx, null, keep) is { } when)
            {
                if (f.Remind) args["remind_at"] = WhenPhrase.Format(when);
                else movedTo = when;
            }
        }
        if (movedTo is { } due)
        {
            args["due_at"] = WhenPhrase.Format(due);
            // "call Ali at 4pm, remind me >> make that 5": a reminder set before the corrected due time keeps its lead on the new one
            if (f.Restated && !args.ContainsKey("remind_at") && task is { DueAt: { } was, RemindAt: { } reminded } && reminded <= was)
            {
                args["remind_at"] = WhenPhrase.Format(ctx.ToLocal(due - (was - reminded)));
            }
        }

        return args;
    }
}
