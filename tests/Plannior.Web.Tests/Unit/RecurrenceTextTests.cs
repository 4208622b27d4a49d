using Plannior.Web.Components.Tasks;
using Plannior.Web.Services;

namespace Plannior.Web.Tests.Unit;

public sealed class RecurrenceTextTests
{
    [Theory]
    [InlineData("FREQ=DAILY", "every day")]
    [InlineData("FREQ=DAILY;INTERVAL=3", "every 3 days")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday")]
    [InlineData("FREQ=WEEKLY;BYDAY=TH,MO", "every week on Mon and Thu")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", "every 2 weeks on Sat")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1", "every month on the 1st")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=22", "every month on the 22nd")]
    [InlineData("FREQ=YEARLY", "every year")]
    [InlineData("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day")]
    public void A_rule_reads_as_words(string rule, string words) => Assert.Equal(words, RecurrenceText.Describe(rule));

    [Theory]
    [InlineData(null, RepeatKind.None)]
    [InlineData("FREQ=DAILY", RepeatKind.Daily)]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", RepeatKind.Weekdays)]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TH", RepeatKind.Weekly)]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=15", RepeatKind.Monthly)]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", RepeatKind.Custom)]
    public void The_picker_opens_on_the_rule_it_can_show_and_writes_it_back(string? rule, RepeatKind kind)
    {
        var choice = RecurrenceChoice.From(rule);

        Assert.Equal(kind, choice.Kind);
        Assert.Equal(rule, choice.ToRule());
    }

    [Fact]
    public void Weekly_days_are_written_in_week_order()
    {
        var choice = new RecurrenceChoice { Kind = RepeatKind.Weekly };
        choice.WeekDays.UnionWith(["FR", "MO"]);

        Assert.Equal("FREQ=WEEKLY;BYDAY=MO,FR", choice.ToRule());
    }
}
