namespace Plannior.ChatApi.Tasks;

/// <summary>"Today", "tomorrow" and "this week" as the user sees them, converted to UTC bounds for queries.</summary>
public sealed record UserClock(DateTime UtcNow, TimeZoneInfo Zone)
{
    public DateTime LocalNow => TimeZoneInfo.ConvertTimeFromUtc(UtcNow, Zone);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The UTC instant at which the user's <paramref name="day"/> begins.</summary>
    public DateTime StartOfDayUtc(DateOnly day)
    {
        var localMidnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A midnight skipped by a DST jump does not exist; the day then starts at the first valid instant.
        while (Zone.IsInvalidTime(localMidnight))
        {
            localMidnight = localMidnight.AddMinutes(30);
        }
        return TimeZoneInfo.ConvertTimeToUtc(localMidnight, Zone);
    }

    public static TimeZoneInfo ResolveZone(string? timeZoneId) =>
        timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnownZone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) && zone.HasIanaId;
}
