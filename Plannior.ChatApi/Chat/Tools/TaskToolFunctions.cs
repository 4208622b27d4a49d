using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Chat.Tools;

/// <summary>How a tool treats the user's tasks, for MCP's annotations (and clients that ask before destructive calls).</summary>
public sealed record ToolTraits(bool ReadOnly, bool Destructive, bool Idempotent);

/// <summary>One task tool: its name, what it does, its arguments' schema, its traits and the shapes of its results.</summary>
public sealed record TaskToolDefinition(string Name, string Description, JsonElement InputSchema, ToolTraits Traits, JsonElement OutputSchema);

/// <summary>
/// The task tools as <see cref="AIFunction"/>s, so the model and MCP clients see API.md's snake_case arguments
/// exactly. Limits come from <see cref="TaskLimits"/>; result schemas are generated from the result records.
/// </summary>
public static class TaskToolFunctions
{
    /// <summary>Finds the tools and the acting user for one invocation.</summary>
    public delegate (TaskTools Tools, Guid UserId) ActorResolver(AIFunctionArguments arguments);

    /// <summary>Shapes a tool's JSON result for its caller; <paramref name="isError"/> when the tool refused or failed.</summary>
    public delegate object ResultPresenter(TaskToolDefinition tool, JsonElement result, bool isError);

    private static readonly string TaskFields = $$"""
        "title": {"type": "string", "minLength": 1, "maxLength": {{TaskLimits.TitleMaxLength}}, "description": "Short title"},
        "description": {"type": ["string", "null"], "maxLength": {{TaskLimits.DescriptionMaxLength}}, "description": "Optional details"},
        "priority": {"type": "string", "enum": [{{Names<TaskPriority>()}}]},
        "tags": {"type": "array", "maxItems": {{TaskLimits.MaxTags}}, "items": {"type": "string", "maxLength": {{TaskLimits.TagMaxLength}}}, "description": "Tags, without '#'"},
        "due_at": {"type": ["string", "null"], "description": "ISO 8601 date-time; without an offset it is the user's local time"},
        "remind_at": {"type": ["string", "null"], "description": "ISO 8601 date-time for a reminder"},
        "recurrence": {"type": ["string", "null"], "maxLength": {{TaskLimits.RecurrenceMaxLength}}, "description": "RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1"}
        """;

    private const string UserIdField = """
        "user_id": {"type": "string", "description": "Optional; when sent it must be the signed-in user's id"}
        """;

    private static readonly string TaskTargets = $$"""
        "task_id": {"type": "integer"},
        "task_ids": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": {{TaskTools.MaxBatch}}, "description": "Several tasks at once, instead of task_id; each reports its own outcome"}
        """;

    public static readonly IReadOnlyList<TaskToolDefinition> Definitions =
    [
        Define(TaskTools.AddTask, "Create a task for the user.",
            $$"""{"type": "object", "properties": { {{TaskFields}}, {{UserIdField}} }, "required": ["title"]}""",
            new(ReadOnly: false, Destructive: false, Idempotent: false), typeof(TaskChangeResult)),
        Define(TaskTools.ListTasks, "List the user's tasks, optionally filtered. Returns id, title, completed, priority, due_at, tags.",
            $$"""
            {"type": "object", "properties": {
              "status": {"type": "string", "enum": ["all", "pending", "completed"]},
              "priority": {"type": "string", "enum": [{{Names<TaskPriority>()}}]},
              "tag": {"type": "string"},
              "query": {"type": "string", "description": "Text to find in the title or description, or a tag"},
              "due": {"type": "string", "enum": ["overdue", "today", "week", "none"]},
              {{UserIdField}} } }
            """,
            new(ReadOnly: true, Destructive: false, Idempotent: true), typeof(TaskListResult)),
        Define(TaskTools.CompleteTask, "Mark a task, or several with task_ids, as completed. A recurring task then gets its next occurrence.",
            $$"""{"type": "object", "properties": { {{TaskTargets}}, {{UserIdField}} } }""",
            new(ReadOnly: false, Destructive: false, Idempotent: true), typeof(CompleteTaskResult), typeof(BatchResult)),
        Define(TaskTools.DeleteTask, "Delete a task, or several with task_ids. Ask the user first when more than one task is meant.",
            $$"""{"type": "object", "properties": { {{TaskTargets}}, {{UserIdField}} } }""",
            new(ReadOnly: false, Destructive: true, Idempotent: false), typeof(DeleteTaskResult), typeof(BatchResult)),
        Define(TaskTools.UpdateTask, "Change fields of a task; send only what changes, null clears a field. add_tags/remove_tags change the tags without restating them.",
            $$"""
            {"type": "object", "properties": { "task_id": {"type": "integer"}, {{TaskFields}},
              "completed": {"type": "boolean"},
              "add_tags": {"type": "array", "items": {"type": "string"}, "description": "Tags to add to those the task has"},
              "remove_tags": {"type": "array", "items": {"type": "string"}, "description": "Tags to take off the task"},
              {{UserIdField}} }, "required": ["task_id"]}
            """,
            new(ReadOnly: false, Destructive: false, Idempotent: true), typeof(TaskChangeResult)),
        Define(TaskTools.UndoLastChange, "Undo the latest change made to a task in this conversation (an add, change, completion or delete).",
            $$"""{"type": "object", "properties": { {{UserIdField}} } }""",
            new(ReadOnly: false, Destructive: true, Idempotent: false), typeof(UndoResult)),
    ];

    public static IReadOnlyList<AIFunction> Create(ActorResolver resolveActor, ResultPresenter? present = null) =>
        [.. Definitions.Select(definition => new TaskToolFunction(definition, resolveActor, present ?? ((_, result, _) => result)))];

    private static TaskToolDefinition Define(
        string name, string description, string inputSchema, ToolTraits traits, params Type[] resultTypes)
    {
        var schemas = resultTypes.Select(type => AIJsonUtilities.CreateJsonSchema(type, serializerOptions: WireJson.Options,
            inferenceOptions: new AIJsonSchemaCreateOptions { TransformSchemaNode = DescribeEnums })).ToList();
        var output = schemas.Count == 1
            ? schemas[0]
            : JsonSerializer.SerializeToElement(new JsonObject
            {
                ["type"] = "object",
                ["anyOf"] = new JsonArray([.. schemas.Select(schema => JsonNode.Parse(schema.GetRawText()))]),
            });
        return new(name, description, JsonDocument.Parse(inputSchema).RootElement.Clone(), traits, output);
    }

    // The wire writes enums by name through a converter the schema generator cannot see into; say what it writes.
    private static JsonNode DescribeEnums(AIJsonSchemaCreateContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (!type.IsEnum || schema is not JsonObject node)
        {
            return schema;
        }
        node["type"] = "string";
        node["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => JsonValue.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(n)))]);
        return node;
    }

    private static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(name => $"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(name)}\""));

    private sealed class TaskToolFunction(TaskToolDefinition definition, ActorResolver resolveActor, ResultPresenter present) : AIFunction
    {
        public override string Name => definition.Name;

        public override string Description => definition.Description;

        public override JsonElement JsonSchema => definition.InputSchema;

        public override JsonElement? ReturnJsonSchema => definition.OutputSchema;

        public override JsonSerializerOptions JsonSerializerOptions => WireJson.Options;

        protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            var (tools, userId) = resolveActor(arguments);
            var result = await tools.InvokeAsync(definition.Name, userId, new ToolArguments(arguments), cancellationToken);
            return present(definition, JsonSerializer.SerializeToElement(result, result.GetType(), WireJson.Options), result is ToolError);
        }
    }
}
