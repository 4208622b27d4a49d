using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// A recurrence rule is RFC 5545 held strictly: a bad one is a 400 naming <c>recurrence</c> on POST and PATCH (a tool
/// error in chat and MCP), and nothing of it is stored; a valid but pathological one never makes completing slow.
/// </summary>
public sealed class RecurrenceValidationTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string ExistingRule = "FREQ=WEEKLY;BYDAY=MO";

    // A hang guard, not a speed test: a search without a cap would take minutes, not seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static TheoryData<string> InvalidRules() => [.. RecurrenceCorpus.Invalid()];

    public static TheoryData<string, string> EachPartOnce()
    {
        var data = new TheoryData<string, string>();
        foreach (var (part, rule) in RecurrenceCorpus.EachPartOnce)
        {
            data.Add(part, rule);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public async Task An_invalid_rule_is_a_400_on_create_and_update_and_nothing_is_stored(string rule)
    {
        var api = await NewUserAsync();
        var existing = await api.NewTaskAsync(new { title = "Existing", due_at = DateTimeOffset.UtcNow.AddDays(2).Iso(), recurrence = ExistingRule });

        var created = await api.CreateTaskAsync(new { title = "Repeat", due_at = DateTimeOffset.UtcNow.AddDays(1).Iso(), recurrence = rule });
        var updated = await api.PatchAsync(api.TaskPath(existing.Id()), new { recurrence = rule });

        created.AssertValidationError("recurrence");
        updated.AssertValidationError("recurrence");
        Assert.Equal(1, (await api.ListTasksAsync()).Int("total_count"));
        Assert.True(JsonNode.DeepEquals(existing, await api.GetTaskAsync(existing.Id())), "the existing task changed");
    }

    [Theory]
    [MemberData(nameof(EachPartOnce))]
    public async Task Each_part_once_is_accepted_so_twice_is_refused_for_the_repetition(string part, string rule)
    {
        var api = await NewUserAsync();

        var task = await api.NewTaskAsync(new { title = $"Uses {part}", due_at = DateTimeOffset.UtcNow.AddDays(1).Iso(), recurrence = rule });

        Assert.Equal(rule, task.Str("recurrence"));
    }

    [Fact]
    public async Task A_rule_of_exactly_the_maximum_length_is_accepted()
    {
        var api = await NewUserAsync();
        var rule = RecurrenceCorpus.ValidRuleOfLength(RecurrenceCorpus.MaxLength);

        var task = await api.NewTaskAsync(new { title = "Long rule", recurrence = rule });

        Assert.Equal(RecurrenceCorpus.MaxLength, task.Str("recurrence").Length);
    }

    [Fact]
    public async Task The_openapi_document_gives_the_recurrence_limit()
    {
        var document = (await factory.CreateApiClient().GetAsync("/openapi/v1.json")).Body!;

        foreach (var request in new[] { "CreateTaskRequest", "UpdateTaskRequest" })
        {
            var recurrence = document["components"]?["schemas"]?[request]?["properties"]?["recurrence"]
                ?? throw new Xunit.Sdk.XunitException($"{request} has no recurrence property");
            Assert.Equal(RecurrenceCorpus.MaxLength, recurrence["maxLength"]?.GetValue<int>());
            Assert.Contains("RFC 5545", recurrence.Str("description"));
            Assert.Contains($"{RecurrenceCorpus.MaxLength} characters", recurrence.Str("description"));
        }
    }

    [Fact]
    public async Task The_task_tools_refuse_an_invalid_rule_as_a_tool_error()
    {
        var api = await NewUserAsync();
        var existing = await api.NewTaskAsync(new { title = "Existing", recurrence = ExistingRule });
        await using var mcp = await factory.ConnectMcpAsync(api);
        // One of each kind: repeated part, unknown part, out of range, no date in reach, oversized.
        string[] rules =
        [
            "FREQ=DAILY;FREQ=WEEKLY", "FREQ=DAILY;X-NAME=Y", "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            RecurrenceCorpus.ValidRuleOfLength(RecurrenceCorpus.MaxLength + 1),
        ];

        foreach (var rule in rules)
        {
            var added = await mcp.CallAsync("add_task", new { title = "Repeat", recurrence = rule });
            var updated = await mcp.CallAsync("update_task", new { task_id = existing.Id(), recurrence = rule });

            Assert.True(added.IsError, $"add_task accepted {rule}");
            Assert.Contains("recurrence", added.Json().Str("error"), StringComparison.OrdinalIgnoreCase);
            Assert.True(updated.IsError, $"update_task accepted {rule}");
            Assert.Contains("recurrence", updated.Json().Str("error"), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(1, (await api.ListTasksAsync()).Int("total_count"));
        Assert.Equal(ExistingRule, (await api.GetTaskAsync(existing.Id())).Str("recurrence"));
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO")]
    [InlineData("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=TH")]
    [InlineData("FREQ=MONTHLY;BYMONTH=2;BYDAY=MO;BYSETPOS=5")]
    [InlineData("FREQ=YEARLY;BYYEARDAY=366;BYDAY=MO")]
    [InlineData("FREQ=YEARLY;BYDAY=53MO")]
    [InlineData("FREQ=YEARLY;INTERVAL=99")]
    [InlineData("FREQ=DAILY;INTERVAL=1000;COUNT=1000")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYMONTH=2;BYSETPOS=-1")]
    [InlineData("FREQ=YEARLY;BYWEEKNO=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYMONTH=2;BYMONTHDAY=29;BYSETPOS=-1")]
    [InlineData("FREQ=YEARLY;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31;BYMONTH=2;BYDAY=TH;BYSETPOS=-1")]
    public async Task Completing_with_a_pathological_but_valid_rule_answers_from_any_due_date(string rule)
    {
        var api = await NewUserAsync(timezone: "Pacific/Kiritimati");
        foreach (var due in new[] { "0001-01-02T00:00:00Z", "1900-03-01T09:00:00Z", DateTimeOffset.UtcNow.AddDays(1).Iso(), "9950-06-30T09:00:00Z" })
        {
            var task = await api.NewTaskAsync(new { title = "Rarely", due_at = due, recurrence = rule });

            var result = await api.CompleteTaskAsync(task.Id());

            Assert.True(result["task"]!.Bool("completed"));
            if (result["next_task"] is { } next)
            {
                var nextDue = next.Instant("due_at");
                Assert.True(nextDue > DateTimeOffset.UtcNow.AddSeconds(-5) && nextDue > task.Instant("due_at"), $"{rule} from {due}: {nextDue:O}");
            }
        }
    }

    [Theory]
    [InlineData(96, "2124-02-29T09:00:00Z")]
    [InlineData(97, null)]
    public async Task A_series_whose_next_date_is_past_the_horizon_ends_instead_of_searching_on(int interval, string? expectedNext)
    {
        // Every N years on February 29th: after 2028, 96 years land on the leap year 2124; with 97 the next leap
        // day is in 2416, beyond the 100-year horizon, so the search stops there rather than running to year 9999.
        var api = await NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Leap day", due_at = "2028-02-29T09:00:00Z", recurrence = $"FREQ=YEARLY;INTERVAL={interval}" });

        var result = await api.CompleteTaskAsync(task.Id());

        Assert.Equal(expectedNext, result["next_task"]?.Str("due_at"));
    }

    private async Task<ApiClient> NewUserAsync(string? timezone = null)
    {
        var api = factory.CreateApiClient();
        api.Http.Timeout = HangGuard;
        return await api.SignUpAsync(timezone);
    }
}
