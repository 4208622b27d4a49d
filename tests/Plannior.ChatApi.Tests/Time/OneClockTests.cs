using System.Net;
using Plannior.ChatApi.Chat.Offline;
using Plannior.ChatApi.Chat.Tools;
using Plannior.ChatApi.Tasks;
using Plannior.ChatApi.Tests.Infrastructure;
using Plannior.Contracts;

namespace Plannior.ChatApi.Tests.Time;

/// <summary>
/// One wall clock for every path: the day bounds of REST queries, the tools' local times, the offline assistant's
/// dates and the web app's forms all follow <see cref="WallClock"/>, across DST gaps and overlaps.
/// </summary>
public sealed class OneClockTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private static readonly string[] Zones = ["Europe/London", "America/New_York", "America/Santiago", "Australia/Sydney", "Asia/Karachi", "UTC"];

    private static readonly TimeZoneInfo London = WallClock.Zone("Europe/London");

    public static TheoryData<string> EveryZone => [.. Zones];

    [Theory]
    [MemberData(nameof(EveryZone))]
    public void Every_day_of_the_year_starts_at_its_first_instant_even_where_midnight_is_skipped(string zoneId)
    {
        var zone = WallClock.Zone(zoneId);
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            var start = WallClock.StartOfDay(day, zone);

            Assert.Equal(day, DateOnly.FromDateTime(WallClock.ToLocal(start, zone).DateTime));
            Assert.Equal(day.AddDays(-1), DateOnly.FromDateTime(WallClock.ToLocal(start.AddTicks(-1), zone).DateTime));
        }
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_moves_past_the_gap_and_a_repeated_one_means_its_first_occurrence()
    {
        // London, 28 March 2027: 01:00 GMT jumps to 02:00 BST. 31 October 2027: 02:00 BST falls back to 01:00 GMT.
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), WallClock.ToInstant(new DateTime(2027, 3, 28, 1, 30, 0), London));
        Assert.False(WallClock.Exists(new DateTime(2027, 3, 28, 1, 30, 0), London));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), WallClock.ToInstant(new DateTime(2027, 10, 31, 1, 30, 0), London));
        Assert.True(WallClock.Exists(new DateTime(2027, 10, 31, 1, 30, 0), London));
    }

    public static TheoryData<string> WallTimes =>
        ["2027-03-28T00:30", "2027-03-28T01:00", "2027-03-28T01:30", "2027-03-28T02:00", "2027-10-31T00:59", "2027-10-31T01:00", "2027-10-31T01:30", "2027-10-31T02:00", "2027-06-01T09:00"];

    [Theory]
    [MemberData(nameof(WallTimes))]
    public void The_tools_the_assistant_and_the_query_clock_read_a_wall_time_the_same_way(string wallTime)
    {
        var local = DateTime.Parse(wallTime, System.Globalization.CultureInfo.InvariantCulture);
        var expected = WallClock.ToInstant(local, London);
        var clock = new UserClock(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), London);

        var byTool = ToolDates.Parse("due_at", wallTime, clock);
        var byAssistant = new TurnContext(DateTimeOffset.UtcNow, London, "en").At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));

        Assert.Equal(expected, byTool);
        Assert.Equal(expected, byAssistant);
        Assert.Equal(WallClock.StartOfDay(DateOnly.FromDateTime(local), London).UtcDateTime, clock.StartOfDayUtc(DateOnly.FromDateTime(local)));
    }

    [Theory]
    [InlineData("add catch the night bus on 28 March 2027 at 1:30am", "2027-03-28T01:30")]
    [InlineData("add catch the night bus on 31 October 2027 at 1:30am", "2027-10-31T01:30")]
    public async Task Chat_and_mcp_put_the_same_wall_time_at_the_same_instant(string message, string wallTime)
    {
        var user = await factory.NewUserAsync("Europe/London");
        await using var mcp = await factory.ConnectMcpAsync(user);

        var chat = await user.PostAsync($"/api/{user.UserId}/chat", new { message });
        var byMcp = (await mcp.CallAsync("add_task", new { title = "Night bus", due_at = wallTime })).Json();

        chat.AssertStatus(HttpStatusCode.OK);
        var tasks = (await user.ListTasksAsync())["items"]!.AsArray();
        var expected = WallClock.ToInstant(DateTime.Parse(wallTime, System.Globalization.CultureInfo.InvariantCulture), London);
        Assert.All(tasks, task => Assert.Equal(expected, task.Instant("due_at")));
        Assert.Equal(2, tasks.Count);
        Assert.Equal(expected, DateTimeOffset.Parse(byMcp.Str("due_at"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
