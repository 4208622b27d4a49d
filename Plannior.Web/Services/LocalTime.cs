using System.Globalization;

namespace Plannior.Web.Services;

/// <summary>Turns UTC instants from the API into the short, local wording a task list needs, and back.</summary>
public static class LocalTime
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => WallClock.ToLocal(instant, zone).DateTime;

    /// <summary>"Today, 17:00", "Tomorrow, 09:30", "Mon 2 Dec, 08:00", or "2 Dec 2027, 08:00".</summary>
    public static string Describe(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = ToLocal(instant, zone);
        var today = ToLocal(now, zone).Date;
        var time = local.ToString("HH:mm", Culture);
        var days = (local.Date - today).Days;
        return days switch
        {
            0 => $"Today, {time}",
            1 => $"Tomorrow, {time}",
            -1 => $"Yesterday, {time}",
            _ when local.Year == today.Year => local.ToString("ddd d MMM, HH:mm", Culture),
            _ => local.ToString("d MMM yyyy, HH:mm", Culture),
        };
    }

    /// <summary>
    /// A wall-clock time the user typed, read in their zone by the rule the API and the assistant use; null when that
    /// time doesn't exist there (a DST gap), so the form can say so rather than move it silently.
    /// </summary>
    public static DateTimeOffset? FromLocal(DateTime wallClock, TimeZoneInfo zone) =>
        WallClock.Exists(wallClock, zone) ? WallClock.ToInstant(wallClock, zone).ToUniversalTime() : null;
}
