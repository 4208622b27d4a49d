using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Chat.Tools;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Chat.Mcp;

/// <summary>
/// The task tools over MCP (Streamable HTTP) at <c>/mcp</c>: the same functions the assistant calls, acting as
/// the user whose bearer token the MCP client sent.
/// </summary>
internal static class McpExtensions
{
    public static IServiceCollection AddTaskMcpServer(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        var functions = TaskToolFunctions.Create(ResolveActor, PresentResult);
        services.AddMcpServer(options =>
            {
                options.ServerInfo = new() { Name = "Plannior", Version = typeof(McpExtensions).Assembly.GetName().Version?.ToString(3) ?? "0.1.0" };
                options.ServerInstructions = "Manage the signed-in user's Plannior tasks. Ask the user before deleting several tasks; undo_last_change reverts a mistake.";
            })
            // Stateless: any ChatApi instance can serve any MCP request, as with chat.
            .WithHttpTransport(transport => transport.Stateless = true)
            .WithTools([.. functions.Zip(TaskToolFunctions.Definitions).Select(pair => McpServerTool.Create(pair.First, new McpServerToolCreateOptions
            {
                ReadOnly = pair.Second.Traits.ReadOnly,
                Destructive = pair.Second.Traits.Destructive,
                Idempotent = pair.Second.Traits.Idempotent,
                OpenWorld = false,
                UseStructuredContent = true,
                OutputSchema = pair.Second.OutputSchema,
            }))]);
        return services;
    }

    public static IEndpointConventionBuilder MapTaskMcpServer(this IEndpointRouteBuilder app) =>
        app.MapMcp("/mcp").RequireAuthorization().WithTags("MCP");

    // An MCP client learns that a call failed from isError; the JSON explaining why is the same the model sees.
    // A success also carries the result as structured content (an object: a list goes under "tasks").
    private static CallToolResult PresentResult(TaskToolDefinition tool, JsonElement result, bool isError) => new()
    {
        IsError = isError,
        Content = [new TextContentBlock { Text = result.GetRawText() }],
        StructuredContent = isError ? null
            : result.ValueKind == JsonValueKind.Array ? JsonSerializer.SerializeToElement(new { tasks = result }) : result,
    };

    private static (TaskTools Tools, Guid UserId) ResolveActor(AIFunctionArguments arguments)
    {
        var services = arguments.Services ?? throw new InvalidOperationException("MCP tool invoked without request services.");
        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext
            ?? throw new InvalidOperationException("MCP tool invoked outside an HTTP request.");
        http.RequestServices.GetRequiredService<ChangeContext>().ActAsMcp();
        return (http.RequestServices.GetRequiredService<TaskTools>(), http.User.GetUserId());
    }
}
