using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
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

    public static async Task<IResult> StreamChat(
        [FromRoute(Name = "user_id")] Guid userId, ChatRequest request, ChatService chat, HttpContext context,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        var start = await chat.BeginAsync(userId, request, cancellationToken);
        switch (start)
        {
            case ChatStart.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary(), title: "The chat message is invalid.");
            case ChatStart.ConversationNotFound:
                return ConversationNotFound();
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Tell proxies (nginx-style ones honour this) not to hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var options = json.Value.SerializerOptions;

        if (start is ChatStart.Replay replay)
        {
            await WriteEventAsync(response, ChatStreamEvent.Conversation(replay.Reply.ConversationId), options, cancellationToken);
            await WriteEventAsync(response, ChatStreamEvent.Done(replay.Reply), options, cancellationToken);
            return TypedResults.Empty;
        }

        var turn = ((ChatStart.Ready)start).Turn;
        await using (turn)
        {
            try
            {
                await foreach (var streamEvent in chat.StreamAsync(turn, cancellationToken))
                {
                    await WriteEventAsync(response, streamEvent, options, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The client disconnected; StreamAsync has already stored what was produced.
            }
        }
        return TypedResults.Empty;
    }

    private static async Task WriteEventAsync(HttpResponse response, ChatStreamEvent streamEvent, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(streamEvent.Data, streamEvent.Data.GetType(), options);
        await response.WriteAsync($"event: {streamEvent.Name}\ndata: {data}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    internal static ProblemHttpResult ConversationNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found.",
            detail: "There is no such conversation.");
}
