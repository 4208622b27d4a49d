using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Chat.Language;
using Plannior.ChatApi.Chat.Tools;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Chat;

/// <summary>
/// The stateless request cycle: load the conversation from Postgres, store the user's message, run the
/// assistant with the task tools, store the reply with its tool calls. Nothing lives in server memory.
/// </summary>
public sealed class ChatService(
    PlanniorDbContext db, ConversationStore store, ConversationHistory history, TaskTools tools, ChangeContext changeContext,
    IChatClient chatClient, AuthenticatedAccount account, TimeProvider clock, ILogger<ChatService> logger)
{
    public const string UnavailableMessage = "The assistant is unavailable right now. Your message was saved; try again in a moment.";

    public async Task<ChatStart> BeginAsync(Guid userId, ChatRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (!errors.IsEmpty)
        {
            return new ChatStart.Invalid(errors);
        }

        IdempotencyLock? idempotencyLock = null;
        try
        {
            if (request.ClientMessageId is { } clientMessageId)
            {
                idempotencyLock = await IdempotencyLock.AcquireAsync(
                    db.Database.GetConnectionString()!, userId, clientMessageId, cancellationToken);
                if (await ResumeAsync(userId, clientMessageId, idempotencyLock, cancellationToken) is { } resumed)
                {
                    return resumed;
                }
            }

            var profile = await ProfileAsync(userId, cancellationToken);
            var message = request.Message!.Trim();
            var language = ChooseLanguage(message, request.LanguageHint, profile?.LanguagePreference);
            // The user message gets its id now, so the history read can leave it out without waiting for it to be
            // stored; it is stored with the turn's first write (before any tool runs, see ToolCallJournal).
            var userMessageId = MonotonicGuid.Next();
            ConversationWindow window;
            if (request.ConversationId is { } conversationId)
            {
                if (await store.FindWindowAsync(userId, conversationId, userMessageId, ConversationHistory.MaxRecentMessages, cancellationToken)
                    is not { } found)
                {
                    await DisposeAsync(idempotencyLock);
                    return new ChatStart.ConversationNotFound();
                }
                window = found;
            }
            else
            {
                window = ConversationWindow.Empty(store.Create(userId, message, language));
            }
            var userMessage = store.AddMessage(window.Conversation, Data.ChatMessage.UserRole, message, language,
                clientMessageId: request.ClientMessageId, id: userMessageId);
            return new ChatStart.Ready(await PrepareAsync(
                window, userMessage, language, profile?.TimeZone, idempotencyLock, cancellationToken, newMessage: true));
        }
        catch
        {
            await DisposeAsync(idempotencyLock);
            throw;
        }
    }

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ChatResponse response;
        try
        {
            response = await chatClient.GetResponseAsync(turn.Messages, turn.Options, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The assistant provider failed for conversation {ConversationId}", turn.Conversation.Id);
            // As the reply says: the message is kept (unless a tool call has stored it already).
            await store.SaveAsync(CancellationToken.None);
            throw new ServiceUnavailableException(UnavailableMessage, ex);
        }

        var (toolCalls, stopped) = Conclude(turn, response.Messages);
        var text = stopped ? StoppedText(turn.Language) : FinalText(response.Messages) ?? FallbackText(turn.Language);
        return await StoreReplyAsync(turn, text, toolCalls);
    }

    public async IAsyncEnumerable<ChatStreamEvent> StreamAsync(ChatTurn turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A stream is watched while it is written: the conversation and the user's message are stored before its id
        // is announced, so a reload or another tab mid-stream finds them. (The JSON endpoint stores them with the
        // turn's first write instead, one round trip fewer, since nobody can look before it answers.)
        await store.SaveAsync(cancellationToken);
        yield return ChatStreamEvent.Conversation(turn.Conversation.Id);

        var text = new StringBuilder();
        var produced = new List<Microsoft.Extensions.AI.ChatMessage>();
        var callNames = new Dictionary<string, string>(StringComparer.Ordinal);
        Exception? failure = null;
        await using (var updates = chatClient.GetStreamingResponseAsync(turn.Messages, turn.Options, cancellationToken).GetAsyncEnumerator(cancellationToken))
        {
            while (true)
            {
                (var moved, failure) = await TryMoveNextAsync(updates);
                if (!moved)
                {
                    break;
                }
                var update = updates.Current;
                produced.Add(new Microsoft.Extensions.AI.ChatMessage(update.Role ?? ChatRole.Assistant, update.Contents));
                foreach (var content in update.Contents)
                {
                    switch (content)
                    {
                        case TextContent { Text.Length: > 0 } delta when update.Role != ChatRole.Tool:
                            text.Append(delta.Text);
                            yield return new ChatStreamEvent("delta", new { text = delta.Text });
                            break;
                        case FunctionCallContent call:
                            callNames[call.CallId] = call.Name;
                            yield return new ChatStreamEvent("tool_call", new { name = call.Name, arguments = call.Arguments });
                            break;
                        case FunctionResultContent result:
                            yield return new ChatStreamEvent("tool_result", new
                            {
                                name = callNames.GetValueOrDefault(result.CallId, ""),
                                result = ToolCallMetadata.ToJson(result.Result),
                            });
                            break;
                    }
                }
            }
        }

        var cancelled = failure is OperationCanceledException && cancellationToken.IsCancellationRequested;
        var (toolCalls, stopped) = failure is null ? Conclude(turn, produced) : (turn.ToolCalls(produced), false);
        if (stopped)
        {
            var stop = (text.Length > 0 ? "\n\n" : "") + StoppedText(turn.Language);
            text.Append(stop);
            yield return new ChatStreamEvent("delta", new { text = stop });
        }
        if (failure is not null && !cancelled)
        {
            logger.LogWarning(failure, "The assistant provider failed while streaming conversation {ConversationId}", turn.Conversation.Id);
        }
        // What was produced before a disconnect or a failure is kept, so the history shows what the user saw. A
        // provider failure leaves it interrupted: a retry with the same client_message_id resumes and completes it.
        if (failure is null || text.Length > 0 || toolCalls.Count > 0)
        {
            var response = failure is null && text.Length == 0 ? FallbackText(turn.Language) : text.ToString();
            var reply = await StoreReplyAsync(turn, response, toolCalls, interrupted: failure is not null && !cancelled);
            if (failure is null)
            {
                yield return ChatStreamEvent.Done(reply);
            }
        }
        else
        {
            // Nothing to show for it, but the user's message is kept (unless a tool call has stored it already).
            await store.SaveAsync(CancellationToken.None);
        }
        if (failure is not null && !cancelled)
        {
            yield return new ChatStreamEvent("error", PlanniorProblems.Complete(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service temporarily unavailable.",
                Detail = UnavailableMessage,
            }, context: null));
        }
    }

    public static string ChooseLanguage(string message, string? hint, string? preference)
    {
        // Writing Urdu, or asking for it, means Urdu; otherwise the user's explicit choices, then English.
        if (LanguageDetector.DetectLanguage(message) == LanguageDetector.Urdu) return LanguageDetector.Urdu;
        if (hint is LanguageDetector.Urdu or LanguageDetector.English) return hint;
        return preference == LanguageDetector.Urdu ? LanguageDetector.Urdu : LanguageDetector.English;
    }

    private async Task<ChatStart?> ResumeAsync(
        Guid userId, string clientMessageId, IdempotencyLock idempotencyLock, CancellationToken cancellationToken)
    {
        var earlier = await store.FindByClientIdAsync(userId, clientMessageId, cancellationToken);
        if (earlier is null)
        {
            return null;
        }
        var reply = await store.FindReplyAsync(earlier.Id, cancellationToken);
        if (reply is { Interrupted: false })
        {
            await idempotencyLock.DisposeAsync();
            return new ChatStart.Replay(new ChatReply(earlier.ConversationId, reply.Id, reply.Content,
                ToolCallMetadata.Deserialize(reply.ToolCallMetadata), reply.Language ?? earlier.Language ?? LanguageDetector.English));
        }

        // The first attempt stored the request but its provider failed: answer that stored request now, with
        // the tool calls it already made replayed rather than run again.
        var window = (await store.FindWindowAsync(userId, earlier.ConversationId, earlier.Id, ConversationHistory.MaxRecentMessages, cancellationToken))!;
        var timeZone = (await ProfileAsync(userId, cancellationToken))?.TimeZone;
        return new ChatStart.Ready(await PrepareAsync(window, earlier, earlier.Language ?? LanguageDetector.English,
            timeZone, idempotencyLock, cancellationToken, newMessage: false, interruptedReply: reply));
    }

    // The token check has just read the caller's account row; only a request for another user (never reached
    // past the user scope filter) would need it read again.
    private async Task<(string TimeZone, string LanguagePreference)?> ProfileAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (account.For(userId) is { } known)
        {
            return (known.TimeZone, known.LanguagePreference);
        }
        var profile = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.TimeZone, u.LanguagePreference })
            .SingleOrDefaultAsync(cancellationToken);
        return profile is null ? null : (profile.TimeZone, profile.LanguagePreference);
    }

    /// <param name="newMessage">The user message is this request's (stored with its first write), so no earlier attempt recorded tool calls for it.</param>
    private async Task<ChatTurn> PrepareAsync(
        ConversationWindow window, Data.ChatMessage userMessage, string language, string? timeZone,
        IdempotencyLock? idempotencyLock, CancellationToken cancellationToken, bool newMessage, Data.ChatMessage? interruptedReply = null)
    {
        var conversation = window.Conversation;
        var userClock = new UserClock(clock.GetUtcNow().UtcDateTime, UserClock.ResolveZone(timeZone));
        var (earlier, summary) = await history.LoadAsync(window, currentIsNewest: newMessage, cancellationToken);
        var journal = newMessage
            ? ToolCallJournal.Empty(db, userMessage)
            : await ToolCallJournal.OpenAsync(db, userMessage, cancellationToken);
        List<Microsoft.Extensions.AI.ChatMessage> messages =
        [
            new(ChatRole.System, AssistantPrompt.Build(userClock, language, summary)),
            .. earlier,
            new(ChatRole.User, userMessage.Content),
            .. journal.EarlierMessages,
        ];
        var userId = conversation.UserId;
        changeContext.ActAsAssistant(conversation.Id);
        var options = new ChatOptions
        {
            Tools = journal.Wrap(TaskToolFunctions.Create(_ => (tools, userId))),
            ToolMode = ChatToolMode.Auto,
            AdditionalProperties = AssistantPrompt.Context(userClock, language),
        };
        return new ChatTurn(conversation, userMessage, language, messages, options, journal, interruptedReply, idempotencyLock);
    }

    private async Task<ChatReply> StoreReplyAsync(ChatTurn turn, string text, IReadOnlyList<ToolCallRecord> toolCalls, bool interrupted = false)
    {
        // Not cancellable: once the assistant has acted, its record must be kept even if the client left.
        var metadata = ToolCallMetadata.Serialize(toolCalls);
        if (turn.InterruptedReply is { } pending)
        {
            await store.UpdateReplyAsync(turn.Conversation, pending.Id, text, metadata, interrupted, CancellationToken.None);
            return new ChatReply(turn.Conversation.Id, pending.Id, text, toolCalls, turn.Language);
        }
        var reply = store.AddMessage(turn.Conversation, Data.ChatMessage.AssistantRole, text, turn.Language,
            replyToId: turn.UserMessage.Id, toolCallMetadata: metadata, interrupted: interrupted);
        // With the user message and the conversation's changes, when no tool call has stored them yet.
        await store.SaveAsync(CancellationToken.None);
        return new ChatReply(turn.Conversation.Id, reply.Id, text, toolCalls, turn.Language);
    }

    private static ValidationErrors Validate(ChatRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Message))
        {
            errors.Add("message", "Message is required.");
        }
        else if (request.Message.Length > ConversationLimits.MessageMaxLength)
        {
            errors.Add("message", $"Message must be at most {ConversationLimits.MessageMaxLength} characters.");
        }
        if (request.LanguageHint is not null and not (LanguageDetector.English or LanguageDetector.Urdu))
        {
            errors.Add("language_hint", "Language hint must be \"en\" or \"ur\".");
        }
        if (request.ClientMessageId is { } clientId && (string.IsNullOrWhiteSpace(clientId) || clientId.Length > ConversationLimits.ClientMessageIdMaxLength))
        {
            errors.Add("client_message_id", $"Client message id must be 1-{ConversationLimits.ClientMessageIdMaxLength} characters.");
        }
        return errors;
    }

    /// <summary>
    /// The tool calls of a finished turn, and whether it was stopped: a model still calling tools after the last round
    /// (Llm:MaxToolRounds) was offered none is stopped; those calls never ran, so they are not reported as made.
    /// </summary>
    private static (IReadOnlyList<ToolCallRecord> ToolCalls, bool Stopped) Conclude(
        ChatTurn turn, IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages)
    {
        var produced = messages.ToList();
        var answered = produced.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Select(r => r.CallId).ToHashSet(StringComparer.Ordinal);
        var unanswered = produced.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Any(call => !answered.Contains(call.CallId));
        var toolCalls = unanswered
            ? turn.ToolCalls(produced.Select(m => new Microsoft.Extensions.AI.ChatMessage(m.Role,
                [.. m.Contents.Where(c => c is not FunctionCallContent call || answered.Contains(call.CallId))])))
            : turn.ToolCalls(produced);
        return (toolCalls, unanswered);
    }

    private static string? FinalText(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages) =>
        messages.LastOrDefault(m => m.Role == ChatRole.Assistant && !string.IsNullOrWhiteSpace(m.Text))?.Text.Trim();

    private static string FallbackText(string language) =>
        language == LanguageDetector.Urdu ? "ہو گیا۔" : "Done.";

    public const string StoppedMessage =
        "I stopped before finishing: this needed more steps than I can take in one reply. Ask me again to carry on.";

    private static string StoppedText(string language) =>
        language == LanguageDetector.Urdu
            ? "میں یہ مکمل کیے بغیر رک گیا: اس کے لیے ایک جواب میں ممکن سے زیادہ مراحل درکار تھے۔ جاری رکھنے کے لیے دوبارہ کہیں۔"
            : StoppedMessage;

    private static async Task<(bool Moved, Exception? Failure)> TryMoveNextAsync(IAsyncEnumerator<ChatResponseUpdate> updates)
    {
        try
        {
            return (await updates.MoveNextAsync(), null);
        }
        catch (Exception ex)
        {
            return (false, ex);
        }
    }

    private static ValueTask DisposeAsync(IdempotencyLock? idempotencyLock) =>
        idempotencyLock?.DisposeAsync() ?? ValueTask.CompletedTask;
}
