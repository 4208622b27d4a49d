using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plannior.ChatApi.Chat;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Apis;

public static class ConversationsApi
{
    private const int DefaultConversationPage = 20;
    private const int DefaultHistoryPage = 50;

    public static RouteGroupBuilder MapConversationsApi(this RouteGroupBuilder userScope)
    {
        var api = userScope.MapGroup("/conversations").WithTags("Conversations");
        api.MapGet("/", ListConversations)
            .WithSummary("The user's conversations, most recently active first; `q` keeps those whose title contains it (case-insensitive).");
        api.MapGet("/{conversation_id}/history", GetHistory);
        api.MapPatch("/{conversation_id}", RenameConversation);
        api.MapDelete("/{conversation_id}", DeleteConversation);
        return api;
    }

    public static async Task<Results<Ok<ConversationPage>, ValidationProblem>> ListConversations(
        [FromRoute(Name = "user_id")] Guid userId, [AsParameters] PageRequest page, string? q, ConversationStore store,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (q?.Trim().Length > ConversationLimits.TitleMaxLength)
        {
            errors.Add("q", $"A title search is at most {ConversationLimits.TitleMaxLength} characters.");
        }
        errors.RequireStorable("q", q);
        if (!page.IsValid(errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The conversation query is invalid.");
        }
        return TypedResults.Ok(await store.ListAsync(
            userId, q, page.TakeOr(DefaultConversationPage), page.Skip, cancellationToken));
    }

    public static async Task<Results<Ok<HistoryPage>, ValidationProblem, ProblemHttpResult>> GetHistory(
        [FromRoute(Name = "user_id")] Guid userId, [FromRoute(Name = "conversation_id")] Guid conversationId,
        [AsParameters] PageRequest page, ConversationStore store, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!page.IsValid(errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The paging is invalid.");
        }
        var history = await store.HistoryAsync(
            userId, conversationId, page.Skip, page.TakeOr(DefaultHistoryPage), cancellationToken);
        return history is null ? AssistantApi.ConversationNotFound() : TypedResults.Ok(history);
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
}
