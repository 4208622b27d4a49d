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
        switch (request.Kind)
        {
            case IntentKind.Greeting: return new Step.Say(ConversationReplies.Greeting(ctx));
            case IntentKind.Thanks: return new Step.Say(ConversationReplies.Thanks(ctx));
            case IntentKind.Help: return new Step.Say(ConversationReplies.Help(ctx));
            case IntentKind.Unknown: return new Step.Say(ConversationReplies.NotUnderstood(ctx));
            case IntentKind.Add:
                if (Finals(memory, TaskTools.AddTask) is { Count: > 0 } added) return Summary(added, request, ctx);
                return request.Fields.Title is null
                    ? new Step.Say(ConversationReplies.AskTitle(ctx))
                    : Calls((TaskTools.AddTask, AddArgs(request.Fields, ctx)));
            case IntentKind.List:
                if (Finals(memory, TaskTools.ListTasks) is { Count: > 0 } listed) return Summary([listed[^1]], request, ctx);
                return Calls((TaskTools.ListTasks, ListArgs(request.Filter)));
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

        if (memory.CurrentTurn is [.., { Name: TaskTools.ListTasks, Error: not null } failedLookup])
        {
            return Summary([failedLookup], request, ctx);
        }

        if (request.Kind == IntentKind.Update && !request.Fields.HasChanges)
        {
            return new Step.Say(ConversationReplies.AskChange(ctx));
        }

        return ReferenceResolver.Resolve(request, memory) switch
        {
            Resolution.Found found => Calls(found.Tasks.Select(t => (tool, TargetArgs(request, t, ctx))).ToArray()),
            Resolution.Lookup lookup => Calls((TaskTools.ListTasks, LookupArgs(lookup))),
            Resolution.Ambiguous ambiguous => new Step.Say(ConversationReplies.Ambiguous(ambiguous.Candidates, ctx)),
            Resolution.NotFound notFound => new Step.Say(ConversationReplies.NotFound(notFound.Name, request.Kind, ctx)),
            Resolution.NoList => new Step.Say(ConversationReplies.NoList(ctx)),
            Resolution.OutOfRange range => new Step.Say(ConversationReplies.OutOfRange(range.Count, ctx)),
            _ => new Step.Say(ConversationReplies.AskWhich(ctx)),
        };
    }

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
            if (f.Remind) args["remind_at"] = WhenPhrase.Format(due);
        }

        if (f.Recurrence is { } rule) args["recurrence"] = rule.ToRRule();
        return args;
    }

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
        var args = new Dictionary<string, object?> { ["query"] = lookup.Query };
        if (lookup.Status is { } status) args["status"] = status;
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
        if (f.Recurrence is { } rule) args["recurrence"] = rule.ToRRule();
        if (f.Completed == false) args["completed"] = false;
        if (f.ClearDue) args["due_at"] = null;
        if (f.ClearReminder) args["remind_at"] = null;
        if (f.ClearDescription) args["description"] = null;
        if (f.ClearRecurrence) args["recurrence"] = null;
        if (!f.When.IsEmpty)
        {
            // "move it to friday" keeps the time the task already had
            TimeOnly? keep = !f.When.HasTime && task.DueAt is { } current ? TimeOnly.FromDateTime(ctx.ToLocal(current).DateTime) : null;
            if (f.When.Resolve(ctx, null, keep) is { } when)
            {
                args[f.Remind ? "remind_at" : "due_at"] = WhenPhrase.Format(when);
            }
        }

        return args;
    }
}
