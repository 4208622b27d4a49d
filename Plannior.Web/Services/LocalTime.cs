using Plannior.Web.Extensions;

namespace Plannior.Web.Services;

/// <summary>
/// Turns UTC instants from the API into the short, local wording a task list needs, and back, in the UI language:
/// the zone rule is <see cref="WallClock"/>'s, the words and the date order are the resources'.
/// </summary>
public static class LocalTime
{
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => WallClock.ToLocal(instant, zone).DateTime;

    /// <summary>"Today, 17:00", "Tomorrow, 09:30", "Mon 2 Dec, 08:00", or "2 Dec 2027, 08:00" (in Urdu: "آج، 17:00").</summary>
    public static string Describe(DateTimeOffset instant, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = ToLocal(instant, zone);
        var today = ToLocal(now, zone).Date;
        var days = (local.Date - today).Days;
        return SharedResource.Format(days switch
        {
            0 => "Time_Today",
            1 => "Time_Tomorrow",
            -1 => "Time_Yesterday",
            _ when local.Year == today.Year => "Time_ThisYear",
            _ => "Time_OtherYear",
        }, local);
    }

    /// <summary>A day and month, with the time when it isn't midnight: "1 Jan", "1 Jan 09:30".</summary>
    public static string Short(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = ToLocal(instant, zone);
        return SharedResource.Format(local.TimeOfDay == TimeSpan.Zero ? "Time_ShortDate" : "Time_ShortDateTime", local);
    }

    /// <summary>Everything about the moment, for a tooltip: "Monday 2 December 2030, 08:00 (Asia/Karachi)".</summary>
    public static string Full(DateTimeOffset instant, TimeZoneInfo zone) =>
        SharedResource.Format("Time_Full", ToLocal(instant, zone), LeftToRight(zone.Id));

    /// <summary>
    /// An identifier (a zone id, a task id, a rule) isolated as left to right inside text of either direction, for
    /// the places markup can't reach (a tooltip): "(Asia/Karachi)" keeps its order in an Urdu sentence.
    /// </summary>
    public static string LeftToRight(string text) => $"\u2066{text}\u2069";

    /// <summary>
    /// A wall-clock time the user typed, read in their zone by the rule the API and the assistant use; null when that
    /// time doesn't exist there (a DST gap), so the form can say so rather than move it silently.
    /// </summary>
    public static DateTimeOffset? FromLocal(DateTime wallClock, TimeZoneInfo zone) =>
        WallClock.Exists(wallClock, zone) ? WallClock.ToInstant(wallClock, zone).ToUniversalTime() : null;

    /// <summary>The short name of a weekday in the UI language: "Mon", "پیر".</summary>
    public static string DayName(DayOfWeek day) => UiLanguage.FormatCulture.DateTimeFormat.GetAbbreviatedDayName(day);
}
