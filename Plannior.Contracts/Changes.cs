namespace Plannior.Contracts;

/// <summary>Written by name on the wire; the numbers are what PostgreSQL stores.</summary>
public enum ChangeAction { Created = 1, Updated = 2, Completed = 3, Reopened = 4, Deleted = 5 }

/// <summary>Where a change came from: the REST API, the chat assistant or an MCP client.</summary>
public enum ChangeSource { Api = 1, Chat = 2, Mcp = 3 }

/// <summary>One item of <c>GET /api/{user_id}/changes</c>: a change to one task with the task before and after.</summary>
public sealed record TaskChange(
    long Id, int TaskId, ChangeAction Action, TaskItem? Before, TaskItem? After, ChangeSource Source,
    Guid? ConversationId, DateTimeOffset CreatedAt, DateTimeOffset? UndoneAt);

/// <summary><c>POST /api/{user_id}/changes/{id}/undo</c>: the change, now undone, and the task as it is after (null when the undo removed it).</summary>
public sealed record UndoneChange(TaskChange Change, TaskItem? Task);
