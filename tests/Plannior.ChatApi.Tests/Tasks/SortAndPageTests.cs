using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>sort=created|due|priority|title with order=asc|desc, and limit/offset pages with total_count and has_more.</summary>
public sealed class SortAndPageTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    /// <summary>Created in this order: Banana, apple, cherry, date (no due date).</summary>
    private static async Task<ApiClient> SeedAsync(ChatApiFactory factory)
    {
        var api = await factory.NewUserAsync();
        await api.NewTaskAsync(new { title = "Banana", priority = "low", due_at = "2031-01-03T00:00:00Z" });
        await api.NewTaskAsync(new { title = "apple", priority = "high", due_at = "2031-01-01T00:00:00Z" });
        await api.NewTaskAsync(new { title = "cherry", priority = "medium", due_at = "2031-01-02T00:00:00Z" });
        await api.NewTaskAsync(new { title = "date", priority = "medium" });
        return api;
    }

    [Theory]
    [InlineData("", "date,cherry,apple,Banana")]
    [InlineData("sort=created", "date,cherry,apple,Banana")]
    [InlineData("sort=created&order=asc", "Banana,apple,cherry,date")]
    [InlineData("sort=due", "apple,cherry,Banana,date")]
    [InlineData("sort=due&order=desc", "Banana,cherry,apple,date")]
    [InlineData("sort=priority", "apple,date,cherry,Banana")]
    [InlineData("sort=priority&order=asc", "Banana,cherry,date,apple")]
    // Alphabetical as a reader expects it, whatever the database collation: "apple" before "Banana".
    [InlineData("sort=title", "apple,Banana,cherry,date")]
    [InlineData("sort=title&order=desc", "date,cherry,Banana,apple")]
    [InlineData("sort=TITLE&order=ASC", "apple,Banana,cherry,date")]
    public async Task Sorts_by_the_requested_key_and_order(string query, string expected)
    {
        var api = await SeedAsync(factory);

        var page = await api.ListTasksAsync(query);

        Assert.Equal(expected, string.Join(",", page.Titles()));
    }

    [Fact]
    public async Task Pages_report_total_and_has_more_at_exact_boundaries()
    {
        var api = await factory.NewUserAsync();
        for (var i = 1; i <= 5; i++)
        {
            await api.NewTaskAsync(new { title = $"Task {i}" });
        }

        await AssertPageAsync(api, "limit=2&offset=0", ["Task 1", "Task 2"], hasMore: true);
        await AssertPageAsync(api, "limit=2&offset=2", ["Task 3", "Task 4"], hasMore: true);
        await AssertPageAsync(api, "limit=2&offset=3", ["Task 4", "Task 5"], hasMore: false);
        await AssertPageAsync(api, "limit=2&offset=4", ["Task 5"], hasMore: false);
        await AssertPageAsync(api, "limit=4&offset=0", ["Task 1", "Task 2", "Task 3", "Task 4"], hasMore: true);
        await AssertPageAsync(api, "limit=5&offset=0", ["Task 1", "Task 2", "Task 3", "Task 4", "Task 5"], hasMore: false);
        await AssertPageAsync(api, "limit=2&offset=5", [], hasMore: false);
        await AssertPageAsync(api, "limit=2&offset=50", [], hasMore: false);
    }

    [Fact]
    public async Task Limit_defaults_to_50_and_accepts_1_to_100()
    {
        var api = await factory.NewUserAsync();
        await api.NewTaskAsync(new { title = "Only" });

        var page = await api.ListTasksAsync();
        Assert.Equal(["items", "total_count", "limit", "offset", "has_more"], page.AsObject().Select(p => p.Key));
        Assert.Equal(50, page.Int("limit"));
        Assert.Equal(0, page.Int("offset"));
        Assert.Equal(1, (await api.ListTasksAsync("limit=1")).Int("limit"));
        Assert.Equal(100, (await api.ListTasksAsync("limit=100")).Int("limit"));

        (await api.GetAsync($"{api.TasksPath()}?limit=0")).AssertValidationError("limit");
        (await api.GetAsync($"{api.TasksPath()}?limit=101")).AssertValidationError("limit");
        (await api.GetAsync($"{api.TasksPath()}?offset=-1")).AssertValidationError("offset");
    }

    [Fact]
    public async Task Walking_the_pages_visits_every_task_once()
    {
        var api = await factory.NewUserAsync();
        var created = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            created.Add((await api.NewTaskAsync(new { title = $"Same title", priority = "medium" })).Id());
        }

        var seen = new List<int>();
        for (var offset = 0; ; offset += 3)
        {
            var page = await api.ListTasksAsync($"sort=title&limit=3&offset={offset}");
            seen.AddRange(page.Ids());
            if (!page["has_more"]!.GetValue<bool>())
            {
                break;
            }
        }

        Assert.Equal(created.Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    private static async Task AssertPageAsync(ApiClient api, string query, string[] titles, bool hasMore)
    {
        var response = await api.GetAsync($"{api.TasksPath()}?sort=created&order=asc&{query}");
        response.AssertStatus(HttpStatusCode.OK);
        var page = response.Body!;
        Assert.Equal(titles, page.Titles());
        Assert.Equal(5, page.Int("total_count"));
        Assert.True(hasMore == page["has_more"]!.GetValue<bool>(), $"{query}: has_more should be {hasMore}");
        var limit = int.Parse(query.Split('&')[0]["limit=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(limit, page.Int("limit"));
        Assert.Equal(int.Parse(query.Split('&')[1]["offset=".Length..], System.Globalization.CultureInfo.InvariantCulture), page.Int("offset"));
    }
}
