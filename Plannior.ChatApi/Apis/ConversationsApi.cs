using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plannior.ChatApi.Chat;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Apis;

public static class ConversationsApi
{
    private const int DefaultConversationPage = 20;
    private const int DefaultHistoryPage = 50;
    private const int MaxPage = 100;

    public static RouteGroupBuilder MapConversationsApi(this RouteGroupBuilder userScope)
    {
        var api = userScope.MapGroup("/conversations").WithTags("Conversations");
        api.MapGet("/", ListConversations);
        api.MapGet("/{conversation_id}/history", GetHistory);
        api.MapPatch("/{conversation_id}", RenameConversation);
        api.MapDelete("/{conversation_id}", DeleteConversation);
        return api;
    }

    public static async Task<Results<Ok<ConversationPage>, ValidationProblem>> ListConversations(
        [FromRoute(Name = "user_id")] Guid userId, int? limit, int? offset, ConversationStore store, CancellationToken cancellationToken)
    {
        if (PageErrors(limit, offset) is { } errors)
        {
            return errors;
        }
        return TypedResults.Ok(await store.ListAsync(userId, limit ?? DefaultConversationPage, offset ?? 0, cancellationToken));
    }

    public static async Task<Results<Ok<HistoryPage>, ValidationProblem, ProblemHttpResult>> GetHistory(
        [FromRoute(Name = "user_id")] Guid userId, [FromRoute(Name = "conversation_id")] Guid conversationId,
        int? offset, int? limit, ConversationStore store, CancellationToken cancellationToken)
    {
        if (PageErrors(limit, offset) is { } errors)
        {
            return errors;
        }
        var page = await store.HistoryAsync(userId, conversationId, offset ?? 0, limit ?? DefaultHistoryPage, cancellationToken);
        return page is null ? AssistantApi.ConversationNotFound() : TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ConversationSummary>, ValidationProblem, ProblemHttpResult>> RenameConversation(
        [FromRoute(Name = "user_id")] Guid userId, [FromRoute(Name = "conversation_id")] Guid conversationId,
        RenameConversationRequest request, ConversationStore store, CancellationToken cancellationToken)
    {
        var title = request.Title?.Trim() ?? "";
        if (title.Length is 0 or > ConversationLimits.TitleMaxLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["title"] = [$"Title must be 1-{ConversationLimits.TitleMaxLength} characters."],
            }, title: "The conversation title is invalid.");
        }
        var renamed = await store.RenameAsync(userId, conversationId, title, cancellationToken);
        return renamed is null ? AssistantApi.ConversationNotFound() : TypedResults.Ok(renamed);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteConversation(
        [FromRoute(Name = "user_id")] Guid userId, [FromRoute(Name = "conversation_id")] Guid conversationId,
        ConversationStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(userId, conversationId, cancellationToken)
            ? TypedResults.NoContent()
            : AssistantApi.ConversationNotFound();

    private static ValidationProblem? PageErrors(int? limit, int? offset)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxPage) errors["limit"] = [$"Limit must be between 1 and {MaxPage}."];
        if (offset is < 0) errors["offset"] = ["Offset cannot be negative."];
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors, title: "The paging parameters are invalid.");
    }
}
