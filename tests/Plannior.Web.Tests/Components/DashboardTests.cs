using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Plannior.Web.Components.Pages;

namespace Plannior.Web.Tests.Components;

public sealed class DashboardTests : SignedInPageTest
{
    private static string Task(int id, string title, string? dueAt, bool completed = false, string? completedAt = null) => $$"""
        {"id":{{id}},"title":"{{title}}","description":null,"completed":{{(completed ? "true" : "false")}},"priority":"medium","tags":[],
         "due_at":{{(dueAt is null ? "null" : $"\"{dueAt}\"")}},"remind_at":null,"recurrence":null,
         "created_at":"2029-12-01T10:00:00Z","updated_at":"2029-12-01T10:00:00Z","completed_at":{{(completedAt is null ? "null" : $"\"{completedAt}\"")}}}
        """;

    private static string Page(params string[] items) =>
        $$"""{"items":[{{string.Join(',', items)}}],"total_count":{{items.Length}},"limit":50,"offset":0,"has_more":false}""";

    private static string Count(int total) => $$"""{"items":[],"total_count":{{total}},"limit":1,"offset":0,"has_more":false}""";

    /// <summary>Thirty days ending 10 January 2030 (Karachi), with a generated count for each.</summary>
    private static (string Json, int[] Counts) Stats(int total, int completed, int overdue, int today, int tomorrow, int high)
    {
        var random = new Random(total * 31 + completed);
        var counts = Enumerable.Range(0, 30).Select(_ => random.Next(0, 6)).ToArray();
        var days = string.Join(',', counts.Select((count, i) =>
            $$"""{"date":"{{new DateOnly(2030, 1, 10).AddDays(i - 29):yyyy-MM-dd}}","count":{{count}}}"""));
        var rate = total == 0 ? 0 : Math.Round((double)completed / total, 4);
        return ($$"""
            {"total":{{total}},"completed":{{completed}},"pending":{{total - completed}},"overdue":{{overdue}},"due_today":{{today}},
             "due_tomorrow":{{tomorrow}},"high_priority":{{high}},"completion_rate":{{rate.ToString(CultureInfo.InvariantCulture)}},
             "completed_by_day":[{{days}}]}
            """, counts);
    }

    private void Seed(string stats, int high = 0, int medium = 0, int low = 0)
    {
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks/stats", HttpStatusCode.OK, stats);
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?", HttpStatusCode.OK, Page());
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?status=pending&priority=high", HttpStatusCode.OK, Count(high));
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?status=pending&priority=medium", HttpStatusCode.OK, Count(medium));
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?status=pending&priority=low", HttpStatusCode.OK, Count(low));
    }

    private static int Value(AngleSharp.Dom.IElement element) =>
        int.Parse(element.GetAttribute("data-value")!, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(12, 5, 2, 3, 1, 4)]
    [InlineData(40, 39, 0, 1, 0, 0)]
    [InlineData(1, 0, 1, 0, 0, 1)]
    public void The_figures_are_the_apis(int total, int completed, int overdue, int today, int tomorrow, int high)
    {
        var (stats, counts) = Stats(total, completed, overdue, today, tomorrow, high);
        var pending = total - completed;
        Seed(stats, high: high, medium: pending - high, low: 0);

        var cut = RenderSignedIn<Dashboard>();
        cut.WaitForElement("[data-testid=chart-completions]");

        Assert.Equal(overdue, Value(cut.Find("[data-testid=glance-overdue-count]")));
        Assert.Equal(today, Value(cut.Find("[data-testid=glance-today-count]")));
        Assert.Equal(tomorrow, Value(cut.Find("[data-testid=glance-tomorrow-count]")));
        Assert.Equal(counts[^7..].Sum(), Value(cut.Find("[data-testid=glance-completed-count]")));
        Assert.Equal(counts, cut.FindAll("[data-testid=completions-bar]").Select(Value));
        Assert.Equal(counts.Sum(), Value(cut.Find("[data-testid=completions-total]")));
        Assert.Equal([high, pending - high, 0], new[] { "high", "medium", "low" }.Select(p => Value(cut.Find($"[data-testid=priority-{p}]"))));
        Assert.Equal(completed, Value(cut.Find("[data-testid=rate-completed]")));
        var rate = Math.Round((double)completed / total, 4).ToString("P0", CultureInfo.CurrentCulture);
        Assert.StartsWith(rate, cut.Find("[data-testid=chart-rate] desc").TextContent, StringComparison.Ordinal);
        // every chart is an image with a name and a description, and the daily counts are also a table
        Assert.All(cut.FindAll("svg[role=img]"), svg => Assert.Equal(2, svg.GetAttribute("aria-labelledby")!.Split(' ').Length));
        Assert.Equal(30, cut.FindAll(".visually-hidden table tbody tr").Count);
    }

    [Fact]
    public void The_glance_lists_tomorrows_tasks_by_the_users_day_and_the_latest_completed_first()
    {
        Seed(Stats(6, 2, 0, 1, 1, 0).Json, medium: 4);
        // 10 Jan 2030 in Karachi is UTC+5: 19:30Z on the 10th is already the 11th there, 18:00Z is still the 10th
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?status=pending&due=week", HttpStatusCode.OK,
            Page(Task(1, "Today late", "2030-01-10T18:00:00Z"), Task(2, "Tomorrow early", "2030-01-10T19:30:00Z"), Task(3, "Next week", "2030-01-14T09:00:00Z")));
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?status=completed", HttpStatusCode.OK,
            Page(Task(4, "Old one", null, true, "2030-01-01T09:00:00Z"), Task(5, "New one", null, true, "2030-01-09T09:00:00Z")));

        var cut = RenderSignedIn<Dashboard>();
        cut.WaitForElement("[data-testid=glance-tomorrow]");

        Assert.Equal(["Tomorrow early"], cut.FindAll("[data-testid=glance-tomorrow] .glance-card__item").Select(e => e.TextContent));
        Assert.Equal(["New one", "Old one"], cut.FindAll("[data-testid=glance-completed] .glance-card__item").Select(e => e.TextContent));
    }

    [Fact]
    public void A_new_account_gets_a_welcome_instead_of_empty_charts()
    {
        Seed(Stats(0, 0, 0, 0, 0, 0).Json);

        var cut = RenderSignedIn<Dashboard>();
        cut.WaitForElement("[data-testid=dashboard-empty]");

        Assert.Empty(cut.FindAll("svg[role=img]"));
        Assert.Equal("tasks", cut.Find("[data-testid=dashboard-empty-add]").GetAttribute("href"));
    }

    [Fact]
    public void In_urdu_the_dashboard_speaks_urdu()
    {
        UseCulture("ur");
        Seed(Stats(3, 1, 1, 1, 0, 1).Json, high: 1, medium: 1);

        var cut = RenderSignedIn<Dashboard>();
        cut.WaitForElement("[data-testid=chart-completions]");

        Assert.Equal("آپ کا ڈیش بورڈ", cut.Find("h1").TextContent);
        Assert.Equal("تاخیر شدہ", cut.Find("[data-testid=glance-overdue] .glance-card__label").TextContent);
        Assert.Equal("زیادہ", cut.Find("[data-testid=priority-high] .chart__legend-label").TextContent);
    }

    [Fact]
    public void A_failed_load_says_so()
    {
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks", HttpStatusCode.ServiceUnavailable,
            JsonSerializer.Serialize(new { title = "down", status = 503 }), "application/problem+json");

        var cut = RenderSignedIn<Dashboard>();

        cut.WaitForAssertion(() => Assert.Contains("temporarily unavailable", cut.Find("[data-testid=dashboard-error]").TextContent, StringComparison.Ordinal));
    }
}
