using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Apis;

/// <summary>API.md's change feed: every change to a task, by REST, chat or MCP, newest first, and its undo.</summary>
public static class ChangesApi
{
    public static RouteGroupBuilder MapChangesApi(this RouteGroupBuilder userScope)
    {
        var api = userScope.MapGroup("/changes").WithTags("Changes");

        api.MapGet("/", ListChanges).WithName("ListChanges")
            .WithSummary("The user's recent changes to tasks, newest first, each with the task before and after.");
        api.MapPost("/{id}/undo", UndoChange).WithName("UndoChange")
            .WithSummary("Reverts a change; only a task's latest change can be undone, and only once (409 otherwise).");
        return api;
    }

    public static async Task<Results<Ok<Plannior.Contracts.Page<TaskChangeResponse>>, ValidationProblem>> ListChanges(
        [FromRoute(Name = "user_id")] Guid userId, [AsParameters] PageRequest page, TaskUndo changes,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!page.IsValid(errors))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The paging is invalid.");
        }
        return TypedResults.Ok(await changes.ListAsync(userId, page, cancellationToken));
    }

    public static async Task<Results<Ok<UndoneChange>, ProblemHttpResult>> UndoChange(
        [FromRoute(Name = "user_id")] Guid userId, long id, TaskUndo changes, CancellationToken cancellationToken) =>
        await changes.UndoAsync(userId, id, cancellationToken) switch
        {
            UndoOutcome.Undone undone => TypedResults.Ok(new UndoneChange(
                WireRecords.Change(undone.Change), undone.Task is null ? null : WireRecords.Task(undone.Task))),
            UndoOutcome.Refused refused => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The change cannot be undone.", detail: refused.Reason),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Change not found.",
                detail: $"There is no change {id}."),
        };
}
