using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// One judged conversation: a fresh account holding <see cref="SeedTasks"/>, the messages sent through the real chat
/// endpoint, and the tasks read back afterwards compared with <see cref="StateSpec"/> (a list request: the tasks
/// it listed, against the same filter through REST).
/// </summary>
public static partial class ConversationJudge
{
    /// <summary>Runs <paramref name="conversation"/> for <paramref name="user"/>, a fresh account, and says what is wrong with what it left.</summary>
    public static async Task<List<string>> RunAsync(ApiClient user, string conversation, string expected) =>
        (await JudgeAsync(user, conversation, expected)).Problems;

    /// <summary>As <see cref="RunAsync"/>, also counting the tool calls made and those that came back as errors.</summary>
    public static async Task<JudgedRun> JudgeAsync(ApiClient user, string conversation, string expected)
    {
        var (calls, failedCalls) = (0, 0);
        var ids = await SeedAsync(user);
        var before = await TasksAsync(user);
        var problems = new List<string>();
        string? conversationId = null;
        JsonNode? lastReply = null;
        var transcript = new List<string>();
        foreach (var message in conversation.Split(" >> "))
        {
            var text = Placeholder().Replace(message, m => ids[m.Groups["title"].Value].ToString(CultureInfo.InvariantCulture));
            var reply = await user.PostAsync($"/api/{user.UserId}/chat", new { message = text, conversation_id = conversationId });
            if (reply.Status != HttpStatusCode.OK)
            {
                return new([$"\"{text}\" got {(int)reply.Status}: {reply.Text}"], calls, failedCalls);
            }
            conversationId = reply.Body!["conversation_id"]!.GetValue<string>();
            foreach (var call in reply.Body["tool_calls"]!.AsArray())
            {
                calls++;
                failedCalls += call!["result"] is JsonObject result && result.ContainsKey("error") ? 1 : 0;
            }
            lastReply = reply.Body;
            // the calls too, so a miss shows where the assistant went wrong and not only what it said
            var made = reply.Body["tool_calls"]!.AsArray().Select(c => $"{c!["name"]}{c["arguments"]?.ToJsonString(Readable)}");
            transcript.Add($"> {text}\n    [{string.Join(", ", made)}]\n    {reply.Body["response"]}");
        }

        var after = await TasksAsync(user);
        if (expected.StartsWith("list", StringComparison.Ordinal))
        {
            problems.AddRange(await JudgeListAsync(user, expected, lastReply!));
            problems.AddRange(StateSpec.Judge("=", before, after));
        }
        else
        {
            problems.AddRange(StateSpec.Judge(expected, before, after));
        }
        if (problems.Count > 0)
        {
            problems.AddRange(transcript);
        }
        return new(problems, calls, failedCalls);
    }

    // "list status=completed due=today": the last list_tasks call of the reply found exactly the tasks that filter
    // finds through REST, so what the user was shown is what they asked for, however the filter was spelled.
    private static async Task<IEnumerable<string>> JudgeListAsync(ApiClient user, string expected, JsonNode reply)
    {
        var call = reply["tool_calls"]!.AsArray().LastOrDefault(c => c!["name"]!.GetValue<string>() == "list_tasks");
        if (call?["result"] is not JsonArray listed)
        {
            return ["no list_tasks call with a list"];
        }
        var query = string.Join("&", expected["list".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Replace("query=", "q=", StringComparison.Ordinal)));
        var wanted = (await user.ListTasksAsync($"{query}&limit=100"))["items"]!.AsArray().Select(t => t.Id()).Order().ToList();
        var shown = listed.Select(t => t!["id"]!.GetValue<int>()).Order().ToList();
        return wanted.SequenceEqual(shown)
            ? []
            : [$"listed tasks {string.Join(",", shown)} with {call["arguments"]!.ToJsonString()}, expected {string.Join(",", wanted)}"];
    }

    private static async Task<Dictionary<string, int>> SeedAsync(ApiClient user)
    {
        var ids = new Dictionary<string, int>();
        foreach (var seed in SeedTasks.All)
        {
            var body = System.Text.Json.JsonSerializer.SerializeToNode(seed)!.AsObject();
            var completed = body.Remove("completed", out var flag) && flag!.GetValue<bool>();
            var id = (await user.NewTaskAsync(body)).Id();
            if (completed)
            {
                await user.CompleteTaskAsync(id);
            }
            ids[body["title"]!.GetValue<string>()] = id;
        }
        return ids;
    }

    private static async Task<IReadOnlyList<JsonNode>> TasksAsync(ApiClient user) =>
        [.. (await user.ListTasksAsync("limit=100"))["items"]!.AsArray().Select(t => t!)];

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"\{(?<title>[^}]+)\}")]
    private static partial Regex Placeholder();
}

public sealed record JudgedRun(List<string> Problems, int ToolCalls, int FailedToolCalls);
