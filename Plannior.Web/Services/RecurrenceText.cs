using System.Globalization;

namespace Plannior.Web.Services;

/// <summary>An RFC 5545 RRULE in words: "every day", "every weekday", "every week on Mon and Thu", "every month on the 1st".</summary>
public static class RecurrenceText
{
    private static readonly string[] DayOrder = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    private static readonly Dictionary<string, string> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = "Mon", ["TU"] = "Tue", ["WE"] = "Wed", ["TH"] = "Thu", ["FR"] = "Fri", ["SA"] = "Sat", ["SU"] = "Sun",
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
            "DAILY" => interval == 1 ? "every day" : $"every {interval} days",
            "WEEKLY" when IsWeekdays(days) && interval == 1 => "every weekday",
            "WEEKLY" => $"{Every(interval, "week")}{(days.Length > 0 ? " on " + Join(days) : "")}",
            "MONTHLY" when parts.TryGetValue("BYMONTHDAY", out var monthDay) && int.TryParse(monthDay, CultureInfo.InvariantCulture, out var day) =>
                $"{Every(interval, "month")} on the {(day == -1 ? "last day" : Ordinal(day))}",
            "MONTHLY" => Every(interval, "month"),
            "YEARLY" => Every(interval, "year"),
            _ => $"repeats ({rule.Trim()})",
        };
    }

    public static bool IsWeekdays(IReadOnlyCollection<string> days) =>
        days.Count == 5 && new[] { "MO", "TU", "WE", "TH", "FR" }.All(d => days.Contains(d, StringComparer.OrdinalIgnoreCase));

    public static Dictionary<string, string> Parse(string rule) =>
        rule.Trim().Replace("RRULE:", "", StringComparison.OrdinalIgnoreCase)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0].ToUpperInvariant())
            .ToDictionary(group => group.Key, group => group.First()[1], StringComparer.OrdinalIgnoreCase);

    private static string Every(int interval, string unit) => interval == 1 ? $"every {unit}" : $"every {interval} {unit}s";

    private static string Join(IEnumerable<string> days)
    {
        var names = days
            .OrderBy(d => Array.IndexOf(DayOrder, d.ToUpperInvariant()[^2..]))
            .Select(d => DayNames.GetValueOrDefault(d.Length > 2 ? d[^2..] : d, d))
            .ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    private static string Ordinal(int day) => (day % 100) switch
    {
        11 or 12 or 13 => $"{day}th",
        _ => (day % 10) switch { 1 => $"{day}st", 2 => $"{day}nd", 3 => $"{day}rd", _ => $"{day}th" },
    };
}
