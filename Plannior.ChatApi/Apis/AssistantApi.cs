using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plannior.ChatApi.Chat;

namespace Plannior.ChatApi.Apis;

public static class AssistantApi
{
    public static RouteGroupBuilder MapAssistantApi(this RouteGroupBuilder userScope)
    {
        var api = userScope.MapGroup("/chat").WithTags("Chat").AddEndpointFilter<Infrastructure.ChatTurnMetricsFilter>();
        api.MapPost("/", Chat)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/stream", StreamChat)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<ChatReply>, ValidationProblem, ProblemHttpResult>> Chat(
        [FromRoute(Name = "user_id")] Guid userId, ChatRequest request, ChatService chat, CancellationToken cancellationToken)
    {
        switch (await chat.BeginAsync(userId, request, cancellationToken))
        {
            case ChatStart.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary(), title: "The chat message is invalid.");
            case ChatStart.ConversationNotFound:
                return ConversationNotFound();
            case ChatStart.Replay replay:
                return TypedResults.Ok(replay.Reply);
            case ChatStart.Ready ready:
                await using (ready.Turn)
                {
                    // Not cancelled by a disconnect: tools may already have run, so the turn finishes and is stored,
                    // and a retry with the same client_message_id replays it instead of running them again.
                    // The provider's timeout bounds it.
                    return TypedResults.Ok(await chat.RunAsync(ready.Turn, CancellationToken.None));
                }
            default:
                throw new InvalidOperationException("Unknown chat start.");
        }
    }

    public static async Task<Results<ServerSentEventsResult<object>, ValidationProblem, ProblemHttpResult>> StreamChat(
        [FromRoute(Name = "user_id")] Guid userId, ChatRequest request, ChatService chat, HttpContext context,
        CancellationToken cancellationToken)
    {
        var start = await chat.BeginAsync(userId, request, cancellationToken);
        switch (start)
        {
            case ChatStart.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary(), title: "The chat message is invalid.");
            case ChatStart.ConversationNotFound:
                return ConversationNotFound();
        }

        // Tell proxies (nginx-style ones honour this) not to hold events back; the framework disables its own buffering.
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var events = start is ChatStart.Replay replay
            ? Replayed(replay.Reply)
            : Streamed(chat, ((ChatStart.Ready)start).Turn, cancellationToken);
        return TypedResults.ServerSentEvents(events.Select(e => new SseItem<object>(e.Data, e.Name)));
    }

    private static async IAsyncEnumerable<ChatStreamEvent> Replayed(ChatReply reply)
    {
        yield return ChatStreamEvent.Conversation(reply.ConversationId);
        yield return ChatStreamEvent.Done(reply);
        await Task.CompletedTask;
    }

    // A disconnect cancels the enumeration; StreamAsync has then already stored what was produced.
    private static async IAsyncEnumerable<ChatStreamEvent> Streamed(
        ChatService chat, ChatTurn turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using (turn)
        {
            await foreach (var streamEvent in chat.StreamAsync(turn, cancellationToken))
            {
                yield return streamEvent;
            }
        }
    }

    internal static ProblemHttpResult ConversationNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found.",
            detail: "There is no such conversation.");
}
