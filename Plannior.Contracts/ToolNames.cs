namespace Plannior.Contracts;

/// <summary>The task tools' names, as the assistant reports them in <c>tool_calls</c> and stream events.</summary>
public static class ToolNames
{
    public const string AddTask = "add_task";
    public const string ListTasks = "list_tasks";
    public const string CompleteTask = "complete_task";
    public const string DeleteTask = "delete_task";
    public const string UpdateTask = "update_task";
    public const string UndoLastChange = "undo_last_change";

    /// <summary>True for the tools that change tasks, after which any view of the task list is stale.</summary>
    public static bool ChangesTasks(string name) => name is not ListTasks;
}
