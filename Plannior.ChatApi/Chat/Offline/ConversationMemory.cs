namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using Microsoft.Extensions.AI;

// What the conversation so far says about tasks: the last list shown (for "the first one"), the task
// last acted on (for "it"), and every task seen by id. The assistant keeps no state of its own: it
// is rebuilt on every call from the stored tool calls and their results, never from its own reply text.
internal sealed class ConversationMemory
{
    public string UserText { get; private init; } = "";
    // the request before this one, and whether the reply to it was a question (so this message may be the answer)
    public string? EarlierUserText { get; private set; }
    public bool EarlierReplyAsked { get; private set; }
    public List<ToolExchange> CurrentTurn { get; } = [];
    // what the tools did in the turn before this one: the tasks a "yes" agrees to were found there
    public List<ToolExchange> PreviousTurn { get; } = [];
    public IReadOnlyList<TaskSnapshot>? LastList { get; private set; }
    public IReadOnlyList<TaskSnapshot> Focus { get; private set; } = [];
    public Dictionary<int, TaskSnapshot> Known { get; private init; } = [];

    public static ConversationMemory Build(IReadOnlyList<ChatMessage> messages)
    {
        var lastUser = -1;
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i].Role == ChatRole.User)
            {
                lastUser = i;
                break;
            }
        }

        var memory = new ConversationMemory { UserText = lastUser >= 0 ? messages[lastUser].Text : "" };
        var calls = new Dictionary<string, FunctionCallContent>();
        var pendingText = new List<string>();

        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (message.Role == ChatRole.User)
            {
                if (i == lastUser)
                {
                    memory.EarlierReplyAsked = pendingText.Count > 0 && Asks(pendingText[^1]);
                }
                else
                {
                    memory.EarlierUserText = message.Text;
                    memory.PreviousTurn.Clear();
                }

                pendingText.Clear();
                continue;
            }

            foreach (var content in message.Contents)
            {
                switch (content)
                {
                    case FunctionCallContent call:
                        calls[call.CallId] = call;
                        break;
                    case FunctionResultContent result when calls.TryGetValue(result.CallId, out var call):
                        var exchange = ToolExchange.From(call, result);
                        if (i > lastUser)
                        {
                            memory.CurrentTurn.Add(exchange);
                        }
                        else
                        {
                            memory.PreviousTurn.Add(exchange);
                            memory.Remember(exchange);
                        }
                        break;
                    case TextContent text when message.Role == ChatRole.Assistant && i < lastUser:
                        pendingText.Add(text.Text);
                        break;
                }
            }
        }

        return memory;
    }

    /// <summary>Whether <paramref name="reply"/> asks the user something (which task, whether to go ahead), so the next message may answer it.</summary>
    public static bool Asks(string reply) => reply.Contains('?') || reply.Contains('؟');

    /// <summary>The same conversation with only <paramref name="exchanges"/> as this turn's: one command's share of a message holding two.</summary>
    public ConversationMemory WithCurrentTurn(IEnumerable<ToolExchange> exchanges)
    {
        var memory = new ConversationMemory
        {
            UserText = UserText, EarlierUserText = EarlierUserText, EarlierReplyAsked = EarlierReplyAsked, LastList = LastList, Focus = Focus,
            // the tasks seen before this turn are only read from here on, so both views share them
            Known = Known,
        };
        memory.CurrentTurn.AddRange(exchanges);
        memory.PreviousTurn.AddRange(PreviousTurn);
        return memory;
    }

    /// <summary>A "yes" carries on the turn it answers, with the tasks that turn found.</summary>
    public void ContinuePreviousTurn()
    {
        CurrentTurn.InsertRange(0, PreviousTurn);
        Continued = PreviousTurn.Count;
    }

    // how many of this turn's exchanges were carried on from the turn a "yes" answered
    public int Continued { get; private set; }

    private void Remember(ToolExchange exchange)
    {
        if (exchange.Error is not null)
        {
            return;
        }

        switch (exchange.Name)
        {
            case TaskTools.ListTasks:
                var tasks = TaskSnapshot.ListFrom(exchange.Result);
                tasks.ForEach(t => Known[t.Id] = t);
                if (tasks.Count > 0)
                {
                    LastList = tasks;
                    Focus = tasks;
                }

                break;
            case TaskTools.DeleteTask:
                if (exchange.Task is { } deleted) Known.Remove(deleted.Id);
                Focus = [];
                break;
            default:
                if (exchange.Task is { } task)
                {
                    Known[task.Id] = Known.TryGetValue(task.Id, out var seen) ? Merge(seen, task) : task;
                    Focus = [Known[task.Id]];
                }

                break;
        }
    }

    private static TaskSnapshot Merge(TaskSnapshot seen, TaskSnapshot latest) => latest with
    {
        Title = latest.Title ?? seen.Title,
        Priority = latest.Priority ?? seen.Priority,
        DueAt = latest.DueAt ?? seen.DueAt,
        Tags = latest.Tags is { Count: > 0 } ? latest.Tags : seen.Tags,
        Recurrence = latest.Recurrence ?? seen.Recurrence,
        RemindAt = latest.RemindAt ?? seen.RemindAt,
    };
}
