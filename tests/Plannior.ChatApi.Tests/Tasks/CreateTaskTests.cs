using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

public sealed class CreateTaskTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private static readonly string[] TaskFields =
    [
        "id", "title", "description", "completed", "priority", "tags", "due_at", "remind_at", "recurrence",
        "created_at", "updated_at", "completed_at",
    ];

    [Fact]
    public async Task Create_returns_201_with_location_and_the_full_task()
    {
        var api = await factory.NewUserAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await api.CreateTaskAsync(new
        {
            title = "  Pay rent  ",
            description = "Transfer to the landlord",
            priority = "high",
            tags = new[] { "#Home", "bills", "home" },
            due_at = "2031-03-01T09:00:00+05:00",
            remind_at = "2031-03-01T08:30:00+05:00",
            recurrence = "rrule:freq=monthly;bymonthday=1",
        });

        response.AssertStatus(HttpStatusCode.Created);
        var task = response.Body!;
        Assert.Equal(TaskFields, task.AsObject().Select(p => p.Key));
        Assert.True(task.Id() > 0);
        Assert.Equal("Pay rent", task.Str("title"));
        Assert.Equal("Transfer to the landlord", task.Str("description"));
        Assert.False(task["completed"]!.GetValue<bool>());
        Assert.Equal("high", task.Str("priority"));
        Assert.Equal(["home", "bills"], task.Strings("tags"));
        Assert.Equal("2031-03-01T04:00:00Z", task.Str("due_at"));
        Assert.Equal(new DateTimeOffset(2031, 3, 1, 3, 30, 0, TimeSpan.Zero), task.Instant("remind_at"));
        Assert.Equal("FREQ=MONTHLY;BYMONTHDAY=1", task.Str("recurrence"));
        var createdAt = task.Instant("created_at");
        Assert.InRange(createdAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(createdAt, task.Instant("updated_at"));
        Assert.True(task.IsNull("completed_at"));

        var location = response.Headers.Location!;
        Assert.Equal(api.TaskPath(task.Id()), location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
        var fetched = await api.GetAsync(location.OriginalString);
        fetched.AssertStatus(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(task, fetched.Body), $"created {response.Text}\nfetched {fetched.Text}");
    }

    [Fact]
    public async Task Only_a_title_is_required_and_the_rest_defaults()
    {
        var api = await factory.NewUserAsync();

        var task = await api.NewTaskAsync(new { title = "Buy milk" });

        Assert.Equal("medium", task.Str("priority"));
        Assert.Empty(task.Strings("tags"));
        foreach (var field in new[] { "description", "due_at", "remind_at", "recurrence", "completed_at" })
        {
            Assert.True(task.IsNull(field), $"{field} should be null: {task.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("T201")]
    public async Task Blank_or_oversized_title_is_a_400(string? title)
    {
        var api = await factory.NewUserAsync();

        var response = await api.CreateTaskAsync(new { title = title == "T201" ? new string('t', 201) : title });

        response.AssertValidationError("title");
        Assert.Empty((await api.ListTasksAsync()).Ids());
    }

    [Fact]
    public async Task Title_of_200_characters_after_trimming_is_accepted()
    {
        var api = await factory.NewUserAsync();
        var title = new string('t', 200);

        var task = await api.NewTaskAsync(new { title = $"   {title}   " });

        Assert.Equal(title, task.Str("title"));
    }

    [Fact]
    public async Task Description_up_to_2000_characters()
    {
        var api = await factory.NewUserAsync();

        var ok = await api.NewTaskAsync(new { title = "Long", description = new string('d', 2000) });
        Assert.Equal(2000, ok.Str("description").Length);

        (await api.CreateTaskAsync(new { title = "Too long", description = new string('d', 2001) })).AssertValidationError("description");
    }

    [Fact]
    public async Task Up_to_10_tags()
    {
        var api = await factory.NewUserAsync();
        var tags = Enumerable.Range(1, 11).Select(i => $"tag{i}").ToArray();

        var ok = await api.NewTaskAsync(new { title = "Tagged", tags = tags[..10] });
        Assert.Equal(tags[..10], ok.Strings("tags"));

        (await api.CreateTaskAsync(new { title = "Over-tagged", tags })).AssertValidationError("tags");
    }

    [Fact]
    public async Task Tags_up_to_32_characters_and_not_blank()
    {
        var api = await factory.NewUserAsync();

        var ok = await api.NewTaskAsync(new { title = "Long tag", tags = new[] { new string('a', 32) } });
        Assert.Equal(new string('a', 32), ok.Strings("tags").Single());

        (await api.CreateTaskAsync(new { title = "Longer tag", tags = new[] { new string('a', 33) } })).AssertValidationError("tags");
        (await api.CreateTaskAsync(new { title = "Blank tag", tags = new[] { " " } })).AssertValidationError("tags");
        (await api.CreateTaskAsync(new { title = "Hash only", tags = new[] { "#" } })).AssertValidationError("tags");
    }

    [Theory]
    [InlineData("every tuesday")]
    [InlineData("FREQ=SOMETIMES")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("BYDAY=MO")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("FREQ=DAILY;INTERVAL=0")]
    [InlineData("FREQ=DAILY;INTERVAL=-1")]
    [InlineData("FREQ=DAILY;COUNT=0")]
    [InlineData("FREQ=DAILY;COUNT=99999999999")]
    [InlineData("FREQ=DAILY;UNTIL=yesterday")]
    public async Task Invalid_recurrence_is_a_400(string recurrence)
    {
        var api = await factory.NewUserAsync();

        var response = await api.CreateTaskAsync(new { title = "Repeat", due_at = DateTimeOffset.UtcNow.AddDays(1).Iso(), recurrence });

        response.AssertValidationError("recurrence");
    }

    [Theory]
    [InlineData("FREQ=DAILY", "FREQ=DAILY")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;BYDAY=MO,WE")]
    [InlineData("freq=monthly;bymonthday=-1", "FREQ=MONTHLY;BYMONTHDAY=-1")]
    [InlineData("FREQ=YEARLY;COUNT=3", "FREQ=YEARLY;COUNT=3")]
    public async Task Valid_recurrence_is_stored_in_canonical_form(string recurrence, string expected)
    {
        var api = await factory.NewUserAsync();

        var task = await api.NewTaskAsync(new { title = "Repeat", due_at = DateTimeOffset.UtcNow.AddDays(1).Iso(), recurrence });

        Assert.Equal(expected, task.Str("recurrence"));
    }
}
