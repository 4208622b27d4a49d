using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Data;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Plannior.ChatApi.Chat;

/// <summary>
/// What the model sees of a conversation: the recent messages that fit a budget, with their tool calls, and a
/// compact summary of everything older. The current request is added after trimming, so it is never dropped.
/// </summary>
public sealed class ConversationHistory(ConversationStore store)
{
    public const int MaxRecentMessages = 30;
    /// <summary>About 2,500 tokens at ~4 characters a token.</summary>
    public const int RecentCharacterBudget = 10_000;
    private const int SummaryCharacterBudget = 2_000;
    private const int SummaryLineLength = 120;

    /// <param name="window">The conversation with its newest <see cref="MaxRecentMessages"/> messages before the current one.</param>
    /// <param name="currentIsNewest">
    /// The current message is newer than every stored one (this request is storing it), so the window holds the
    /// newest of all the conversation's messages and the summary's next messages can be taken from it.
    /// </param>
    public async Task<(List<AiChatMessage> Messages, string? Summary)> LoadAsync(
        ConversationWindow window, bool currentIsNewest, CancellationToken cancellationToken)
    {
        var (conversation, recent, total) = window;
        var kept = TrimToBudget(recent);

        var older = total - kept.Count;
        if (older > conversation.SummarizedMessageCount)
        {
            var summarized = conversation.SummarizedMessageCount;
            // The window is the last recent.Count of the conversation's messages, oldest first.
            var windowStart = total - recent.Count;
            var aged = currentIsNewest && summarized >= windowStart
                ? recent[(summarized - windowStart)..(older - windowStart)]
                : await store.MessageRangeAsync(conversation.Id, summarized, older - summarized, cancellationToken);
            // Stored with the turn's first write.
            conversation.Summary = Extend(conversation.Summary, aged);
            conversation.SummarizedMessageCount = older;
        }

        // A message left unanswered (its provider failed) may still have acted: show the model what its tools did.
        var answered = kept.Where(m => m.ReplyToId is not null).Select(m => m.ReplyToId!.Value).ToHashSet();
        var unanswered = await store.RecordedToolCallsAsync(
            [.. kept.Where(m => m.Role == Data.ChatMessage.UserRole && !answered.Contains(m.Id)).Select(m => m.Id)], cancellationToken);

        return ([.. kept.SelectMany(message => ToModelMessages(message, unanswered))], older > 0 ? conversation.Summary : null);
    }

    private static List<Data.ChatMessage> TrimToBudget(List<Data.ChatMessage> recent)
    {
        var budget = RecentCharacterBudget;
        var start = recent.Count;
        while (start > 0)
        {
            var cost = recent[start - 1].Content.Length + (recent[start - 1].ToolCallMetadata?.Length ?? 0);
            if (cost > budget && start < recent.Count)
            {
                break;
            }
            budget -= cost;
            start--;
        }
        // A reply without the request it answers confuses a model; start the window on a user message.
        while (start < recent.Count && recent[start].Role != Data.ChatMessage.UserRole)
        {
            start++;
        }
        return recent[start..];
    }

    private static IEnumerable<AiChatMessage> ToModelMessages(
        Data.ChatMessage message, Dictionary<Guid, List<RecordedToolCall>> unansweredCalls)
    {
        if (message.Role == Data.ChatMessage.UserRole)
        {
            yield return new AiChatMessage(ChatRole.User, message.Content);
            foreach (var call in ToolCallJournal.AsMessages(unansweredCalls.GetValueOrDefault(message.Id) ?? []))
            {
                yield return call;
            }
            yield break;
        }

        var calls = ToolCallMetadata.Deserialize(message.ToolCallMetadata);
        if (calls.Count > 0)
        {
            var callIds = calls.Select((_, index) => $"call_{message.Id:N}_{index}").ToList();
            yield return new AiChatMessage(ChatRole.Assistant,
                [.. calls.Select((call, index) => (AIContent)new FunctionCallContent(callIds[index], call.Name, Arguments(call.Arguments)))]);
            yield return new AiChatMessage(ChatRole.Tool,
                [.. calls.Select((call, index) => (AIContent)new FunctionResultContent(callIds[index], call.Result))]);
        }
        yield return new AiChatMessage(ChatRole.Assistant, message.Content);
    }

    private static Dictionary<string, object?> Arguments(JsonElement? arguments) =>
        arguments is { ValueKind: JsonValueKind.Object } value
            ? value.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone())
            : [];

    private static string Extend(string? summary, IEnumerable<Data.ChatMessage> aged)
    {
        var text = new StringBuilder(summary);
        foreach (var message in aged)
        {
            var line = message.Content.ReplaceLineEndings(" ");
            if (line.Length > SummaryLineLength)
            {
                line = string.Concat(line.AsSpan(0, SummaryLineLength), "…");
            }
            var tools = ToolCallMetadata.Deserialize(message.ToolCallMetadata);
            var toolNote = tools.Count == 0 ? "" : $" [{string.Join(", ", tools.Select(DescribeCall))}]";
            text.Append(message.Role == Data.ChatMessage.UserRole ? "- User: " : "- Assistant: ").Append(line).Append(toolNote).Append('\n');
        }
        // Keep the most recent part of the summary: the start of a long conversation matters least now.
        return text.Length <= SummaryCharacterBudget
            ? text.ToString()
            : "…" + text.ToString(text.Length - SummaryCharacterBudget, SummaryCharacterBudget);
    }

    private static string DescribeCall(ToolCallRecord call)
    {
        var result = call.Result;
        var id = result is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("task_id", out var taskId) ? $" #{taskId}" : "";
        var title = result is { ValueKind: JsonValueKind.Object } t && t.TryGetProperty("title", out var value) ? $" \"{value}\"" : "";
        return $"{call.Name}{id}{title}";
    }
}
