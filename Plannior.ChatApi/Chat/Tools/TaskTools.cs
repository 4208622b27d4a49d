using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;
using Limits = Plannior.Contracts.Limits;
using ToolNames = Plannior.Contracts.ToolNames;

namespace Plannior.ChatApi.Chat.Tools;

/// <summary>
/// The task tools of API.md over <see cref="TaskService"/>: one implementation for the chat assistant and the MCP
/// server. The acting user is always the authenticated one.
/// </summary>
public sealed class TaskTools(TaskService tasks, TaskUndo undo, ChangeContext changeContext)
{
    // The names and the batch limit are the contract's, shared with the Web.
    public const string AddTask = ToolNames.AddTask;
    public const string ListTasks = ToolNames.ListTasks;
    public const string CompleteTask = ToolNames.CompleteTask;
    public const string DeleteTask = ToolNames.DeleteTask;
    public const string UpdateTask = ToolNames.UpdateTask;
    public const string UndoLastChange = ToolNames.UndoLastChange;

    /// <summary>The most tasks one complete_task or delete_task call takes through <c>task_ids</c>.</summary>
    public const int MaxBatch = Limits.BatchTaskIds;

    private const int ListLimit = 50;

    // a name said by meaning has few content words; more is a paste, not a name
    private const int MaxTitleWords = 12;

    public async Task<object> InvokeAsync(string tool, Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        try
        {
            if (arguments.String("user_id") is { Length: > 0 } claimed
                && !(Guid.TryParse(claimed, out var claimedId) && claimedId == userId))
            {
                return new ToolError("Refused: these tools act only for the signed-in user.");
            }

            return tool switch
            {
                AddTask => await AddAsync(userId, arguments, cancellationToken),
                ListTasks => await ListAsync(userId, arguments, cancellationToken),
                CompleteTask => await CompleteAsync(userId, arguments, cancellationToken),
                DeleteTask => await DeleteAsync(userId, arguments, cancellationToken),
                UpdateTask => await UpdateAsync(userId, arguments, cancellationToken),
                UndoLastChange => await UndoAsync(userId, cancellationToken),
                _ => new ToolError($"Unknown tool '{tool}'."),
            };
        }
        catch (ToolArgumentException ex)
        {
            return new ToolError(ex.Message);
        }
    }

    // Tool arguments become the REST API's own request types and pass the same TaskRules, so a tool can never do
    // what REST would refuse, nor change a field its caller did not name.
    private async Task<object> AddAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var clock = await tasks.ClockForAsync(userId, cancellationToken);
        var request = new CreateTaskRequest(
            Title: arguments.String("title"),
            Description: arguments.String("description"),
            Priority: arguments.Enum<TaskPriority>("priority"),
            Tags: arguments.StringList("tags"),
            DueAt: ToolDates.Parse("due_at", arguments.String("due_at"), clock),
            RemindAt: ToolDates.Parse("remind_at", arguments.String("remind_at"), clock),
            Recurrence: arguments.String("recurrence"));
        var errors = new ValidationErrors();
        if (TaskRules.Draft(errors, request) is not { } draft)
        {
            return new ToolError($"The task was not created: {errors}");
        }

        var task = await tasks.CreateAsync(userId, draft, cancellationToken);
        return TaskChangeResult.From(task, "created");
    }

    private async Task<object> ListAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var titleWords = arguments.StringList("title_words")?.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct().ToList();
        if (titleWords is { Count: > MaxTitleWords } || titleWords?.Any(w => w.Length > Limits.TagLength) == true)
        {
            throw new ToolArgumentException("title_words", $"must list at most {MaxTitleWords} words of at most {Limits.TagLength} characters");
        }
        var filter = new TaskFilter(
            Status: arguments.Enum<TaskStatusFilter>("status") ?? TaskStatusFilter.All,
            Priority: arguments.Enum<TaskPriority>("priority"),
            Tag: arguments.String("tag"),
            Query: arguments.String("query"),
            Due: arguments.Enum<DueWindow>("due"),
            Sort: TaskSort.Due,
            Descending: false,
            Limit: ListLimit,
            // a person asking for "the work ones" may mean a tag as much as a word in the title
            QueryMatchesTags: true,
            TitleWords: titleWords);
        var page = await tasks.ListAsync(userId, filter, cancellationToken);
        return page.Items.Select(ToolTask.From).ToList();
    }

    private Task<object> CompleteAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken) =>
        EachAsync(arguments, "completed", async id => await tasks.CompleteAsync(userId, id, cancellationToken) is { } result
            ? new CompleteTaskResult(result.Task.Id, "completed", result.Task.Title, result.NextTask?.Id, result.NextTask?.DueAt)
            : NotFound(id));

    private Task<object> DeleteAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken) =>
        EachAsync(arguments, "deleted", async id => await tasks.DeleteAsync(userId, id, cancellationToken) is { } deleted
            ? new DeleteTaskResult(deleted.Id, "deleted", deleted.Title)
            : NotFound(id));

    // task_id acts on one task; task_ids on each of several, each reporting its own outcome, so one missing task
    // neither hides nor stops the others.
    private static async Task<object> EachAsync(ToolArguments arguments, string status, Func<int, Task<object>> act)
    {
        if (!arguments.Has("task_ids"))
        {
            return await act(TaskId(arguments));
        }
        if (arguments.Has("task_id"))
        {
            throw new ToolArgumentException("task_ids", "cannot be sent together with task_id");
        }
        var ids = arguments.IntList("task_ids") ?? [];
        if (ids.Count is 0 or > MaxBatch)
        {
            throw new ToolArgumentException("task_ids", $"must list 1 to {MaxBatch} task ids");
        }

        var results = new List<object>();
        foreach (var id in ids.Distinct())
        {
            results.Add(await act(id));
        }
        var failed = results.Count(result => result is ToolError);
        return new BatchResult(failed == 0 ? status : failed == results.Count ? "failed" : "partial", results.Count - failed, failed, results);
    }

    private async Task<object> UndoAsync(Guid userId, CancellationToken cancellationToken) =>
        await undo.UndoLatestAsync(userId, changeContext.Source, changeContext.ConversationId, cancellationToken) switch
        {
            UndoOutcome.Undone undone => UndoResult.From(undone.Change, undone.Task),
            UndoOutcome.Refused refused => new ToolError($"Nothing was undone: {refused.Reason}"),
            _ => new ToolError("There is nothing to undo yet: no task has been changed here."),
        };

    private async Task<object> UpdateAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var id = TaskId(arguments);
        var clock = await tasks.ClockForAsync(userId, cancellationToken);
        var tags = arguments.IfNamed("tags", arguments.StringList);
        var tagEdits = arguments.Has("add_tags") || arguments.Has("remove_tags");
        if (tags.IsSet && tagEdits)
        {
            return new ToolError($"Task {id} was not updated: send either 'tags' (the whole list) or 'add_tags'/'remove_tags', not both.", id);
        }
        if (tagEdits)
        {
            if (await tasks.GetAsync(userId, id, cancellationToken) is not { } current)
            {
                return NotFound(id);
            }
            var removed = (arguments.StringList("remove_tags") ?? []).Select(TaskRules.NormalizeTag).ToHashSet();
            tags = Optional.Of<List<string>?>(
                [.. current.Tags.Concat(arguments.StringList("add_tags") ?? []).Where(tag => !removed.Contains(TaskRules.NormalizeTag(tag)))]);
        }
        var request = new UpdateTaskRequest(
            Title: arguments.IfNamed("title", arguments.String),
            Description: arguments.IfNamed("description", arguments.String),
            Priority: arguments.IfNamed("priority", arguments.Enum<TaskPriority>),
            Tags: tags,
            DueAt: arguments.IfNamed("due_at", name => ToolDates.Parse(name, arguments.String(name), clock)),
            RemindAt: arguments.IfNamed("remind_at", name => ToolDates.Parse(name, arguments.String(name), clock)),
            Recurrence: arguments.IfNamed("recurrence", arguments.String),
            Completed: arguments.IfNamed("completed", arguments.Bool));
        var errors = new ValidationErrors();
        if (TaskRules.Changes(errors, request) is not { } changes)
        {
            return new ToolError($"Task {id} was not updated: {errors}", id);
        }

        var task = await tasks.UpdateAsync(userId, id, changes, cancellationToken);
        return task is null ? NotFound(id) : TaskChangeResult.From(task, "updated");
    }

    private static int TaskId(ToolArguments arguments) =>
        arguments.Int("task_id") ?? throw new ToolArgumentException("task_id", "is required");

    private static ToolError NotFound(int id) =>
        new($"There is no task {id}. List the tasks to find the right one.", id);
}
