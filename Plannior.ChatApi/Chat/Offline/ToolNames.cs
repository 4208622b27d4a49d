namespace Plannior.ChatApi.Chat.Offline;

internal static class ToolNames
{
    public const string AddTask = "add_task";
    public const string ListTasks = "list_tasks";
    public const string CompleteTask = "complete_task";
    public const string DeleteTask = "delete_task";
    public const string UpdateTask = "update_task";
}
