using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Load;

/// <summary>What became of one request: answered (with its status), or failed without an answer.</summary>
public sealed record LoadOutcome(string What, int? Status, string? Failure);

/// <summary>
/// One user of a load test, running a fixed script of task edits and chat turns (the offline assistant), and
/// keeping what the server acknowledged so a test can check each acknowledged write is stored exactly once.
/// </summary>
public sealed class LoadUser(int number, ApiClient api)
{
    public const int Steps = 12;

    private readonly Lock gate = new();

    public int Number { get; } = number;

    public ApiClient Api { get; set; } = api;

    public string? ConversationId { get; private set; }

    /// <summary>Titles of tasks created through REST with a 201.</summary>
    public List<string> AckedTitles { get; } = [];

    /// <summary>Chat turns answered with a 200: client_message_id → (message id, id of the task its add_task made).</summary>
    public Dictionary<string, (string MessageId, int TaskId, string Message)> AckedChats { get; } = [];

    /// <summary>Chat turns sent but not answered: a retry with the same client_message_id must complete them once.</summary>
    public List<(string ClientMessageId, string Message)> UnansweredChats { get; } = [];

    public List<LoadOutcome> Outcomes { get; } = [];

    public async Task RunAsync(int from, int to)
    {
        for (var step = from; step < to; step++)
        {
            await StepAsync(step);
        }
    }

    /// <summary>Step <paramref name="step"/> of the script: create, chat, edit, repeat the chat.</summary>
    public Task StepAsync(int step) => (step % 4) switch
    {
        0 => CreateAsync(step),
        1 => ChatAsync($"{Code(step)}", $"add review {Words(step)}"),
        2 => EditAsync(step),
        _ => RepeatLastChatAsync(),
    };

    /// <summary>Sends each unanswered chat again with its client_message_id.</summary>
    public async Task RetryUnansweredAsync()
    {
        foreach (var (clientMessageId, message) in UnansweredChats.ToList())
        {
            UnansweredChats.Remove((clientMessageId, message));
            await ChatAsync(clientMessageId, message);
        }
    }

    private async Task CreateAsync(int step)
    {
        var title = $"Load {Words(step)} rest";
        if (await SendAsync($"create {title}", HttpMethod.Post, Api.TasksPath(), new { title }) is { Status: HttpStatusCode.Created })
        {
            AckedTitles.Add(title);
        }
    }

    private async Task EditAsync(int step)
    {
        if (AckedTitles.Count == 0)
        {
            return;
        }
        var list = await SendAsync("list", HttpMethod.Get, $"{Api.TasksPath()}?limit=100", null);
        var target = list?.Body?["items"]?.AsArray().FirstOrDefault(task => task?["title"]?.GetValue<string>() == AckedTitles[^1]);
        if (target is not null)
        {
            await SendAsync("edit", HttpMethod.Patch, Api.TaskPath(target.Id()), new { description = $"edited at step {step}" });
        }
    }

    private async Task RepeatLastChatAsync()
    {
        if (AckedChats.Count == 0)
        {
            return;
        }
        var (clientMessageId, first) = AckedChats.Last();
        var again = await SendAsync($"repeat {clientMessageId}", HttpMethod.Post, Api.ChatPath(),
            ChatClientExtensions.ChatBody(first.Message, ConversationId, clientMessageId: clientMessageId));
        if (again is { Status: HttpStatusCode.OK } && again.Body!.Str("message_id") != first.MessageId)
        {
            Record(new($"repeat {clientMessageId}", 200, $"answered with another message id: {again.Text}"));
        }
    }

    private async Task ChatAsync(string clientMessageId, string message)
    {
        var body = ChatClientExtensions.ChatBody(message, ConversationId, clientMessageId: clientMessageId);
        var reply = await SendAsync($"chat {clientMessageId}", HttpMethod.Post, Api.ChatPath(), body);
        if (reply is { Status: HttpStatusCode.OK, Body: { } answer })
        {
            ConversationId ??= answer.Str("conversation_id");
            var taskId = answer.ToolCalls().Select(call => call?["result"]?["task_id"]?.GetValue<int>()).FirstOrDefault(id => id is not null);
            AckedChats[clientMessageId] = (answer.Str("message_id"), taskId ?? 0, message);
        }
        else
        {
            UnansweredChats.Add((clientMessageId, message));
        }
    }

    private async Task<ApiResponse?> SendAsync(string what, HttpMethod method, string path, object? body)
    {
        try
        {
            var response = await Api.SendAsync(method, path, body);
            Record(new(what, (int)response.Status, null));
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Record(new(what, null, $"{ex.GetType().Name}: {ex.Message}"));
            return null;
        }
    }

    private void Record(LoadOutcome outcome)
    {
        lock (gate)
        {
            Outcomes.Add(outcome);
        }
    }

    private string Code(int step) => $"load-{Number}-{step}";

    // Letters only: digits in a title could be read by the assistant as a time or a count.
    private string Words(int step) => $"{Letters(Number)} {Letters(step)}";

    private static string Letters(int value)
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz";
        var text = "";
        do
        {
            text = alphabet[value % alphabet.Length] + text;
            value /= alphabet.Length;
        }
        while (value > 0);
        return "qu" + text;
    }
}
