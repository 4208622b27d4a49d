using System.Globalization;
using Plannior.Web.Extensions;

namespace Plannior.Web.Services;

/// <summary>An RFC 5545 RRULE in words: "every day", "every weekday", "every week on Mon and Thu", "every month on the 1st".</summary>
public static class RecurrenceText
{
    private static readonly string[] DayOrder = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = DayOfWeek.Monday, ["TU"] = DayOfWeek.Tuesday, ["WE"] = DayOfWeek.Wednesday, ["TH"] = DayOfWeek.Thursday,
        ["FR"] = DayOfWeek.Friday, ["SA"] = DayOfWeek.Saturday, ["SU"] = DayOfWeek.Sunday,
    };

    public static string? Describe(string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return null;
        }
        var parts = Parse(rule);
        var interval = parts.TryGetValue("INTERVAL", out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n > 1 ? n : 1;
        var days = parts.TryGetValue("BYDAY", out var byDay)
            ? byDay.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var frequency = parts.GetValueOrDefault("FREQ")?.ToUpperInvariant();

        return frequency switch
        {
            "DAILY" => Every(interval, "Day"),
            "WEEKLY" when IsWeekdays(days) && interval == 1 => SharedResource.Text("Repeat_Weekdays"),
            "WEEKLY" when days.Length > 0 => SharedResource.Format("Repeat_On", Every(interval, "Week"), Join(days)),
            "WEEKLY" => Every(interval, "Week"),
            "MONTHLY" when parts.TryGetValue("BYMONTHDAY", out var monthDay) && int.TryParse(monthDay, CultureInfo.InvariantCulture, out var day) =>
                SharedResource.Format("Repeat_OnMonthDay", Every(interval, "Month"), day == -1 ? SharedResource.Text("Repeat_LastDay") : Ordinal(day)),
            "MONTHLY" => Every(interval, "Month"),
            "YEARLY" => Every(interval, "Year"),
            _ => SharedResource.Format("Repeat_Rule", LocalTime.LeftToRight(rule.Trim())),
        };
    }

    public static bool IsWeekdays(IReadOnlyCollection<string> days) =>
        days.Count == 5 && new[] { "MO", "TU", "WE", "TH", "FR" }.All(d => days.Contains(d, StringComparer.OrdinalIgnoreCase));

    /// <summary>An RRULE day code ("MO") as the UI language shortens it: "Mon", "پیر".</summary>
    public static string DayName(string code) =>
        Days.TryGetValue(code.Length > 2 ? code[^2..] : code, out var day) ? LocalTime.DayName(day) : code;

    public static Dictionary<string, string> Parse(string rule) =>
        rule.Trim().Replace("RRULE:", "", StringComparison.OrdinalIgnoreCase)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0].ToUpperInvariant())
            .ToDictionary(group => group.Key, group => group.First()[1], StringComparer.OrdinalIgnoreCase);

    // "every week", "every 2 weeks"
    private static string Every(int interval, string unit) =>
        interval == 1 ? SharedResource.Text($"Repeat_Every{unit}") : SharedResource.Format($"Repeat_EveryN{unit}s", interval);

    private static string Join(IEnumerable<string> days)
    {
        var names = days
            .OrderBy(d => Array.IndexOf(DayOrder, d.ToUpperInvariant()[^2..]))
            .Select(DayName)
            .ToList();
        return names.Count <= 1
            ? string.Concat(names)
            : SharedResource.Format("Repeat_And", string.Join(SharedResource.Text("List_Separator"), names[..^1]), names[^1]);
    }

    // English says "1st", "22nd"; Urdu says the number ("1 تاریخ")
    private static string Ordinal(int day) => UiLanguage.Current != UiLanguage.English
        ? day.ToString(UiLanguage.FormatCulture)
        : (day % 100) switch
        {
            11 or 12 or 13 => $"{day}th",
            _ => (day % 10) switch { 1 => $"{day}st", 2 => $"{day}nd", 3 => $"{day}rd", _ => $"{day}th" },
        };
}
