using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Tasks;

/// <summary>RFC 5545 RRULE validation and expansion for recurring tasks, on top of Ical.Net.</summary>
public static class RecurrenceRule
{
    /// <summary>How far ahead a next occurrence is looked for; a rule with none in reach has no next occurrence.</summary>
    public const int HorizonYears = 100;

    // Occurrences before the threshold are skipped by Ical.Net a whole interval at a time, except with COUNT (which
    // counts from the anchor, at most MaxCount); this only backstops that.
    private const int MaxOccurrencesScanned = 2 * RecurrenceSyntax.MaxCount;

    /// <summary>Validates a rule and returns it in canonical form (no <c>RRULE:</c> prefix, upper case).</summary>
    public static bool TryNormalize(string? rule, out string normalized, out string? error)
    {
        normalized = "";
        error = null;
        // Before anything else looks at it: the work below must not grow with whatever a client sends.
        if (rule?.Length > TaskLimits.RecurrenceMaxLength)
        {
            error = $"must be at most {TaskLimits.RecurrenceMaxLength} characters";
            return false;
        }
        var text = rule?.Trim() ?? "";
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["RRULE:".Length..];
        }
        text = text.ToUpperInvariant();
        error = text.Length == 0 ? "must be an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO" : RecurrenceSyntax.Check(text);
        if (error is not null)
        {
            return false;
        }

        // Expanding once proves the rule yields dates, not only that it parses.
        var now = DateTime.UtcNow;
        if (Search(text, now, now, TimeZoneInfo.Utc).OutOfReach)
        {
            error = $"has no occurrence in the next {HorizonYears} years (check BYMONTH, BYMONTHDAY, BYDAY and BYSETPOS)";
            return false;
        }
        normalized = text;
        return true;
    }

    /// <summary>
    /// The first occurrence of <paramref name="rule"/>, anchored at <paramref name="anchorUtc"/>, that falls after
    /// both the anchor and <paramref name="notBeforeUtc"/>, evaluated in the user's zone so "every 1st" means the
    /// user's 1st. Null when the series has ended (UNTIL or COUNT) or has no next date within
    /// <see cref="HorizonYears"/> years.
    /// </summary>
    public static DateTime? NextAfter(string rule, DateTime anchorUtc, DateTime notBeforeUtc, TimeZoneInfo zone) =>
        // A rule stored before validation was strict, and no longer valid, ends its series instead of failing.
        RecurrenceSyntax.Check(rule) is null ? Search(rule, anchorUtc, notBeforeUtc, zone).Next : null;

    /// <summary>
    /// Every search is bounded: Ical.Net gives up after the increments that span the horizon without a match (a rule
    /// like FEBRUARY 30th would otherwise step to year 9999), and an occurrence past the horizon counts as none.
    /// </summary>
    private static SearchResult Search(string rule, DateTime anchorUtc, DateTime notBeforeUtc, TimeZoneInfo zone)
    {
        var threshold = DateTime.SpecifyKind(anchorUtc > notBeforeUtc ? anchorUtc : notBeforeUtc, DateTimeKind.Utc);
        var horizon = threshold.Year <= DateTime.MaxValue.Year - HorizonYears ? threshold.AddYears(HorizonYears) : DateTime.MaxValue;
        try
        {
            var pattern = new RecurrencePattern(rule);
            var localAnchor = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(anchorUtc, DateTimeKind.Utc), zone);
            var calendarEvent = new CalendarEvent
            {
                DtStart = new CalDateTime(DateTime.SpecifyKind(localAnchor, DateTimeKind.Unspecified), zone.Id),
                RecurrenceRule = pattern,
            };
            var limits = new EvaluationOptions { MaxUnmatchedIncrementsLimit = IncrementsWithinHorizon(pattern) };
            // Starting at the threshold lets Ical.Net step over a long-overdue series instead of listing it.
            var occurrences = calendarEvent.GetOccurrences(new CalDateTime(threshold, CalDateTime.UtcTzId), limits);
            var scanned = 0;
            foreach (var occurrence in occurrences.Take(MaxOccurrencesScanned))
            {
                scanned++;
                var startUtc = occurrence.Period.StartTime.AsUtc;
                if (startUtc > threshold)
                {
                    return startUtc <= horizon ? new(startUtc, OutOfReach: false) : new(null, OutOfReach: true);
                }
            }
            // Fewer than the cap means the series ended (COUNT or UNTIL); the cap itself means it was cut short.
            return new(null, OutOfReach: scanned == MaxOccurrencesScanned);
        }
        catch (Exception ex) when (ex is EvaluationException or ArgumentOutOfRangeException)
        {
            // No match within the increments allowed, or the next date would fall after year 9999 (or before year 1
            // in the user's zone).
            return new(null, OutOfReach: true);
        }
    }

    private static int IncrementsWithinHorizon(RecurrencePattern pattern)
    {
        var daysPerIncrement = pattern.Frequency switch
        {
            FrequencyType.Daily => 1,
            FrequencyType.Weekly => 7,
            FrequencyType.Monthly => 28,
            _ => 365,
        } * Math.Max(1, pattern.Interval);
        return HorizonYears * 366 / daysPerIncrement + 1;
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
        if (!int.TryParse(parts[countIndex]["COUNT=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count <= 1)
        {
            return null;
        }
        parts[countIndex] = $"COUNT={count - 1}";
        return string.Join(';', parts);
    }

    private readonly record struct SearchResult(DateTime? Next, bool OutOfReach);
}
