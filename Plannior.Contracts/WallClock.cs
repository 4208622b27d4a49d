namespace Plannior.Contracts;

/// <summary>
/// The one rule for a user's wall clock, used by the REST API, the chat tools, the offline assistant and the web
/// app alike, so "9am" names the same instant wherever it is said.
/// </summary>
/// <remarks>
/// A wall-clock time a spring-forward jump skips (02:30 in a 02:00→03:00 gap) does not exist: it is read with the
/// offset in force before the jump, which lands it as far past the gap as it was into it (03:30), the way calendar
/// apps move it. A time a fall-back repeats (01:30 twice) means its first occurrence.
/// </remarks>
public static class WallClock
{
    public static TimeZoneInfo Zone(string? timeZoneId) =>
        timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>True when <paramref name="wallClock"/> happens in <paramref name="zone"/> (it is not skipped by a jump).</summary>
    public static bool Exists(DateTime wallClock, TimeZoneInfo zone) => !zone.IsInvalidTime(Unspecified(wallClock));

    /// <summary>The instant <paramref name="wallClock"/> names in <paramref name="zone"/>, by the rule above.</summary>
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = Unspecified(wallClock);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        var instant = new DateTimeOffset(local, offset);
        return instant.ToOffset(zone.GetUtcOffset(instant.UtcDateTime));
    }

    public static DateTimeOffset ToInstant(DateOnly day, TimeOnly time, TimeZoneInfo zone) =>
        ToInstant(day.ToDateTime(time, DateTimeKind.Unspecified), zone);

    /// <summary><paramref name="instant"/> on the user's wall clock, with the offset in force there.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(now, zone).DateTime);

    /// <summary>When the user's <paramref name="day"/> begins: where a jump skips midnight, the end of the gap.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone) => ToInstant(day, TimeOnly.MinValue, zone);

    private static DateTime Unspecified(DateTime wallClock) => DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
}
