using Plannior.Contracts;

namespace Plannior.ChatApi.Tasks;

/// <summary>"Today", "tomorrow" and "this week" as the user sees them, converted to UTC bounds for queries.</summary>
/// <remarks>The wall-clock rules (DST gaps and overlaps) are <see cref="WallClock"/>'s, shared with chat and the web app.</remarks>
public sealed record UserClock(DateTime UtcNow, TimeZoneInfo Zone)
{
    public DateTime LocalNow => WallClock.ToLocal(new DateTimeOffset(UtcNow, TimeSpan.Zero), Zone).DateTime;

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The UTC instant at which the user's <paramref name="day"/> begins.</summary>
    public DateTime StartOfDayUtc(DateOnly day) => WallClock.StartOfDay(day, Zone).UtcDateTime;

    public static TimeZoneInfo ResolveZone(string? timeZoneId) => WallClock.Zone(timeZoneId);

    public static bool IsKnownZone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) && zone.HasIanaId;
}
