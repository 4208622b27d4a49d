using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Plannior.ChatApi.Chat;

/// <summary>
/// What one user message's tools did, in Postgres: each call and its result is stored as it completes, before
/// the model is asked again. When the provider fails mid-turn and the client retries with the same
/// <c>client_message_id</c>, the model is shown those calls as already made, and a call matching a recorded one
/// (same tool, same arguments) gets the recorded result instead of running again.
/// </summary>
public sealed class ToolCallJournal
{
    private readonly PlanniorDbContext db;
    private readonly Guid userId;
    private readonly Guid messageId;
    // Earlier attempts' calls not yet answered from the record in this attempt; each answers one call at most.
    private readonly List<RecordedToolCall> unmatched;
    private readonly HashSet<string> replayedCallIds = new(StringComparer.Ordinal);
    private int nextSequence;

    private ToolCallJournal(PlanniorDbContext db, Guid userId, Guid messageId, List<RecordedToolCall> earlier, int nextSequence)
    {
        this.db = db;
        this.userId = userId;
        this.messageId = messageId;
        unmatched = [.. earlier];
        this.nextSequence = nextSequence;
        EarlierMessages = AsMessages(earlier);
    }

    /// <summary>The calls earlier attempts made and their results, as the model made and saw them.</summary>
    public IReadOnlyList<AiChatMessage> EarlierMessages { get; }

    /// <summary>The journal of a user message this request has just stored: nothing can be recorded for it yet.</summary>
    public static ToolCallJournal Empty(PlanniorDbContext db, Data.ChatMessage userMessage) =>
        new(db, userMessage.UserId, userMessage.Id, [], 0);

    public static async Task<ToolCallJournal> OpenAsync(
        PlanniorDbContext db, Data.ChatMessage userMessage, CancellationToken cancellationToken)
    {
        var earlier = await db.ToolCallRecords.AsNoTracking()
            .Where(call => call.MessageId == userMessage.Id)
            .OrderBy(call => call.Sequence)
            .ToListAsync(cancellationToken);
        var known = new List<RecordedToolCall>();
        for (var index = 0; index < earlier.Count; index++)
        {
            if (earlier[index].Result is not null)
            {
                known.Add(earlier[index]);
                continue;
            }
            // The database went away after the call began and before its result was stored: its task changes
            // (written with the task, atomically) say whether it acted. If it did, it must not act again.
            var until = index + 1 < earlier.Count ? earlier[index + 1].ChangesBefore : long.MaxValue;
            var changes = await db.TaskChanges.AsNoTracking()
                .Where(c => c.UserId == userMessage.UserId && c.ConversationId == userMessage.ConversationId
                    && c.Id > earlier[index].ChangesBefore && c.Id <= until)
                .OrderBy(c => c.Id)
                .ToListAsync(cancellationToken);
            if (changes.Count > 0)
            {
                earlier[index].Result = InterruptedResult(changes);
                known.Add(earlier[index]);
            }
        }
        return new ToolCallJournal(db, userMessage.UserId, userMessage.Id, known, earlier.Count == 0 ? 0 : earlier[^1].Sequence + 1);
    }

    /// <summary>
    /// The tools, recording each call. They share the request's DbContext, which is safe because the function
    /// invoker runs a round's calls one after another (its AllowConcurrentInvocation is off).
    /// </summary>
    public IList<AITool> Wrap(IEnumerable<AIFunction> functions) =>
        [.. functions.Select(function => (AITool)new JournaledFunction(function, this))];

    /// <summary>True for a call of this attempt that was answered from an earlier attempt's record.</summary>
    public bool WasReplayed(FunctionCallContent call) => replayedCallIds.Contains(call.CallId);

    private async ValueTask<object?> InvokeAsync(AIFunction function, AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var argumentsJson = JsonSerializer.SerializeToNode<IDictionary<string, object?>>(arguments, WireJson.Options) ?? new JsonObject();
        var recorded = unmatched.FirstOrDefault(call =>
            call.Name == function.Name && JsonNode.DeepEquals(JsonNode.Parse(call.Arguments), argumentsJson));
        if (recorded is not null)
        {
            unmatched.Remove(recorded);
            if (FunctionInvokingChatClient.CurrentContext?.CallContent.CallId is { } callId)
            {
                replayedCallIds.Add(callId);
            }
            return ParseResult(recorded.Result!);
        }

        // Recorded before it runs, with the user's latest change: if the database goes away after the tool has
        // acted but before its result is stored, a retry can still tell it acted (see OpenAsync).
        var record = new RecordedToolCall
        {
            MessageId = messageId,
            Sequence = nextSequence++,
            Name = function.Name,
            Arguments = argumentsJson.ToJsonString(WireJson.Options),
            ChangesBefore = await db.TaskChanges.Where(c => c.UserId == userId).MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0,
        };
        db.ToolCallRecords.Add(record);
        // The turn's first call also stores the user message (and a new conversation) it belongs to, in one batch.
        await db.SaveAsOneBatchAsync(cancellationToken);

        var result = await function.InvokeAsync(arguments, cancellationToken);
        record.Result = ToolCallMetadata.ToJson(result).GetRawText();
        // Not cancellable: the tool has acted, and its record is what keeps a retry from acting again.
        await db.SaveChangesAsync(CancellationToken.None);
        return result;
    }

    // What a call cut short by an outage is known to have done: the task changes it made, and, for one task, its
    // task_id and title where a tool's result has them.
    private static string InterruptedResult(List<TaskChange> changes)
    {
        var result = new Dictionary<string, object?>
        {
            ["status"] = "interrupted",
            ["note"] = "An outage cut this call short after it took effect; these are the changes it made.",
            ["changes"] = changes.Select(change => new
            {
                task_id = change.TaskId,
                action = JsonNamingPolicy.SnakeCaseLower.ConvertName(change.Action.ToString()),
                title = Title(change.After ?? change.Before),
            }).ToList(),
        };
        if (changes.Select(change => change.TaskId).Distinct().Count() == 1)
        {
            result["task_id"] = changes[0].TaskId;
            result["title"] = Title(changes[^1].After ?? changes[^1].Before);
        }
        return JsonSerializer.Serialize(result, WireJson.Options);
    }

    private static string? Title(string? state)
    {
        if (state is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(state);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && (document.RootElement.TryGetProperty("title", out var title) || document.RootElement.TryGetProperty("Title", out title))
            && title.ValueKind == JsonValueKind.String
                ? title.GetString()
                : null;
    }

    /// <summary>Recorded calls as the model made and saw them: one assistant message of calls, then their results.</summary>
    public static List<AiChatMessage> AsMessages(IReadOnlyList<RecordedToolCall> earlier)
    {
        if (earlier.Count == 0)
        {
            return [];
        }
        var callIds = earlier.Select(call => $"call_recorded_{call.Id}").ToList();
        return
        [
            new(ChatRole.Assistant, [.. earlier.Select((call, index) =>
                (AIContent)new FunctionCallContent(callIds[index], call.Name, ParseArguments(call.Arguments)))]),
            new(ChatRole.Tool, [.. earlier.Select((call, index) =>
                (AIContent)new FunctionResultContent(callIds[index], ParseResult(call.Result!)))]),
        ];
    }

    private static Dictionary<string, object?> ParseArguments(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone())
            : [];
    }

    private static JsonElement ParseResult(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private sealed class JournaledFunction(AIFunction inner, ToolCallJournal journal) : DelegatingAIFunction(inner)
    {
        protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
            journal.InvokeAsync(InnerFunction, arguments, cancellationToken);
    }
}
