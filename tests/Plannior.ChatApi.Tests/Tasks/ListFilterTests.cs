using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>GET /tasks filters: status, priority, tag, q; an unknown value is a 400 naming the parameter.</summary>
public sealed class ListFilterTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task Status_filters_pending_and_completed_and_defaults_to_all()
    {
        var api = await factory.NewUserAsync();
        var open1 = await api.NewTaskAsync(new { title = "Open one" });
        var done = await api.NewTaskAsync(new { title = "Done" });
        var open2 = await api.NewTaskAsync(new { title = "Open two" });
        await api.CompleteTaskAsync(done.Id());

        Assert.Equal([open2.Id(), open1.Id()], (await api.ListTasksAsync("status=pending")).Ids());
        Assert.Equal([done.Id()], (await api.ListTasksAsync("status=completed")).Ids());
        Assert.Equal(3, (await api.ListTasksAsync("status=all")).Int("total_count"));
        Assert.Equal(3, (await api.ListTasksAsync()).Int("total_count"));
        Assert.Equal([done.Id()], (await api.ListTasksAsync("status=COMPLETED")).Ids());
    }

    [Fact]
    public async Task Priority_filters_to_one_level()
    {
        var api = await factory.NewUserAsync();
        var high = await api.NewTaskAsync(new { title = "Urgent", priority = "high" });
        await api.NewTaskAsync(new { title = "Normal" });
        var low = await api.NewTaskAsync(new { title = "Someday", priority = "low" });

        Assert.Equal([high.Id()], (await api.ListTasksAsync("priority=high")).Ids());
        Assert.Equal([low.Id()], (await api.ListTasksAsync("priority=low")).Ids());
        Assert.Single((await api.ListTasksAsync("priority=medium")).Ids());
    }

    [Theory]
    [InlineData("work")]
    [InlineData("WORK")]
    [InlineData("%23work")]
    [InlineData("%23Work")]
    [InlineData("%20work%20")]
    public async Task Tag_matches_case_insensitively_with_or_without_hash(string tag)
    {
        var api = await factory.NewUserAsync();
        var tagged = await api.NewTaskAsync(new { title = "Slides", tags = new[] { "#Work", "q3" } });
        await api.NewTaskAsync(new { title = "Groceries", tags = new[] { "home" } });
        await api.NewTaskAsync(new { title = "Workout", tags = new[] { "workout" } });

        var page = await api.ListTasksAsync($"tag={tag}");

        Assert.Equal([tagged.Id()], page.Ids());
    }

    [Fact]
    public async Task Q_searches_title_and_description_case_insensitively()
    {
        var api = await factory.NewUserAsync();
        var inTitle = await api.NewTaskAsync(new { title = "Buy MILK" });
        var inDescription = await api.NewTaskAsync(new { title = "Groceries", description = "eggs, bread, Milk" });
        await api.NewTaskAsync(new { title = "Call mom", description = "about the weekend" });

        var page = await api.ListTasksAsync("q=milk");

        Assert.Equal([inDescription.Id(), inTitle.Id()], page.Ids());
        Assert.Equal(2, page.Int("total_count"));
        Assert.Empty((await api.ListTasksAsync("q=cheese")).Ids());
    }

    [Theory]
    [InlineData("0%25", "100% done")]
    [InlineData("e_c", "snake_case name")]
    [InlineData("a%5Cb", @"path a\b")]
    public async Task Q_treats_like_wildcards_literally(string q, string expectedTitle)
    {
        var api = await factory.NewUserAsync();
        foreach (var title in new[] { "100% done", "1000 reasons", "snake_case name", "snakeXcase name", @"path a\b", "path ab" })
        {
            await api.NewTaskAsync(new { title });
        }

        var page = await api.ListTasksAsync($"q={q}");

        Assert.Equal([expectedTitle], page.Titles());
    }

    [Fact]
    public async Task Filters_combine()
    {
        var api = await factory.NewUserAsync();
        var match = await api.NewTaskAsync(new { title = "Quarterly report", priority = "high", tags = new[] { "work" } });
        await api.NewTaskAsync(new { title = "Quarterly taxes", priority = "high", tags = new[] { "home" } });
        await api.NewTaskAsync(new { title = "Quarterly review", priority = "low", tags = new[] { "work" } });
        var done = await api.NewTaskAsync(new { title = "Quarterly plan", priority = "high", tags = new[] { "work" } });
        await api.CompleteTaskAsync(done.Id());

        var page = await api.ListTasksAsync("status=pending&priority=high&tag=work&q=quarterly");

        Assert.Equal([match.Id()], page.Ids());
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("priority=urgent", "priority")]
    [InlineData("priority=3", "priority")]
    [InlineData("priority=low,high", "priority")]
    [InlineData("due=soon", "due")]
    [InlineData("due=today,week", "due")]
    [InlineData("sort=random", "sort")]
    [InlineData("sort=created,title", "sort")]
    [InlineData("order=up", "order")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("Q201", "q")]
    [InlineData("TAG34", "tag")]
    public async Task Unknown_or_out_of_range_values_are_a_400_naming_the_parameter(string query, string field)
    {
        var api = await factory.NewUserAsync();
        query = query switch
        {
            "Q201" => $"q={new string('q', 201)}",
            "TAG34" => $"tag={new string('t', 34)}",
            _ => query,
        };

        var response = await api.GetAsync($"{api.TasksPath()}?{query}");

        response.AssertValidationError(field);
    }
}
