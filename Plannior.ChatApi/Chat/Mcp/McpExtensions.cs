using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Chat.Tools;

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
                options.ServerInstructions = "Manage the signed-in user's Plannior tasks.";
            })
            // Stateless: any ChatApi instance can serve any MCP request, as with chat.
            .WithHttpTransport(transport => transport.Stateless = true)
            .WithTools([.. functions.Select(function => McpServerTool.Create(function))]);
        return services;
    }

    public static IEndpointConventionBuilder MapTaskMcpServer(this IEndpointRouteBuilder app) =>
        app.MapMcp("/mcp").RequireAuthorization().WithTags("MCP");

    // An MCP client learns that a call failed from isError; the JSON explaining why is the same the model sees.
    private static object PresentResult(JsonElement result, bool isError) => isError
        ? new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = result.GetRawText() }] }
        : result;

    private static (TaskTools Tools, Guid UserId) ResolveActor(AIFunctionArguments arguments)
    {
        var services = arguments.Services ?? throw new InvalidOperationException("MCP tool invoked without request services.");
        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext
            ?? throw new InvalidOperationException("MCP tool invoked outside an HTTP request.");
        return (http.RequestServices.GetRequiredService<TaskTools>(), http.User.GetUserId());
    }
}
