namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;

// Dates as a person says them in a reply: "tomorrow at 5:00 PM", "Fri 4 Dec at 9:00 AM", "کل شام 5 بجے".
// Written out by hand so replies do not depend on which cultures the server has installed.
internal static class DateWords
{
    private static readonly string[] UrduDays = ["اتوار", "پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ"];
    private static readonly string[] UrduMonths = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];

    public static string Describe(DateTimeOffset instant, TurnContext ctx)
    {
        var local = ctx.ToLocal(instant);
        var date = DateOnly.FromDateTime(local.DateTime);
        var days = date.DayNumber - ctx.Today.DayNumber;
        return ctx.IsUrdu ? Urdu(local, date, days, ctx) : English(local, date, days, ctx);
    }

    private static string English(DateTimeOffset local, DateOnly date, int days, TurnContext ctx)
    {
        var day = days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            _ when date.Year == ctx.Today.Year => local.ToString("ddd d MMM", CultureInfo.InvariantCulture),
            _ => local.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
        };
        return $"{day} at {local.ToString("h:mm tt", CultureInfo.InvariantCulture)}";
    }

    private static string Urdu(DateTimeOffset local, DateOnly date, int days, TurnContext ctx)
    {
        var day = days switch
        {
            0 => "آج",
            1 => "کل",
            2 => "پرسوں",
            -1 => "گزشتہ کل",
            _ => $"{UrduDays[(int)date.DayOfWeek]} {date.Day} {UrduMonths[date.Month - 1]}" + (date.Year == ctx.Today.Year ? "" : $" {date.Year}"),
        };
        var hour = local.Hour;
        var part = hour switch
        {
            >= 4 and < 12 => "صبح",
            >= 12 and < 16 => "دوپہر",
            >= 16 and < 19 => "شام",
            _ => "رات",
        };
        var h12 = hour % 12 == 0 ? 12 : hour % 12;
        var clock = local.Minute == 0 ? $"{h12}" : $"{h12}:{local.Minute:00}";
        return $"{day} {part} {clock} بجے";
    }

    public static string Recurrence(string rrule, bool urdu)
    {
        if (RepeatRule.Parse(rrule) is not { } rule)
        {
            return rrule;
        }

        var n = rule.Interval;
        if (rule is { Freq: RepeatRule.Monthly, ByDay: [var weekday], Nth: { } nth })
        {
            var which = nth < 0 ? (urdu ? "آخری" : "last") : urdu ? $"{nth}" : Ordinal(nth);
            return urdu ? $"ہر مہینے کا {which} {UrduDays[(int)weekday]}" : $"every month on the {which} {weekday}";
        }

        if (rule.ByMonthDay is < 0)
        {
            return urdu ? "ہر مہینے کا آخری دن" : "on the last day of every month";
        }

        if (rule.ByDay is { Count: > 0 } days)
        {
            var weekdays = days.Count == 5 && !days.Contains(DayOfWeek.Saturday) && !days.Contains(DayOfWeek.Sunday);
            var names = string.Join(urdu ? "، " : ", ", days.Select(d => urdu ? UrduDays[(int)d] : d.ToString()));
            return (urdu, weekdays, n) switch
            {
                (false, true, _) => "every weekday",
                (true, true, _) => "ہر کام کے دن (پیر تا جمعہ)",
                (false, _, 1) => $"every {names}",
                (false, _, _) => $"every {n} weeks on {names}",
                (true, _, 1) => $"ہر {names}",
                _ => $"ہر {n} ہفتے {names} کو",
            };
        }

        if (rule.ByMonthDay is { } monthDay)
        {
            return urdu ? $"ہر مہینے کی {monthDay} تاریخ" : $"every month on the {Ordinal(monthDay)}";
        }

        return (rule.Freq, urdu, n) switch
        {
            (RepeatRule.Daily, false, 1) => "every day",
            (RepeatRule.Weekly, false, 1) => "every week",
            (RepeatRule.Monthly, false, 1) => "every month",
            (RepeatRule.Yearly, false, 1) => "every year",
            (RepeatRule.Daily, false, _) => $"every {n} days",
            (RepeatRule.Weekly, false, _) => $"every {n} weeks",
            (RepeatRule.Monthly, false, _) => $"every {n} months",
            (_, false, _) => $"every {n} years",
            (RepeatRule.Daily, true, 1) => "روزانہ",
            (RepeatRule.Weekly, true, 1) => "ہر ہفتے",
            (RepeatRule.Monthly, true, 1) => "ہر مہینے",
            (RepeatRule.Yearly, true, 1) => "ہر سال",
            (RepeatRule.Daily, true, _) => $"ہر {n} دن بعد",
            (RepeatRule.Weekly, true, _) => $"ہر {n} ہفتے بعد",
            (RepeatRule.Monthly, true, _) => $"ہر {n} مہینے بعد",
            _ => $"ہر {n} سال بعد",
        };
    }

    public static string Priority(string priority, bool urdu) => (priority.ToLowerInvariant(), urdu) switch
    {
        ("high", true) => "زیادہ",
        ("medium", true) => "درمیانی",
        ("low", true) => "کم",
        (var p, _) => p,
    };

    private static string Ordinal(int n) => (n % 100 is 11 or 12 or 13 ? 0 : n % 10) switch
    {
        1 => $"{n}st",
        2 => $"{n}nd",
        3 => $"{n}rd",
        _ => $"{n}th",
    };
}
