using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Plannior.ChatApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// The offline assistant judged as a user would judge it: each conversation runs through the real chat endpoint
/// on a fresh account holding <see cref="SeedTasks"/>, and passes only if the tasks read back afterwards are what
/// <see cref="StateSpec"/> says (a list request: the filter it listed with).
/// </summary>
public sealed partial class AssistantStateTests(AssistantFixture fixture, ITestOutputHelper output) : IClassFixture<AssistantFixture>
{
    public static IEnumerable<object[]> Rows => JudgedPhrasings.All.Select(p => new object[] { p.Conversation, p.Expected });

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_conversation_leaves_the_tasks_it_should(string conversation, string expected)
    {
        var problems = await RunAsync(conversation, expected);

        Assert.True(problems.Count == 0, $"\"{conversation}\"\n  expected: {expected}\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public async Task Every_language_is_understood_at_least_nine_times_in_ten()
    {
        var byLanguage = new Dictionary<string, (int Total, int Passed)>();
        foreach (var phrasing in JudgedPhrasings.All)
        {
            var passed = (await RunAsync(phrasing.Conversation, phrasing.Expected)).Count == 0;
            var language = JudgedPhrasings.Language(phrasing.Conversation);
            var (total, ok) = byLanguage.GetValueOrDefault(language);
            byLanguage[language] = (total + 1, ok + (passed ? 1 : 0));
        }

        foreach (var (language, (total, ok)) in byLanguage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {ok}/{total} = {(double)ok / total:P1}"));
        }
        Assert.All(byLanguage, entry => Assert.True(entry.Value.Passed >= 0.9 * entry.Value.Total, $"{entry.Key}: {entry.Value.Passed}/{entry.Value.Total}"));
    }

    private async Task<List<string>> RunAsync(string conversation, string expected)
    {
        var user = await fixture.NewUserAsync();
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
                return [$"\"{text}\" got {(int)reply.Status}: {reply.Text}"];
            }
            conversationId = reply.Body!["conversation_id"]!.GetValue<string>();
            lastReply = reply.Body;
            transcript.Add($"> {text}\n    {reply.Body["response"]}");
        }

        var after = await TasksAsync(user);
        if (expected.StartsWith("list", StringComparison.Ordinal))
        {
            problems.AddRange(JudgeList(expected, lastReply!));
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
        return problems;
    }

    // "list status=completed due=today": the last list_tasks call of the reply filtered exactly so.
    private static IEnumerable<string> JudgeList(string expected, JsonNode reply)
    {
        var wanted = expected["list".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);
        var call = reply["tool_calls"]!.AsArray().LastOrDefault(c => c!["name"]!.GetValue<string>() == "list_tasks");
        if (call is null)
        {
            yield return "no list_tasks call";
            yield break;
        }
        var arguments = call["arguments"]!.AsObject();
        foreach (var key in new[] { "status", "priority", "tag", "due", "query" })
        {
            var actual = arguments[key]?.GetValue<string>();
            var want = wanted.GetValueOrDefault(key);
            // an unfiltered status is "all" whether said or not
            if (key == "status" && (actual ?? "all") == (want ?? "all")) continue;
            if (!string.Equals(actual, want, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"list_tasks {key} is {actual ?? "unset"}, expected {want ?? "unset"}";
            }
        }
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

    [GeneratedRegex(@"\{(?<title>[^}]+)\}")]
    private static partial Regex Placeholder();
}
