namespace Plannior.ChatApi.Chat.Offline;

using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

/// <summary>
/// A rule-based <see cref="IChatClient"/> that manages tasks without a language model. Wrapped in a
/// <c>FunctionInvokingChatClient</c> it behaves like a tool-calling model: it answers a request with
/// calls to add_task, list_tasks, complete_task, delete_task or update_task, and once the results are
/// appended it replies with a confirmation. English, Urdu script and Roman Urdu are understood.
/// </summary>
/// <remarks>
/// Set <see cref="OfflineAssistantContext.NowKey"/>, <see cref="OfflineAssistantContext.TimeZoneKey"/> and
/// <see cref="OfflineAssistantContext.LanguageKey"/> in <c>ChatOptions.AdditionalProperties</c>; without them
/// the clock's UTC time is used and the language is detected from the message.
/// </remarks>
public sealed class OfflineChatClient : IChatClient
{
    /// <summary>
    /// The rounds of tool calls one turn may take. A name said in Urdu letters can take three lookups before the change
    /// itself, and a message may hold two commands; the planner is deterministic and every round ends in an answer or a
    /// narrower lookup, so this bound (unlike a model's, Llm:MaxToolRounds) only has to be large enough.
    /// </summary>
    public const int ToolRounds = 10;

    private static readonly ChatClientMetadata Metadata = new("plannior-offline", defaultModelId: OfflineAssistantContext.ModelId);
    private readonly TimeProvider _clock;
    private readonly Lexicons _lexicons;

    /// <summary>An assistant that reads English, Urdu and Roman Urdu.</summary>
    public OfflineChatClient(TimeProvider? timeProvider = null)
        : this(timeProvider, Lexicons.BuiltIn)
    {
    }

    // Another set of lexicons: a language is added by adding its lexicon, nothing else.
    internal OfflineChatClient(TimeProvider? timeProvider, Lexicons lexicons)
    {
        _clock = timeProvider ?? TimeProvider.System;
        _lexicons = lexicons;
    }

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var step = Think(messages, options);
        var message = step switch
        {
            Step.Call call => new ChatMessage(ChatRole.Assistant, [.. call.Calls]),
            Step.Say say => new ChatMessage(ChatRole.Assistant, say.Text),
            _ => throw new UnreachableException(),
        };
        message.MessageId = NewId();
        return Task.FromResult(new ChatResponse(message)
        {
            ResponseId = NewId(),
            ModelId = OfflineAssistantContext.ModelId,
            CreatedAt = _clock.GetUtcNow(),
            FinishReason = step is Step.Call ? ChatFinishReason.ToolCalls : ChatFinishReason.Stop,
        });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var step = Think(messages, options);
        var responseId = NewId();
        var messageId = NewId();

        if (step is Step.Call call)
        {
            yield return Update([.. call.Calls], ChatFinishReason.ToolCalls);
            yield break;
        }

        var chunks = Chunks(((Step.Say)step).Text);
        for (var i = 0; i < chunks.Count; i++)
        {
            // yield between chunks so a caller streaming to a browser sends them as they come
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return Update([new TextContent(chunks[i])], i == chunks.Count - 1 ? ChatFinishReason.Stop : null);
        }

        ChatResponseUpdate Update(IList<AIContent> contents, ChatFinishReason? finish) => new(ChatRole.Assistant, contents)
        {
            ResponseId = responseId,
            MessageId = messageId,
            ModelId = OfflineAssistantContext.ModelId,
            CreatedAt = _clock.GetUtcNow(),
            FinishReason = finish,
        };
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private Step Think(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var memory = ConversationMemory.Build(list);
        var ctx = TurnContext.From(options, _clock, memory.UserText, _lexicons);
        if (string.IsNullOrWhiteSpace(memory.UserText))
        {
            return new Step.Say(ctx.Replies.Help);
        }

        // A yes or no answers the question the last reply asked about the request before it: that request is read
        // again from the user's own words, and the tasks come from what its tools found, never from the reply text.
        if (memory.EarlierReplyAsked && memory.EarlierUserText is { } asked
            && IntentParser.Parse(asked, ctx) is var pending && (pending.Kind is IntentKind.Complete or IntentKind.Delete or IntentKind.Update || pending.Then is not null))
        {
            if (ctx.Lexicons.IsYes(memory.UserText))
            {
                pending.Confirmed = true;
                memory.ContinuePreviousTurn();
                return TurnPlanner.Plan(pending, memory, ctx);
            }
            if (ctx.Lexicons.IsNo(memory.UserText))
            {
                return new Step.Say(ctx.Replies.Cancelled);
            }
        }

        var request = IntentParser.Parse(memory.UserText, ctx);
        if (request.Kind == IntentKind.Unknown && memory.EarlierReplyAsked && memory.EarlierUserText is { } earlier)
        {
            request = IntentParser.FollowUp(memory.UserText, earlier, ctx) ?? request;
        }

        return TurnPlanner.Plan(request, memory, ctx);
    }

    // A few word-boundary pieces, so streaming looks like streaming without splitting words.
    private static List<string> Chunks(string text)
    {
        const int pieces = 4;
        var size = Math.Max(12, text.Length / pieces);
        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + size);
            if (end < text.Length)
            {
                var space = text.IndexOf(' ', end);
                end = space < 0 ? text.Length : space + 1;
            }

            chunks.Add(text[start..end]);
            start = end;
        }

        return chunks.Count == 0 ? [""] : chunks;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
