using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Plannior.ChatApi.Tasks;

/// <summary>RFC 5545 RRULE parsing and expansion for recurring tasks, on top of Ical.Net.</summary>
public static partial class RecurrenceRule
{
    /// <summary>Validates a rule and returns it in canonical form (no <c>RRULE:</c> prefix, upper case).</summary>
    public static bool TryNormalize(string? rule, out string normalized, out string? error)
    {
        normalized = "";
        error = null;
        var text = rule?.Trim() ?? "";
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["RRULE:".Length..];
        }
        text = text.ToUpperInvariant();
        if (text.Length == 0 || !RulePartsPattern().IsMatch(text))
        {
            error = "must be an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO";
            return false;
        }
        if (!text.Split(';').Any(part => part.StartsWith("FREQ=", StringComparison.Ordinal)))
        {
            error = "must name a FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)";
            return false;
        }

        try
        {
            var pattern = new RecurrencePattern(text);
            if (pattern.Frequency is < Ical.Net.FrequencyType.Daily)
            {
                error = "must recur daily or less often (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)";
                return false;
            }
            // Expanding once proves the rule yields dates, not only that it parses.
            _ = NextAfter(text, DateTime.UtcNow, DateTime.UtcNow, TimeZoneInfo.Utc);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            error = "must be an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO";
            return false;
        }

        normalized = text;
        return true;
    }

    /// <summary>
    /// The first occurrence of <paramref name="rule"/>, anchored at <paramref name="anchorUtc"/>, that falls after
    /// both the anchor and <paramref name="notBeforeUtc"/>, evaluated in the user's zone so "every 1st" means the
    /// user's 1st. Null when the series has ended (UNTIL or COUNT).
    /// </summary>
    public static DateTime? NextAfter(string rule, DateTime anchorUtc, DateTime notBeforeUtc, TimeZoneInfo zone)
    {
        var localAnchor = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(anchorUtc, DateTimeKind.Utc), zone);
        var calendarEvent = new CalendarEvent
        {
            DtStart = new CalDateTime(DateTime.SpecifyKind(localAnchor, DateTimeKind.Unspecified), zone.Id),
        };
        calendarEvent.RecurrenceRule = new RecurrencePattern(rule);

        var threshold = anchorUtc > notBeforeUtc ? anchorUtc : notBeforeUtc;
        foreach (var occurrence in calendarEvent.GetOccurrences(calendarEvent.DtStart).Take(10_000))
        {
            var startUtc = occurrence.Period.StartTime.AsUtc;
            if (startUtc > threshold)
            {
                return startUtc;
            }
        }
        return null;
    }

    /// <summary>
    /// The rule for the next occurrence: a COUNT shrinks by one, since each occurrence is its own task; null when
    /// the occurrence just completed was the last.
    /// </summary>
    public static string? ForNextOccurrence(string rule)
    {
        var parts = rule.Split(';').ToList();
        var countIndex = parts.FindIndex(part => part.StartsWith("COUNT=", StringComparison.Ordinal));
        if (countIndex < 0)
        {
            return rule;
        }
        var count = int.Parse(parts[countIndex]["COUNT=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        if (count <= 1)
        {
            return null;
        }
        parts[countIndex] = $"COUNT={count - 1}";
        return string.Join(';', parts);
    }

    [GeneratedRegex(@"^[A-Z]+=[A-Z0-9,+\-:T]+(;[A-Z]+=[A-Z0-9,+\-:T]+)*;?$")]
    private static partial Regex RulePartsPattern();
}
