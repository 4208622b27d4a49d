using Plannior.ChatApi.Chat;
using Plannior.ChatApi.Chat.Mcp;
using Plannior.ChatApi.Chat.Providers;
using Plannior.ChatApi.Chat.Tools;

namespace Plannior.ChatApi.Extensions;

internal static class AssistantServiceExtensions
{
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        builder.AddAssistantChatClient();
        builder.Services.AddScoped<TaskTools>();
        builder.Services.AddScoped<ConversationStore>();
        builder.Services.AddScoped<ConversationHistory>();
        builder.Services.AddScoped<ChatService>();
        builder.Services.AddTaskMcpServer();
        return builder;
    }
}
