using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Plannior.ChatApi.Chat.Tools;

/// <summary>
/// The task tools as <see cref="AIFunction"/>s with hand-written schemas, so the model and MCP clients see
/// API.md's snake_case arguments exactly.
/// </summary>
public static class TaskToolFunctions
{
    /// <summary>Finds the tools and the acting user for one invocation.</summary>
    public delegate (TaskTools Tools, Guid UserId) ActorResolver(AIFunctionArguments arguments);

    /// <summary>Shapes a tool's JSON result for its caller; <paramref name="isError"/> when the tool refused or failed.</summary>
    public delegate object ResultPresenter(JsonElement result, bool isError);

    private const string TaskFields = """
        "title": {"type": "string", "description": "Short title, 1-200 characters"},
        "description": {"type": ["string", "null"], "description": "Optional details, up to 2000 characters"},
        "priority": {"type": "string", "enum": ["low", "medium", "high"]},
        "tags": {"type": "array", "items": {"type": "string"}, "description": "Up to 10 tags, without '#'"},
        "due_at": {"type": ["string", "null"], "description": "ISO 8601 date-time; without an offset it is the user's local time"},
        "remind_at": {"type": ["string", "null"], "description": "ISO 8601 date-time for a reminder"},
        "recurrence": {"type": ["string", "null"], "description": "RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1"}
        """;

    private const string UserIdField = """
        "user_id": {"type": "string", "description": "Optional; when sent it must be the signed-in user's id"}
        """;

    private static readonly (string Name, string Description, string Schema)[] Definitions =
    [
        (TaskTools.AddTask, "Create a task for the user.",
            $$"""{"type": "object", "properties": { {{TaskFields}}, {{UserIdField}} }, "required": ["title"]}"""),
        (TaskTools.ListTasks, "List the user's tasks, optionally filtered. Returns id, title, completed, priority, due_at, tags.",
            $$"""
            {"type": "object", "properties": {
              "status": {"type": "string", "enum": ["all", "pending", "completed"]},
              "priority": {"type": "string", "enum": ["low", "medium", "high"]},
              "tag": {"type": "string"},
              "query": {"type": "string", "description": "Text to find in the title or description"},
              "due": {"type": "string", "enum": ["overdue", "today", "week", "none"]},
              {{UserIdField}} } }
            """),
        (TaskTools.CompleteTask, "Mark a task as completed. A recurring task then gets its next occurrence.",
            $$"""{"type": "object", "properties": { "task_id": {"type": "integer"}, {{UserIdField}} }, "required": ["task_id"]}"""),
        (TaskTools.DeleteTask, "Delete a task permanently.",
            $$"""{"type": "object", "properties": { "task_id": {"type": "integer"}, {{UserIdField}} }, "required": ["task_id"]}"""),
        (TaskTools.UpdateTask, "Change fields of a task; send only what changes, null clears a field. add_tags/remove_tags change the tags without restating them.",
            $$"""
            {"type": "object", "properties": { "task_id": {"type": "integer"}, {{TaskFields}},
              "completed": {"type": "boolean"},
              "add_tags": {"type": "array", "items": {"type": "string"}, "description": "Tags to add to those the task has"},
              "remove_tags": {"type": "array", "items": {"type": "string"}, "description": "Tags to take off the task"},
              {{UserIdField}} }, "required": ["task_id"]}
            """),
    ];

    public static IReadOnlyList<AIFunction> Create(ActorResolver resolveActor, ResultPresenter? present = null) =>
        [.. Definitions.Select(definition => new TaskToolFunction(
            definition.Name, definition.Description, JsonDocument.Parse(definition.Schema).RootElement.Clone(), resolveActor,
            present ?? ((result, _) => result)))];

    private sealed class TaskToolFunction(
        string name, string description, JsonElement schema, ActorResolver resolveActor, ResultPresenter present) : AIFunction
    {
        public override string Name => name;

        public override string Description => description;

        public override JsonElement JsonSchema => schema;

        public override JsonSerializerOptions JsonSerializerOptions => ToolJson.Options;

        protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            var (tools, userId) = resolveActor(arguments);
            var result = await tools.InvokeAsync(name, userId, new ToolArguments(arguments), cancellationToken);
            return present(JsonSerializer.SerializeToElement(result, result.GetType(), ToolJson.Options), result is ToolError);
        }
    }
}

/// <summary>The JSON of tool results: the same snake_case wire format as the REST API.</summary>
public static class ToolJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Extensions.ApplicationServiceExtensions.ConfigureJson(options);
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
