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
/// exactly. Argument and result schemas are generated from typed records; limits come from <see cref="TaskLimits"/>.
/// </summary>
public static class TaskToolFunctions
{
    /// <summary>Finds the tools and the acting user for one invocation.</summary>
    public delegate (TaskTools Tools, Guid UserId) ActorResolver(AIFunctionArguments arguments);

    /// <summary>Shapes a tool's JSON result for its caller; <paramref name="isError"/> when the tool refused or failed.</summary>
    public delegate object ResultPresenter(TaskToolDefinition tool, JsonElement result, bool isError);

    // The limits of API.md on the properties that carry them, so a model sees them before a call is refused.
    // (Declared before Definitions: static fields initialize in order.)
    private static readonly Dictionary<string, (string Keyword, int Value)[]> Limits = new()
    {
        ["title"] = [("minLength", 1), ("maxLength", TaskLimits.TitleMaxLength)],
        ["description"] = [("maxLength", TaskLimits.DescriptionMaxLength)],
        ["recurrence"] = [("maxLength", TaskLimits.RecurrenceMaxLength)],
        ["tags"] = [("maxItems", TaskLimits.MaxTags)],
        ["task_ids"] = [("minItems", 1), ("maxItems", TaskTools.MaxBatch)],
    };

    public static readonly IReadOnlyList<TaskToolDefinition> Definitions =
    [
        Define(TaskTools.AddTask, "Create a task for the user.", typeof(AddTaskArguments),
            new(ReadOnly: false, Destructive: false, Idempotent: false), typeof(TaskChangeResult)),
        Define(TaskTools.ListTasks, "List the user's tasks, optionally filtered. Returns id, title, completed, priority, due_at, tags.",
            typeof(ListTasksArguments), new(ReadOnly: true, Destructive: false, Idempotent: true), typeof(TaskListResult)),
        Define(TaskTools.CompleteTask, "Mark a task, or several with task_ids, as completed. A recurring task then gets its next occurrence.",
            typeof(TaskTargetArguments), new(ReadOnly: false, Destructive: false, Idempotent: true), typeof(CompleteTaskResult), typeof(BatchResult)),
        Define(TaskTools.DeleteTask, "Delete a task, or several with task_ids. Ask the user first when more than one task is meant.",
            typeof(TaskTargetArguments), new(ReadOnly: false, Destructive: true, Idempotent: false), typeof(DeleteTaskResult), typeof(BatchResult)),
        Define(TaskTools.UpdateTask, "Change fields of a task; send only what changes, null clears a field. add_tags/remove_tags change the tags without restating them.",
            typeof(UpdateTaskArguments), new(ReadOnly: false, Destructive: false, Idempotent: true), typeof(TaskChangeResult)),
        Define(TaskTools.UndoLastChange, "Undo the latest change made to a task in this conversation (an add, change, completion or delete).",
            typeof(UndoLastChangeArguments), new(ReadOnly: false, Destructive: true, Idempotent: false), typeof(UndoResult)),
    ];

    public static IReadOnlyList<AIFunction> Create(ActorResolver resolveActor, ResultPresenter? present = null) =>
        [.. Definitions.Select(definition => new TaskToolFunction(definition, resolveActor, present ?? ((_, result, _) => result)))];

    private static TaskToolDefinition Define(
        string name, string description, Type arguments, ToolTraits traits, params Type[] resultTypes)
    {
        var schemas = resultTypes.Select(Schema).ToList();
        var output = schemas.Count == 1
            ? schemas[0]
            : JsonSerializer.SerializeToElement(new JsonObject
            {
                ["type"] = "object",
                ["anyOf"] = new JsonArray([.. schemas.Select(schema => JsonNode.Parse(schema.GetRawText()))]),
            });
        return new(name, description, InputSchema(arguments), traits, output);
    }

    private static JsonElement Schema(Type type)
    {
        var schema = JsonNode.Parse(AIJsonUtilities.CreateJsonSchema(type, serializerOptions: WireJson.Options).GetRawText());
        DescribeEnums(schema, type);
        return JsonSerializer.SerializeToElement(schema);
    }

    // The generated schema already requires the record's parameters without a default; add the limits.
    private static JsonElement InputSchema(Type arguments)
    {
        var schema = JsonNode.Parse(Schema(arguments).GetRawText())!.AsObject();
        var properties = schema["properties"]!.AsObject();
        foreach (var (property, limits) in Limits)
        {
            if (properties[property] is JsonObject node)
            {
                foreach (var (keyword, value) in limits)
                {
                    node[keyword] = value;
                }
            }
        }
        if (properties["tags"] is JsonObject { } tags && tags["items"] is JsonObject items)
        {
            items["maxLength"] = TaskLimits.TagMaxLength;
        }
        return JsonSerializer.SerializeToElement(schema);
    }

    // The wire writes enums by name through a converter the schema generator cannot see into, so it leaves them
    // open ("true"); say what the wire accepts, wherever an enum sits in the record, its lists or nested records.
    private static void DescribeEnums(JsonNode? schema, Type type)
    {
        if (schema is not JsonObject { } node)
        {
            return;
        }
        if (node["items"] is JsonNode items && ElementType(type) is { } element)
        {
            DescribeEnums(items, element);
        }
        if (node["properties"] is not JsonObject properties)
        {
            return;
        }
        foreach (var property in type.GetProperties())
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsEnum)
            {
                properties[name] = new JsonObject
                {
                    ["type"] = "string",
                    ["enum"] = new JsonArray([.. Enum.GetNames(propertyType).Select(n => JsonValue.Create(JsonNamingPolicy.SnakeCaseLower.ConvertName(n)))]),
                };
            }
            else if (properties[name] is JsonNode child)
            {
                DescribeEnums(child, propertyType);
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

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
