namespace Plannior.ChatApi.Chat.Offline;

using Plannior.ChatApi.Chat.Tools;

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

// What the conversation so far says about tasks: the last list shown (for "the first one"), the task
// last acted on (for "it"), and every task seen by id. The assistant keeps no state of its own: it
// is rebuilt from the messages on every call.
internal sealed partial class ConversationMemory
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
    public Dictionary<int, TaskSnapshot> Known { get; } = [];

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
        var turnHadTools = false;
        var pendingText = new List<string>();

        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (message.Role == ChatRole.User)
            {
                if (i == lastUser)
                {
                    memory.EarlierReplyAsked = pendingText.Count > 0 && (pendingText[^1].Contains('?') || pendingText[^1].Contains('؟'));
                }
                else
                {
                    memory.EarlierUserText = message.Text;
                    memory.PreviousTurn.Clear();
                }

                memory.FlushText(pendingText, turnHadTools);
                turnHadTools = false;
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
                        turnHadTools = true;
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

    /// <summary>A "yes" carries on the turn it answers, with the tasks that turn found.</summary>
    public void ContinuePreviousTurn() => CurrentTurn.InsertRange(0, PreviousTurn);

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

    // The assistant's own list lines ("• #3 Buy groceries — …") are what the user saw, so "the first one"
    // counts from them even when the tool returned more. A conversation stored as plain text (no tool
    // messages) still has them, and its confirmations "(#3)" tell what "it" is.
    private void FlushText(List<string> texts, bool turnHadTools)
    {
        foreach (var text in texts)
        {
            var lines = ListLine().Matches(text)
                .Select(m => Known.TryGetValue(Id(m), out var seen) ? seen : new TaskSnapshot(Id(m), m.Groups["title"].Value.Trim()))
                .ToList();
            if (lines.Count > 0)
            {
                lines.ForEach(t => Known.TryAdd(t.Id, t));
                LastList = lines;
                Focus = lines;
            }
            else if (!turnHadTools && Mention().Matches(text).Select(Id).Distinct().ToList() is [var single])
            {
                Focus = [Known.TryGetValue(single, out var seen) ? seen : new TaskSnapshot(single)];
            }
        }

        texts.Clear();
    }

    private static TaskSnapshot Merge(TaskSnapshot seen, TaskSnapshot latest) => latest with
    {
        Title = latest.Title ?? seen.Title,
        Priority = latest.Priority ?? seen.Priority,
        DueAt = latest.DueAt ?? seen.DueAt,
        Tags = latest.Tags is { Count: > 0 } ? latest.Tags : seen.Tags,
        Recurrence = latest.Recurrence ?? seen.Recurrence,
    };

    private static int Id(Match m) => int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:•|-|\*|\d+[.)])\s*(?:✓\s*)?#(?<id>\d{1,7})\s+(?<title>.+?)(?:\s+—\s.*)?$", RegexOptions.Multiline)]
    private static partial Regex ListLine();

    [GeneratedRegex(@"\(#(?<id>\d{1,7})\)|\(کام\s+#(?<id>\d{1,7})\)")]
    private static partial Regex Mention();
}
