using System.Globalization;

namespace Plannior.ChatApi.Tasks;

/// <summary>
/// RFC 5545's RRULE grammar (section 3.3.10), held strictly: each part at most once, known parts only, every value
/// in range. Ical.Net is lenient (a repeated part silently wins, an unreadable value is dropped), so a rule is checked
/// here before Ical.Net ever sees it.
/// </summary>
public static class RecurrenceSyntax
{
    public const int MaxInterval = 1000;
    public const int MaxCount = 1000;

    /// <summary>Every part named by RFC 5545; the time-of-day ones are known but refused (see <see cref="Check"/>).</summary>
    public static readonly IReadOnlyList<string> Parts =
        ["FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
         "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST"];

    private static readonly string[] Frequencies = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
    private static readonly string[] SubDailyFrequencies = ["SECONDLY", "MINUTELY", "HOURLY"];
    private static readonly string[] TimeOfDayParts = ["BYSECOND", "BYMINUTE", "BYHOUR"];
    private static readonly string[] Weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] UntilFormats = ["yyyyMMdd", "yyyyMMdd'T'HHmmss'Z'"];

    /// <summary>Null when <paramref name="rule"/> (upper case, without an <c>RRULE:</c> prefix) is valid; else why not.</summary>
    public static string? Check(string rule)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in rule.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                return "must be NAME=VALUE parts separated by ';', such as FREQ=WEEKLY;BYDAY=MO";
            }
            var name = part[..equals];
            if (!Parts.Contains(name))
            {
                return $"has an unknown part {Quote(name)}; the parts are {string.Join(", ", Parts.Except(TimeOfDayParts))}";
            }
            if (!parts.TryAdd(name, part[(equals + 1)..]))
            {
                return $"names {name} more than once";
            }
        }

        if (!parts.TryGetValue("FREQ", out var frequency))
        {
            return "must name a FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)";
        }
        if (SubDailyFrequencies.Contains(frequency))
        {
            return "must recur daily or less often (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)";
        }
        if (!Frequencies.Contains(frequency))
        {
            return $"has FREQ={Quote(frequency)}; it must be DAILY, WEEKLY, MONTHLY or YEARLY";
        }
        if (parts.Keys.FirstOrDefault(TimeOfDayParts.Contains) is { } timePart)
        {
            // A task's time of day is its due_at; a rule that also picked hours would make several tasks a day.
            return $"cannot use {timePart}: a task's time of day comes from its due_at";
        }
        if (parts.ContainsKey("COUNT") && parts.ContainsKey("UNTIL"))
        {
            return "cannot have both COUNT and UNTIL";
        }
        return parts.Select(part => CheckValue(part.Key, part.Value, frequency, parts)).FirstOrDefault(error => error is not null);
    }

    private static string? CheckValue(string name, string value, string frequency, Dictionary<string, string> parts) => name switch
    {
        "INTERVAL" => Number(name, value, 1, MaxInterval, signed: false),
        "COUNT" => Number(name, value, 1, MaxCount, signed: false),
        "UNTIL" => DateTime.TryParseExact(value, UntilFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : "has an UNTIL that is not an RFC 5545 UTC date such as 20261231 or 20261231T235959Z",
        "BYDAY" => List(value, day => Weekday(day, frequency, parts.ContainsKey("BYWEEKNO"))),
        "BYMONTHDAY" => frequency == "WEEKLY"
            ? "cannot use BYMONTHDAY with FREQ=WEEKLY"
            : List(value, day => Number(name, day, 1, 31, signed: true)),
        "BYYEARDAY" => frequency != "YEARLY"
            ? "can use BYYEARDAY only with FREQ=YEARLY"
            : List(value, day => Number(name, day, 1, 366, signed: true)),
        "BYWEEKNO" => frequency != "YEARLY"
            ? "can use BYWEEKNO only with FREQ=YEARLY"
            : List(value, week => Number(name, week, 1, 53, signed: true)),
        "BYMONTH" => List(value, month => Number(name, month, 1, 12, signed: false)),
        "BYSETPOS" => !parts.Keys.Any(part => part.StartsWith("BY", StringComparison.Ordinal) && part != "BYSETPOS")
            ? "can use BYSETPOS only with another BY part (such as BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)"
            : List(value, position => Number(name, position, 1, 366, signed: true)),
        "WKST" => Weekdays.Contains(value) ? null : $"has WKST={Quote(value)}; it must be one of {string.Join(", ", Weekdays)}",
        _ => null,
    };

    /// <summary>A weekday with an optional ordinal: <c>MO</c>, <c>+1MO</c>, <c>-2FR</c>.</summary>
    private static string? Weekday(string value, string frequency, bool withWeekNumbers)
    {
        if (value.Length < 2 || !Weekdays.Contains(value[^2..]))
        {
            return $"has BYDAY={Quote(value)}; each day must be MO, TU, WE, TH, FR, SA or SU, optionally numbered (1MO, -1FR)";
        }
        var ordinal = value[..^2];
        if (ordinal.Length == 0)
        {
            return null;
        }
        return frequency switch
        {
            "MONTHLY" => Number("BYDAY", ordinal, 1, 5, signed: true, $"the number in BYDAY={value}"),
            "YEARLY" when !withWeekNumbers => Number("BYDAY", ordinal, 1, 53, signed: true, $"the number in BYDAY={value}"),
            _ => "can number a BYDAY day (such as 1MO) only with FREQ=MONTHLY, or FREQ=YEARLY without BYWEEKNO",
        };
    }

    private static string? List(string value, Func<string, string?> item) =>
        value.Split(',').Select(element => element.Length == 0 ? "has an empty value in a list" : item(element))
            .FirstOrDefault(error => error is not null);

    /// <summary>
    /// An integer in [min, max], or in [-max, -min] too when signed (RFC 5545 counts negative positions from the end);
    /// digits only, never an exponent, a space or a decimal point.
    /// </summary>
    private static string? Number(string name, string value, int min, int max, bool signed, string? what = null)
    {
        var digits = signed && value.Length > 0 && value[0] is '+' or '-' ? value[1..] : value;
        var range = signed ? $"between {min} and {max}, or -{max} and -{min}" : $"between {min} and {max}";
        if (digits.Length is 0 or > 9 || !digits.All(char.IsAsciiDigit))
        {
            return $"has {what ?? name} {Quote(value)}; it must be a whole number {range}";
        }
        var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return number >= min && number <= max ? null : $"has {what ?? name}={value}; it must be {range}";
    }

    /// <summary>Echoes a short, printable piece of the rule back; anything else is only described.</summary>
    private static string Quote(string value) =>
        value.Length <= 20 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or ':')
            ? value
            : "(not shown)";
}
