using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace Plannior.ChatApi.Tasks;

/// <summary>RFC 5545 RRULE parsing and expansion for recurring tasks, on top of Ical.Net.</summary>
public static partial class RecurrenceRule
{
    // A rule that never matches (FEBRUARY 30th) would otherwise be expanded day by day up to year 9999.
    private static readonly EvaluationOptions ExpansionLimits = new() { MaxUnmatchedIncrementsLimit = 10_000 };

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
            // Ical.Net ignores an UNTIL it cannot read, which would silently make the series endless.
            if (pattern.Until is null && text.Split(';').Any(part => part.StartsWith("UNTIL=", StringComparison.Ordinal)))
            {
                error = "has an UNTIL that is not an RFC 5545 date such as 20261231 or 20261231T235959Z";
                return false;
            }
            // Expanding once proves the rule yields dates, not only that it parses.
            _ = FirstAfter(text, DateTime.UtcNow, DateTime.UtcNow, TimeZoneInfo.Utc);
        }
        catch (EvaluationException)
        {
            error = "never occurs (check BYMONTH, BYMONTHDAY and BYDAY)";
            return false;
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
    /// user's 1st. Null when the series has ended (UNTIL or COUNT) or has no representable next date.
    /// </summary>
    public static DateTime? NextAfter(string rule, DateTime anchorUtc, DateTime notBeforeUtc, TimeZoneInfo zone)
    {
        try
        {
            return FirstAfter(rule, anchorUtc, notBeforeUtc, zone);
        }
        catch (EvaluationException)
        {
            // No next occurrence in reach: it would fall after year 9999, or the rule stopped matching.
            return null;
        }
    }

    private static DateTime? FirstAfter(string rule, DateTime anchorUtc, DateTime notBeforeUtc, TimeZoneInfo zone)
    {
        var localAnchor = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(anchorUtc, DateTimeKind.Utc), zone);
        var calendarEvent = new CalendarEvent
        {
            DtStart = new CalDateTime(DateTime.SpecifyKind(localAnchor, DateTimeKind.Unspecified), zone.Id),
        };
        calendarEvent.RecurrenceRule = new RecurrencePattern(rule);

        var threshold = anchorUtc > notBeforeUtc ? anchorUtc : notBeforeUtc;
        foreach (var occurrence in calendarEvent.GetOccurrences(calendarEvent.DtStart, ExpansionLimits).Take(10_000))
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
