namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// Generated recurrence rules: each RFC 5545 part with a value that is valid on its own, and from those, every way
/// of breaking a rule (a part twice, an unknown part, a value out of range, too long, garbage).
/// </summary>
public static class RecurrenceCorpus
{
    public const int MaxLength = 500;

    /// <summary>Each part once, on a rule where its sample value is valid (BYSETPOS needs another BY part).</summary>
    public static readonly IReadOnlyList<(string Part, string Rule)> EachPartOnce =
    [
        ("FREQ", "FREQ=YEARLY"),
        ("UNTIL", "FREQ=YEARLY;UNTIL=20991231"),
        ("COUNT", "FREQ=YEARLY;COUNT=3"),
        ("INTERVAL", "FREQ=YEARLY;INTERVAL=2"),
        ("BYDAY", "FREQ=YEARLY;BYDAY=MO"),
        ("BYMONTHDAY", "FREQ=YEARLY;BYMONTHDAY=1"),
        ("BYYEARDAY", "FREQ=YEARLY;BYYEARDAY=100"),
        ("BYWEEKNO", "FREQ=YEARLY;BYWEEKNO=10"),
        ("BYMONTH", "FREQ=YEARLY;BYMONTH=3"),
        ("BYSETPOS", "FREQ=YEARLY;BYDAY=MO;BYSETPOS=1"),
        ("WKST", "FREQ=YEARLY;WKST=MO"),
    ];

    private static readonly string[] UnknownParts =
        ["X-NAME=Y", "FOO=1", "BYEASTER=1", "DTSTART=20260101", "RDATE=20260101", "EXDATE=20260101", "BYSECONDS=1", "FREQUENCY=DAILY", "RSCALE=GREGORIAN"];

    /// <summary>Per part, values RFC 5545 or our limits refuse; {0} is where the value goes.</summary>
    private static readonly IReadOnlyList<(string Template, string[] Values)> OutOfRange =
    [
        ("FREQ={0}", ["SOMETIMES", "HOURLY", "MINUTELY", "SECONDLY", "DAILY2", "1", "WEEKLY,MONTHLY"]),
        ("FREQ=DAILY;INTERVAL={0}", ["0", "-1", "1001", "99999999999", "1.5", "+1", "1e3", "a", "0x10"]),
        ("FREQ=DAILY;COUNT={0}", ["0", "-1", "1001", "99999999999", "abc", "3.0", "+3"]),
        ("FREQ=DAILY;UNTIL={0}", ["YESTERDAY", "2026-12-01", "20261301", "20260230", "20261231T2359Z", "20261231T235959",
            "20261231T246000Z", "2026123", "20261231T235959+0500", "20261231Z"]),
        ("FREQ=MONTHLY;BYDAY={0}", ["XX", "MO,,TU", "0MO", "6MO", "-6MO", "+MO", "MON", "1", "MO,", "1.5MO"]),
        ("FREQ=YEARLY;BYDAY={0}", ["54MO", "-54MO", "100FR"]),
        ("FREQ=WEEKLY;BYDAY={0}", ["1MO", "-1FR"]),
        ("FREQ=DAILY;BYDAY={0}", ["2TU"]),
        ("FREQ=YEARLY;BYWEEKNO=10;BYDAY={0}", ["1MO"]),
        ("FREQ=MONTHLY;BYMONTHDAY={0}", ["0", "32", "-32", "1.5", "1,,2", "X"]),
        ("FREQ=WEEKLY;BYMONTHDAY={0}", ["1"]),
        ("FREQ=YEARLY;BYYEARDAY={0}", ["0", "367", "-367"]),
        ("FREQ=MONTHLY;BYYEARDAY={0}", ["1"]),
        ("FREQ=YEARLY;BYWEEKNO={0}", ["0", "54", "-54"]),
        ("FREQ=MONTHLY;BYWEEKNO={0}", ["1"]),
        ("FREQ=YEARLY;BYMONTH={0}", ["0", "13", "-1", "JAN", "1,13"]),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS={0}", ["0", "367", "-367", "1,0"]),
        ("FREQ=MONTHLY;BYSETPOS={0}", ["1"]),
        ("FREQ=WEEKLY;WKST={0}", ["XX", "MONDAY", "1MO", "MO,TU"]),
        ("FREQ=DAILY;{0}", ["BYHOUR=9", "BYMINUTE=30", "BYSECOND=0", "BYHOUR=25", "COUNT=3;UNTIL=20991231"]),
        // Valid on their own, but no date in reach: February 30th, a sixth Monday, a date centuries away.
        ("{0}", ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31",
            "FREQ=YEARLY;INTERVAL=1000", "FREQ=YEARLY;INTERVAL=200"]),
    ];

    private static readonly string[] Garbage =
    [
        "every tuesday", ";", ";;;", "=", "FREQ", "FREQ=", "=DAILY", "FREQ==DAILY", "FREQ=DAILY;;BYDAY=MO", "FREQ=DAILY;",
        ";FREQ=DAILY", "RRULE:", "RRULE:RRULE:FREQ=DAILY", "\u0000", "FREQ=DAILY\u0000", "FREQ=DA\u0000ILY", "ＦＲＥＱ=DAILY",
        "FREQ=DAİLY", "FREQ=DAILY\nBYDAY=MO", "FREQ = DAILY", "FREQ=DAILY; BYDAY=MO", "FREQ=WEEKLY;BYDAY=MO TU", "FREQ=😀",
        "{\"FREQ\":\"DAILY\"}", "FREQ=DAILY,BYDAY=MO", "FREQ:DAILY", "' OR 1=1 --", "FREQ=DAILY;BYDAY=%4D%4F", "\\FREQ=DAILY",
    ];

    /// <summary>Every part of <see cref="EachPartOnce"/> twice: with the same value, and FREQ with a different one.</summary>
    public static IEnumerable<string> RepeatedParts() =>
        EachPartOnce.Select(sample => $"{sample.Rule};{sample.Rule.Split(';')[^1]}")
            .Append("FREQ=DAILY;FREQ=WEEKLY")
            .Append("freq=daily;FREQ=DAILY")
            .Append("FREQ=WEEKLY;BYDAY=MO;BYDAY=TU");

    public static IEnumerable<string> Unknown() => UnknownParts.Select(part => $"FREQ=DAILY;{part}");

    public static IEnumerable<string> OutOfRangeValues() =>
        OutOfRange.SelectMany(row => row.Values.Select(value => string.Format(System.Globalization.CultureInfo.InvariantCulture, row.Template, value)));

    /// <summary>Over the limit: valid rules one character too long and far too long, and long garbage.</summary>
    public static IEnumerable<string> Oversized()
    {
        yield return ValidRuleOfLength(MaxLength + 1);
        yield return ValidRuleOfLength(4 * MaxLength);
        yield return new string(' ', MaxLength) + "FREQ=DAILY";
        yield return string.Concat(Enumerable.Repeat("FREQ=DAILY;", 100));
        yield return "FREQ=DAILY;X-" + new string('A', 10_000) + "=1";
        yield return new string('\u0000', 2 * MaxLength);
        yield return "FREQ=MONTHLY;BYMONTHDAY=" + new string('1', 60_000);
    }

    /// <summary>Seeded noise from the rule alphabet, so a failure reproduces.</summary>
    public static IEnumerable<string> Noise(int seed = 5545, int count = 30)
    {
        const string alphabet = "FREQ=DAILYWEKMONTHYRBUSPCV;,+-0123456789TZ:";
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var length = random.Next(1, 60);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }
            yield return new string(chars);
        }
    }

    public static IEnumerable<string> Invalid() =>
        RepeatedParts().Concat(Unknown()).Concat(OutOfRangeValues()).Concat(Oversized()).Concat(Garbage).Concat(Noise());

    /// <summary>A valid monthly rule padded with repeated BYMONTHDAY values to exactly <paramref name="length"/> characters.</summary>
    public static string ValidRuleOfLength(int length)
    {
        var rule = new System.Text.StringBuilder("FREQ=MONTHLY;BYMONTHDAY=1");
        while (rule.Length + 2 <= length)
        {
            rule.Append(",1");
        }
        if (rule.Length < length)
        {
            rule.Insert(rule.Length - 1, '0');
        }
        return rule.ToString();
    }
}
