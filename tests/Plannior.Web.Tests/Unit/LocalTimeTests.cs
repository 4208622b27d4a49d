using Plannior.Web.Services;

namespace Plannior.Web.Tests.Unit;

public sealed class LocalTimeTests
{
    private static readonly TimeZoneInfo Karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // 23:00 in Karachi on 1 June 2030
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2030-06-01T14:00:00Z", "Today, 19:00")]
    [InlineData("2030-06-01T19:30:00Z", "Tomorrow, 00:30")]
    [InlineData("2030-06-01T04:00:00Z", "Today, 09:00")]
    [InlineData("2030-06-01T20:00:00Z", "Tomorrow, 01:00")]
    [InlineData("2030-05-31T04:00:00Z", "Yesterday, 09:00")]
    [InlineData("2030-06-10T04:00:00Z", "Mon 10 Jun, 09:00")]
    [InlineData("2031-01-15T04:30:00Z", "15 Jan 2031, 09:30")]
    public void Due_dates_read_in_the_users_own_day(string dueUtc, string expected)
    {
        var now = Now.AddHours(-14); // 14:00 in Karachi, so "today" is 1 June there
        Assert.Equal(expected, LocalTime.Describe(DateTimeOffset.Parse(dueUtc), Karachi, now));
    }

    [Fact]
    public void Late_evening_in_karachi_is_already_the_next_day_in_utc_terms()
    {
        Assert.Equal("Tomorrow, 09:00", LocalTime.Describe(new DateTimeOffset(2030, 6, 2, 4, 0, 0, TimeSpan.Zero), Karachi, Now));
    }

    [Fact]
    public void A_typed_wall_clock_time_is_read_in_the_users_zone()
    {
        var utc = LocalTime.FromLocal(new DateTime(2030, 1, 15, 9, 30, 0), Karachi);

        Assert.Equal(new DateTimeOffset(2030, 1, 15, 4, 30, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.Zero, utc!.Value.Offset);
    }

    [Fact]
    public void A_time_skipped_by_a_clock_change_is_refused()
    {
        // clocks in London jump from 01:00 to 02:00 on 31 March 2030
        Assert.Null(LocalTime.FromLocal(new DateTime(2030, 3, 31, 1, 30, 0), London));
        Assert.Equal(new DateTimeOffset(2030, 3, 31, 1, 30, 0, TimeSpan.Zero),
            LocalTime.FromLocal(new DateTime(2030, 3, 31, 2, 30, 0), London));
    }

    [Fact]
    public void A_repeated_wall_time_is_read_as_its_first_occurrence_like_the_api_and_the_assistant_read_it()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var repeated = new DateTime(2027, 10, 31, 1, 30, 0);

        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), LocalTime.FromLocal(repeated, london));
        Assert.Equal(WallClock.ToInstant(repeated, london), LocalTime.FromLocal(repeated, london));
        Assert.Null(LocalTime.FromLocal(new DateTime(2027, 3, 28, 1, 30, 0), london));
    }
}
