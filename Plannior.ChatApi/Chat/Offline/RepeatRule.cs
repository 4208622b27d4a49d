namespace Plannior.ChatApi.Chat.Offline;

using System.Text;

// Nth: with a monthly rule and one day, which of its weekdays in the month (1-4, or -1 for the last one).
// ByMonthDay -1 is the month's last day.
// Until: the last day the rule may fall on ("until december 31"), written as a date-only UNTIL.
internal sealed record RepeatRule(string Freq, int Interval = 1, IReadOnlyList<DayOfWeek>? ByDay = null, int? ByMonthDay = null, int? Nth = null, DateOnly? Until = null)
{
    public const string Daily = "DAILY";
    public const string Weekly = "WEEKLY";
    public const string Monthly = "MONTHLY";
    public const string Yearly = "YEARLY";

    public string ToRRule()
    {
        var sb = new StringBuilder("FREQ=").Append(Freq);
        if (Interval > 1) sb.Append(";INTERVAL=").Append(Interval);
        if (ByDay is { Count: > 0 }) sb.Append(";BYDAY=").AppendJoin(',', ByDay.Select(day => $"{Nth}{DayCode(day)}"));
        if (ByMonthDay is { } day) sb.Append(";BYMONTHDAY=").Append(day);
        if (Until is { } until) sb.Append(";UNTIL=").Append(until.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    // The first day the rule falls on, for rules that name their days; null when any day could start it.
    public DateOnly? FirstOccurrence(DateOnly today, TimeOnly time, TimeOnly now)
    {
        Func<DateOnly, bool>? matches = (Freq, ByDay, ByMonthDay) switch
        {
            (Monthly, [var weekday], _) when Nth is { } nth => d => d.DayOfWeek == weekday
                && (nth < 0 ? d.AddDays(7).Month != d.Month : (d.Day - 1) / 7 + 1 == nth),
            (_, { Count: > 0 } days, _) => d => days.Contains(d.DayOfWeek),
            (Monthly, _, < 0) => d => d.Day == DateTime.DaysInMonth(d.Year, d.Month),
            (Monthly, _, { } monthDay) => d => d.Day == Math.Min(monthDay, DateTime.DaysInMonth(d.Year, d.Month)),
            (Daily, _, _) => _ => true,
            _ => null,
        };
        if (matches is null)
        {
            return null;
        }

        for (var offset = time > now ? 0 : 1; offset <= 62; offset++)
        {
            var day = today.AddDays(offset);
            if (matches(day))
            {
                return day;
            }
        }

        return null;
    }

    public static string DayCode(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    public static RepeatRule? Parse(string? rrule)
    {
        if (string.IsNullOrWhiteSpace(rrule))
        {
            return null;
        }

        var parts = rrule.Replace("RRULE:", "", StringComparison.OrdinalIgnoreCase).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].ToUpperInvariant(), p => p[1].ToUpperInvariant());
        if (!parts.TryGetValue("FREQ", out var freq))
        {
            return null;
        }

        var interval = parts.TryGetValue("INTERVAL", out var i) && int.TryParse(i, out var n) ? n : 1;
        var days = parts.TryGetValue("BYDAY", out var d)
            ? d.Split(',').Select(code => Enum.GetValues<DayOfWeek>().FirstOrDefault(w => DayCode(w) == code[^2..])).ToList()
            : null;
        int? nth = d is { Length: > 2 } && !d.Contains(',') && int.TryParse(d[..^2], out var position) ? position : null;
        int? monthDay = parts.TryGetValue("BYMONTHDAY", out var md) && int.TryParse(md, out var m) ? m : null;
        return new RepeatRule(freq, interval, days, monthDay, nth);
    }
}
