using System.Net;
using System.Text.Json.Nodes;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>The chat and conversation calls of API.md, asserting success where a test needs only the answer.</summary>
public static class ChatClientExtensions
{
    public static string ChatPath(this ApiClient api) => $"/api/{api.UserId}/chat";

    public static string ConversationsPath(this ApiClient api) => $"/api/{api.UserId}/conversations";

    public static string ConversationPath(this ApiClient api, string conversationId) => $"{api.ConversationsPath()}/{conversationId}";

    public static string HistoryPath(this ApiClient api, string conversationId) => $"{api.ConversationPath(conversationId)}/history";

    public static object ChatBody(
        string message, string? conversationId = null, string? languageHint = null, string? clientMessageId = null) =>
        new { conversation_id = conversationId, message, language_hint = languageHint, client_message_id = clientMessageId };

    public static Task<ApiResponse> SendChatAsync(
        this ApiClient api, string message, string? conversationId = null, string? languageHint = null, string? clientMessageId = null) =>
        api.PostAsync(api.ChatPath(), ChatBody(message, conversationId, languageHint, clientMessageId));

    /// <summary>POST /chat, asserting 200; the reply is <c>{conversation_id, message_id, response, tool_calls, language}</c>.</summary>
    public static async Task<JsonNode> ChatAsync(
        this ApiClient api, string message, string? conversationId = null, string? languageHint = null, string? clientMessageId = null)
    {
        var response = await api.SendChatAsync(message, conversationId, languageHint, clientMessageId);
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    public static async Task<JsonNode> HistoryAsync(this ApiClient api, string conversationId, string query = "")
    {
        var response = await api.GetAsync($"{api.HistoryPath(conversationId)}?{query}");
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    public static async Task<JsonNode> ConversationsAsync(this ApiClient api, string query = "")
    {
        var response = await api.GetAsync($"{api.ConversationsPath()}?{query}");
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    /// <summary>The stored messages of a conversation as (role, content) pairs, oldest first.</summary>
    public static async Task<IReadOnlyList<(string Role, string Content)>> TranscriptAsync(this ApiClient api, string conversationId)
    {
        var history = await api.HistoryAsync(conversationId, "limit=100");
        return [.. history["messages"]!.AsArray().Select(m => (m!.Str("role"), m!.Str("content")))];
    }

    public static JsonArray ToolCalls(this JsonNode reply) => reply["tool_calls"]!.AsArray();
}
