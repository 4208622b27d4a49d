namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;

// What the user said about "when", before it is pinned to a calendar instant.
internal sealed class WhenPhrase
{
    public static readonly TimeOnly DefaultTime = new(9, 0);

    public DateOnly? Date { get; set; }
    public bool SaidToday { get; set; }
    public TimeOnly? Time { get; set; }
    public DayPart? Part { get; set; }
    public DateTimeOffset? Exact { get; set; }
    // "actually make it 9": an hour said with no am/pm, meant in the half of the day the task already has
    public bool HalfUnsaid { get; set; }

    public bool IsEmpty => Date is null && Time is null && Part is null && Exact is null;
    public bool HasTime => Time is not null || Part is not null || Exact is not null;

    // keepTime: when moving a task that already has a time of day, a date-only phrase keeps that time
    public DateTimeOffset? Resolve(TurnContext ctx, RepeatRule? rule = null, TimeOnly? keepTime = null)
    {
        if (Exact is { } exact)
        {
            var local = ctx.ToLocal(exact);
            return local.AddSeconds(-local.Second).AddMilliseconds(-local.Millisecond);
        }

        var nowTime = TimeOnly.FromDateTime(ctx.Now.DateTime);
        var time = Time ?? PartTime(Part);
        var date = Date;
        // "15 december se har budh ko": a repeat on named days starts on the first of them from that date
        if (date is not null && rule is { Freq: RepeatRule.Weekly, ByDay: { Count: > 0 } days })
        {
            while (!days.Contains(date.Value.DayOfWeek)) date = date.Value.AddDays(1);
        }
        if (date is null)
        {
            date = rule?.FirstOccurrence(ctx.Today, time ?? keepTime ?? DefaultTime, nowTime);
            if (date is null && time is null)
            {
                return null;
            }

            date ??= time > nowTime ? ctx.Today : ctx.Today.AddDays(1);
        }

        if (time is null)
        {
            time = keepTime ?? DefaultTime;
            // "buy milk today" said after nine still means later today, not an already overdue task
            if (date == ctx.Today && time <= nowTime)
            {
                time = nowTime < new TimeOnly(18, 0) ? new TimeOnly(18, 0) : new TimeOnly(23, 0);
            }
        }

        return ctx.At(date.Value, time.Value);
    }

    public static TimeOnly? PartTime(DayPart? part) => part switch
    {
        DayPart.Morning => new TimeOnly(9, 0),
        DayPart.Afternoon => new TimeOnly(14, 0),
        DayPart.Evening => new TimeOnly(18, 0),
        DayPart.Night => new TimeOnly(20, 0),
        _ => null,
    };

    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
