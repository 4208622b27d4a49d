using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Chat.Tools;

/// <summary>
/// The five task tools of API.md over <see cref="TaskService"/>: one implementation for the chat assistant and
/// the MCP server. The acting user is always the authenticated one.
/// </summary>
public sealed class TaskTools(TaskService tasks)
{
    public const string AddTask = "add_task";
    public const string ListTasks = "list_tasks";
    public const string CompleteTask = "complete_task";
    public const string DeleteTask = "delete_task";
    public const string UpdateTask = "update_task";

    private const int ListLimit = 50;

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
                _ => new ToolError($"Unknown tool '{tool}'."),
            };
        }
        catch (ToolArgumentException ex)
        {
            return new ToolError(ex.Message);
        }
    }

    private async Task<object> AddAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var clock = await tasks.ClockForAsync(userId, cancellationToken);
        var errors = new ValidationErrors();
        var title = TaskRules.Title(errors, arguments.String("title"));
        var description = TaskRules.Description(errors, arguments.String("description"));
        var priority = Priority(arguments.String("priority")) ?? TaskPriority.Medium;
        var tags = TaskRules.Tags(errors, arguments.StringList("tags"));
        var recurrence = TaskRules.Recurrence(errors, arguments.String("recurrence"));
        var dueAt = ToolDates.Parse("due_at", arguments.String("due_at"), clock);
        var remindAt = ToolDates.Parse("remind_at", arguments.String("remind_at"), clock);
        if (!errors.IsEmpty)
        {
            return new ToolError($"The task was not created: {errors}");
        }

        var task = await tasks.CreateAsync(userId, new TaskDraft(title!, description, priority, tags, dueAt, remindAt, recurrence), cancellationToken);
        return TaskChangeResult.From(task, "created");
    }

    private async Task<object> ListAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var filter = new TaskFilter(
            Status: Enum<TaskStatusFilter>("status", arguments.String("status")) ?? TaskStatusFilter.All,
            Priority: Priority(arguments.String("priority")),
            Tag: arguments.String("tag"),
            Query: arguments.String("query"),
            Due: Enum<DueWindow>("due", arguments.String("due")),
            Sort: TaskSort.Due,
            Descending: false,
            Limit: ListLimit);
        var page = await tasks.ListAsync(userId, filter, cancellationToken);
        return page.Items.Select(ToolTask.From).ToList();
    }

    private async Task<object> CompleteAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var id = TaskId(arguments);
        var result = await tasks.CompleteAsync(userId, id, cancellationToken);
        return result is null
            ? NotFound(id)
            : new CompleteTaskResult(result.Task.Id, "completed", result.Task.Title, result.NextTask?.Id, result.NextTask?.DueAt);
    }

    private async Task<object> DeleteAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var id = TaskId(arguments);
        var deleted = await tasks.DeleteAsync(userId, id, cancellationToken);
        return deleted is null ? NotFound(id) : new DeleteTaskResult(deleted.Id, "deleted", deleted.Title);
    }

    private async Task<object> UpdateAsync(Guid userId, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var id = TaskId(arguments);
        var clock = await tasks.ClockForAsync(userId, cancellationToken);
        var errors = new ValidationErrors();

        Optional<string> title = default;
        if (arguments.Has("title") && TaskRules.Title(errors, arguments.String("title")) is { } newTitle) title = newTitle;
        Optional<string?> description = arguments.Has("description") ? new(TaskRules.Description(errors, arguments.String("description"))) : default;
        Optional<TaskPriority> priority = arguments.String("priority") is { } p ? Priority(p)!.Value : default;
        Optional<List<string>> tags = arguments.Has("tags") ? new(TaskRules.Tags(errors, arguments.StringList("tags"))) : default;
        Optional<DateTime?> dueAt = arguments.Has("due_at") ? new(ToolDates.Parse("due_at", arguments.String("due_at"), clock)) : default;
        Optional<DateTime?> remindAt = arguments.Has("remind_at") ? new(ToolDates.Parse("remind_at", arguments.String("remind_at"), clock)) : default;
        Optional<string?> recurrence = arguments.Has("recurrence") ? new(TaskRules.Recurrence(errors, arguments.String("recurrence"))) : default;
        Optional<bool> completed = arguments.Bool("completed") is { } done ? done : default;
        if (!errors.IsEmpty)
        {
            return new ToolError($"Task {id} was not updated: {errors}", id);
        }

        var changes = new TaskChanges(title, description, priority, tags, dueAt, remindAt, recurrence, completed);
        var task = await tasks.UpdateAsync(userId, id, changes, cancellationToken);
        return task is null ? NotFound(id) : TaskChangeResult.From(task, "updated");
    }

    private static int TaskId(ToolArguments arguments) =>
        arguments.Int("task_id") ?? throw new ToolArgumentException("task_id", "is required");

    private static ToolError NotFound(int id) =>
        new($"There is no task {id}. List the tasks to find the right one.", id);

    private static TaskPriority? Priority(string? value) => Enum<TaskPriority>("priority", value);

    private static T? Enum<T>(string argument, string? value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (EnumNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }
        var allowed = EnumNames.Allowed<T>();
        throw new ToolArgumentException(argument, $"must be one of: {allowed}");
    }
}
