namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.RegularExpressions;

// Repeats, turned into RFC 5545 rules: "every monday" → FREQ=WEEKLY;BYDAY=MO, "every 2 weeks" →
// FREQ=WEEKLY;INTERVAL=2, "every 1st of the month" / "har mahine ki 1 tareekh" → FREQ=MONTHLY;BYMONTHDAY=1.
// Runs before date extraction so "monthly on the 15th" is not read as a one-off date.
internal static partial class RecurrencePhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string EnglishDay = @"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)s?";
    private const string EnglishDays = EnglishDay + @"(?:(?:\s*(?:,|&|and|or)\s*(?:and\s+)?|\s+)" + EnglishDay + @"\b)*";
    private const string Ordinal = @"(?<d>\d{1,2})(?:st|nd|rd|th)?";
    // Roman Urdu writers name the days in Urdu or in English, in full or short: "har mangal", "har monday wednesday friday", "sirf mon aur wed"
    private const string RomanDay = RomanUrduLexicon.WeekdayNoHafta + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";

    public static RepeatRule? Extract(Utterance u, WhenPhrase when)
    {
        if (u.Take(NthWeekday()) is { } nth && DateTimePhrases.WeekdayOf(nth.Groups["day"].Value) is { } weekday)
        {
            var position = nth.Groups["n"].Value.ToLowerInvariant() switch
            {
                "1st" or "first" or "pehle" or "pehli" or "pahle" or "1" or "پہلے" or "پہلی" => 1,
                "2nd" or "second" or "doosre" or "dusre" or "doosri" or "2" or "دوسرے" or "دوسری" => 2,
                "3rd" or "third" or "teesre" or "tisre" or "teesri" or "3" or "تیسرے" or "تیسری" => 3,
                "4th" or "fourth" or "chauthe" or "chauthi" or "4" or "چوتھے" or "چوتھی" => 4,
                _ => -1,
            };
            return new RepeatRule(RepeatRule.Monthly, ByDay: [weekday], Nth: position);
        }

        if (u.Take(LastDayOfMonth()) is not null)
        {
            return new RepeatRule(RepeatRule.Monthly, ByMonthDay: -1);
        }

        if (u.Take(MonthlyOnDay()) is { } monthDay)
        {
            return Monthly(monthDay);
        }

        if (u.Take(EveryWeekday()) is { } weekdays)
        {
            var weekend = weekdays.Value.Contains("weekend", StringComparison.OrdinalIgnoreCase);
            return new RepeatRule(RepeatRule.Weekly, ByDay: weekend
                ? [DayOfWeek.Saturday, DayOfWeek.Sunday]
                : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        }

        if (u.Take(EveryOther()) is { } other)
        {
            // "every other week on monday", "har doosre hafte juma ko"
            var freq = Freq(other.Groups["u"].Value);
            return freq == RepeatRule.Weekly && u.Take(LooseWeekday()) is { } otherDay && DateTimePhrases.WeekdayOf(otherDay.Groups["day"].Value) is { } every
                ? new RepeatRule(freq, 2, [every])
                : new RepeatRule(freq, 2);
        }

        // "har doosre jumme ko", "ہر دوسرے اتوار کو": every second week, on that day
        if (u.Take(EveryOtherWeekday()) is { } otherWeekday && DateTimePhrases.WeekdayOf(otherWeekday.Groups["day"].Value) is { } second)
        {
            return new RepeatRule(RepeatRule.Weekly, 2, [second]);
        }

        if (u.Take(EveryNamedDay()) is { } named)
        {
            var days = DayList(named.Groups["days"].Value);
            if (days.Count > 0)
            {
                return new RepeatRule(RepeatRule.Weekly, named.Groups["other"].Success ? 2 : 1, days);
            }
        }

        if (u.Take(EveryN()) is { } everyN)
        {
            // "har teesre din": every third day is every 3 days
            var n = everyN.Groups["ord"].Success ? OrdinalInterval(everyN.Groups["ord"].Value) : (int)DateTimePhrases.NumberValue(everyN.Groups["n"].Value);
            var freq = Freq(everyN.Groups["u"].Value);
            // "every 2 weeks on monday and wednesday", "ہر دو ہفتے بعد بدھ کو": the weeks' days follow
            if (freq == RepeatRule.Weekly && u.Take(LooseWeekdays()) is { } on)
            {
                var days = DayList(on.Groups["days"].Value);
                if (days.Count > 0) return new RepeatRule(freq, Math.Max(1, n), days);
            }
            if (freq == RepeatRule.Weekly && u.Take(LooseWeekday()) is { } onDay && DateTimePhrases.WeekdayOf(onDay.Groups["day"].Value) is { } weekDay)
            {
                return new RepeatRule(freq, Math.Max(1, n), [weekDay]);
            }
            return new RepeatRule(freq, Math.Max(1, n));
        }

        if (u.Take(DailyPart()) is { } part)
        {
            when.Part = part.Groups["p"].Value.ToLowerInvariant() switch
            {
                "morning" => DayPart.Morning,
                "afternoon" => DayPart.Afternoon,
                "evening" => DayPart.Evening,
                "night" => DayPart.Night,
                var w => Lexicons.BuiltIn.Part(w),
            };
            return new RepeatRule(RepeatRule.Daily);
        }

        if (u.Take(Simple()) is { } simple)
        {
            var freq = Freq(simple.Groups["u"].Value);
            if (freq == RepeatRule.Monthly && u.Take(LooseMonthDay()) is { } loose)
            {
                return new RepeatRule(freq, ByMonthDay: int.Parse(loose.Groups["d"].Value, CultureInfo.InvariantCulture));
            }

            if (freq == RepeatRule.Weekly && u.Take(LooseWeekday()) is { } looseDay && DateTimePhrases.WeekdayOf(looseDay.Groups["day"].Value) is { } day)
            {
                return new RepeatRule(freq, ByDay: [day]);
            }

            return new RepeatRule(freq);
        }

        if (u.Take(TwoOrMoreDays()) is { } listed && DayList(listed.Groups["days"].Value) is { Count: >= 2 } listedDays)
        {
            return new RepeatRule(RepeatRule.Weekly, ByDay: listedDays);
        }

        return null;
    }

    private static int OrdinalInterval(string word) => word.ToLowerInvariant() switch
    {
        "teesre" or "tisre" or "teesri" or "تیسرے" or "تیسری" => 3,
        "chauthe" or "chauthi" or "چوتھے" or "چوتھی" => 4,
        _ => 5,
    };

    private static List<DayOfWeek> DayList(string said) =>
        Regex.Split(said, @"\s*(?:,|&|\band\b|\bor\b|\baur\b|اور)\s*|\s+", Options)
            .Select(w => DateTimePhrases.WeekdayOf(w.Trim()))
            .OfType<DayOfWeek>().Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();

    private static RepeatRule? Monthly(Match m)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? new RepeatRule(RepeatRule.Monthly, ByMonthDay: day) : null;
    }

    private static string Freq(string unit)
    {
        var u = unit.ToLowerInvariant();
        return u switch
        {
            _ when u.StartsWith('d') || u.StartsWith("ro") || u is "din" or "دن" or "روز" or "روزانہ" || u.Contains("every day") || u.Contains("everyday") => RepeatRule.Daily,
            _ when u.StartsWith('w') || u.StartsWith("haft") || u.StartsWith("ہفت") || u.Contains("week") => RepeatRule.Weekly,
            _ when u.StartsWith('m') || u.StartsWith("مہین") || u.StartsWith("ماہ") || u.Contains("month") => RepeatRule.Monthly,
            _ when u.StartsWith('y') || u.StartsWith('a') || u.StartsWith("saal") || u.StartsWith("sal") || u.StartsWith("سال") || u.Contains("year") => RepeatRule.Yearly,
            _ when u.StartsWith("bi") || u.StartsWith("fort") => RepeatRule.Weekly,
            _ => RepeatRule.Daily,
        };
    }

    [GeneratedRegex(@"\b(?:on\s+)?(?:every|each)\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:day\s+of\s+(?:the\s+)?week|(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?:\s+of\s+(?:the|each|every|a)\s+month\b)?|\b(?:on\s+)?(?:every|each)\s+" + Ordinal + @"\s+(?:day\s+)?of\s+(?:the|each|every|a)\s+month\b|\b(?:on\s+)?(?:the\s+)?" + Ordinal + @"\s+(?:day\s+)?of\s+(?:each|every)\s+month\b|\b(?:monthly|every\s+month|each\s+month|once\s+a\s+month)\s+on\s+(?:the\s+)?" + Ordinal + @"\b|\bhar\s+(?:mahine|mahina|maheene|month)\s+(?:ki|ke|ko)\s+(?<d>\d{1,2})\s*(?:tareekh|tarikh|tareek|date)?(?:\s+ko)?\b|ہر\s+(?:مہینے|ماہ|مہینہ)\s+(?:کی|کے|کو)\s+(?<d>\d{1,2})\s*(?:تاریخ)?(?:\s+کو)?", Options)]
    private static partial Regex MonthlyOnDay();

    // "every 3rd friday", "the last monday of every month"
    [GeneratedRegex(@"\b(?:on\s+)?(?:every|each|the)\s+(?<n>1st|first|2nd|second|3rd|third|4th|fourth|last)\s+(?<day>" + EnglishDay + @")\b(?:\s+of\s+(?:the|each|every|a)\s+month\b)?(?:\s+(?:every|each)\s+month\b)?|\b(?:har\s+)?(?:mahine|mahina|maheene|month)\s+(?:ke|ki|ka)\s+(?<n>pehle|pehli|pahle|doosre|dusre|doosri|teesre|tisre|teesri|chauthe|chauthi|aakhri|akhri|1|2|3|4)\s+(?<day>" + RomanUrduLexicon.WeekdayNoHafta + @"|hafte)\b(?:\s+ko\b)?|(?:ہر\s+)?(?:مہینے|ماہ)\s+(?:کے|کی|کا)\s+(?<n>پہلے|پہلی|دوسرے|دوسری|تیسرے|تیسری|چوتھے|چوتھی|آخری|1|2|3|4)\s+(?<day>" + UrduLexicon.Weekday + @")(?:\s+کو)?", Options)]
    private static partial Regex NthWeekday();

    [GeneratedRegex(@"\b(?:on\s+)?(?:the\s+|every\s+)?last\s+day\s+of\s+(?:the|each|every|a)\s+month\b|\b(?:har\s+)?(?:mahine|maheene)\s+(?:ke|ki)\s+(?:aakhri|akhri)\s+(?:din|tareekh|tarikh)\b(?:\s+ko\b)?|(?:ہر\s+)?مہینے\s+(?:کے|کی)\s+آخری\s+(?:دن|تاریخ)(?:\s+کو)?", Options)]
    private static partial Regex LastDayOfMonth();

    [GeneratedRegex(@"\b(?:every|each|on|har)\s+(?:weekday|weekdays|working\s+day|work\s+day|business\s+day|weekend)s?\b|\bweekdays\b|\b(?:(?:from\s+)?(?:monday|mon)\s+(?:to|through|thru|till|until|-|se)\s+(?:friday|fri)|mon\s*-\s*fri|(?:peer|pir|somwar|monday)\s+(?:se|ta)\s+(?:juma|jumma|jumah|jumme|friday)(?:\s+tak)?)\b(?:\s+(?:daily|every\s*day|roz|rozana|har\s+roz|har\s+din)\b)?|(?<![\p{L}])(?:پیر|سوموار)\s+(?:سے|تا)\s+(?:جمعہ|جمعے)(?:\s+تک)?(?:\s+(?:روزانہ|ہر\s+روز|ہر\s+دن))?", Options)]
    private static partial Regex EveryWeekday();

    [GeneratedRegex(@"\b(?:every|each)\s+(?<other>other\s+)?(?<days>" + EnglishDays + @")\b|\bon\s+(?<days>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:(?:\s*(?:,|&|and)\s*(?:and\s+)?|\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)*)\b|\b(?:only|just)\s+(?:on\s+)?(?<days>" + EnglishDays + @")\b|\bsirf\s+(?<days>(?:" + RomanDay + @")(?:\s*(?:,|aur|or)\s*(?:" + RomanDay + @")|\s+(?:" + RomanDay + @"))*)\b(?:\s+ko\b)?|صرف\s+(?<days>(?:" + UrduLexicon.Weekday + @")(?:\s*(?:,|اور)\s*(?:" + UrduLexicon.Weekday + @"))*)(?:\s+کو)?|\bhar\s+(?<days>(?:" + RomanDay + @")(?:(?:\s*(?:,|aur)\s*|\s+)(?:" + RomanDay + @"))*)\b(?:\s+ko\b)?|ہر\s+(?<days>(?:پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|سنیچر|اتوار)(?:\s*(?:,|اور)\s*(?:" + UrduLexicon.Weekday + @"))*)(?:\s+کو)?", Options)]
    private static partial Regex EveryNamedDay();

    // a task cannot be due on two days at once: "standup peer aur budh ko kar do", "gym mon and thu" name the days it
    // repeats on (read last, so "every 2 weeks on monday and wednesday" keeps its interval)
    [GeneratedRegex(@"\b(?<days>(?:" + RomanDay + @")(?:\s*(?:,|aur|and|&)\s*(?:" + RomanDay + @"))+)\b(?:\s+ko\b)?|(?<![\p{L}])(?<days>(?:" + UrduLexicon.Weekday + @")(?:\s*(?:,|اور)\s*(?:" + UrduLexicon.Weekday + @"))+)(?![\p{L}])(?:\s+کو)?", Options)]
    private static partial Regex TwoOrMoreDays();

    [GeneratedRegex(@"\bevery\s+(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?<u>days?|weeks?|months?|years?)\b|\bhar\s+(?<n>\d+)\s+(?<u>din|hafte|haftay|mahine|saal)\b(?:\s+(?:baad|bad|mein|main)\b)?|ہر\s+(?<n>\d+)\s+(?<u>دن|ہفتے|مہینے|سال)(?:\s+(?:بعد|میں))?|\bhar\s+(?<ord>teesre|tisre|teesri|chauthe|chauthi|panchwe|panchwen|panchvein)\s+(?<u>din|hafte|haftay|mahine)\b(?:\s+(?:baad|bad)\b)?|ہر\s+(?<ord>تیسرے|تیسری|چوتھے|چوتھی|پانچویں)\s+(?<u>دن|ہفتے|مہینے)(?:\s+بعد)?", Options)]
    private static partial Regex EveryN();

    [GeneratedRegex(@"\bhar\s+(?:doosre|dusre|doosri|dusri)\s+(?<day>" + RomanDay + @")\b(?:\s+ko\b)?|ہر\s+(?:دوسرے|دوسری)\s+(?<day>" + UrduLexicon.Weekday + @")(?:\s+کو)?", Options)]
    private static partial Regex EveryOtherWeekday();

    [GeneratedRegex(@"\b(?:every\s+other|every\s+second|alternate)\s+(?<u>day|week|month|year)s?\b|\b(?<u>biweekly|bi-weekly|fortnightly)\b|\bhar\s+(?:doosre|dusre|doosri|dusri)\s+(?<u>din|hafte|haftay|mahine)\b|ہر\s+دوسرے\s+(?<u>دن|ہفتے|مہینے)|\b(?:1|ek|aik)\s+(?<u>din)\s+(?:chhor|chor|chhod|chod|chhorr)\s*(?:ke|kar|kay|k)\b|1\s+(?<u>دن)\s+چھوڑ\s*(?:کر|کے)", Options)]
    private static partial Regex EveryOther();

    [GeneratedRegex(@"\b(?:every|each)\s+(?<p>morning|afternoon|evening|night)\b|\b(?:har\s+roz|har\s+din|har|roz|rozana)\s+(?<p>" + RomanUrduLexicon.DayPartPattern + @")\b|(?:ہر\s+روز|ہر\s+دن|ہر|روز|روزانہ)\s+(?<p>" + UrduLexicon.DayPartPattern + ")", Options)]
    private static partial Regex DailyPart();

    [GeneratedRegex(@"\b(?<u>daily|every\s*day|each\s+day|once\s+a\s+day|weekly|every\s+week|each\s+week|once\s+a\s+week|monthly|every\s+month|each\s+month|once\s+a\s+month|yearly|annually|every\s+year|each\s+year|once\s+a\s+year)\b|\b(?:har\s+)?(?<u>roz|rozana|rozaana)\b|\bhar\s+(?<u>din|hafte|hafta|haftay|week|mahine|mahina|month|saal|sal)\b|\b(?<u>haftawar|hafta\s+war|mahana|salana)\b|(?:ہر\s+)?(?<u>روزانہ)|ہر\s+(?<u>روز|دن|ہفتے|ہفتہ|مہینے|مہینہ|ماہ|سال)|(?<u>ہفتہ\s*وار|ماہانہ|سالانہ)", Options)]
    private static partial Regex Simple();

    [GeneratedRegex(@"\b(?:on\s+)?the\s+" + Ordinal + @"\b|\bon\s+" + Ordinal + @"\b|\b(?<d>\d{1,2})\s*(?:tareekh|tarikh)\b(?:\s+ko)?|(?<d>\d{1,2})\s*تاریخ(?:\s+کو)?", Options)]
    private static partial Regex LooseMonthDay();

    [GeneratedRegex(@"\bon\s+(?<days>" + EnglishDays + @")\b", Options)]
    private static partial Regex LooseWeekdays();

    [GeneratedRegex(@"\b(?:on\s+)?(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|\b(?<day>" + RomanUrduLexicon.WeekdayNoHafta + @")\b(?:\s+ko\b)?|(?<day>پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|سنیچر|اتوار)(?:\s+کو)?", Options)]
    private static partial Regex LooseWeekday();
}
