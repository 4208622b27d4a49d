using System.Globalization;
using Plannior.Web.Services;

namespace Plannior.Web.Components.Tasks;

public enum RepeatKind { None, Daily, Weekdays, Weekly, Monthly, Custom }

/// <summary>The recurrence picker's state, to and from an RRULE: the common rules by name, anything else as text.</summary>
public sealed class RecurrenceChoice
{
    public static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public RepeatKind Kind { get; set; }

    public HashSet<string> WeekDays { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int MonthDay { get; set; } = 1;

    public string Custom { get; set; } = "";

    public string? ToRule() => Kind switch
    {
        RepeatKind.None => null,
        RepeatKind.Daily => "FREQ=DAILY",
        RepeatKind.Weekdays => "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        RepeatKind.Weekly => WeekDays.Count == 0 ? "FREQ=WEEKLY" : $"FREQ=WEEKLY;BYDAY={string.Join(',', Days.Where(WeekDays.Contains))}",
        RepeatKind.Monthly => string.Create(CultureInfo.InvariantCulture, $"FREQ=MONTHLY;BYMONTHDAY={Math.Clamp(MonthDay, 1, 31)}"),
        _ => string.IsNullOrWhiteSpace(Custom) ? null : Custom.Trim().Replace("RRULE:", "", StringComparison.OrdinalIgnoreCase),
    };

    public static RecurrenceChoice From(string? rule)
    {
        var choice = new RecurrenceChoice();
        if (string.IsNullOrWhiteSpace(rule))
        {
            return choice;
        }
        var parts = RecurrenceText.Parse(rule);
        var keys = parts.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var frequency = parts.GetValueOrDefault("FREQ")?.ToUpperInvariant();
        var days = parts.GetValueOrDefault("BYDAY")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (frequency == "DAILY" && keys.SetEquals(["FREQ"]))
        {
            choice.Kind = RepeatKind.Daily;
        }
        else if (frequency == "WEEKLY" && keys.IsSubsetOf(["FREQ", "BYDAY"]) && days.All(d => Days.Contains(d, StringComparer.OrdinalIgnoreCase)))
        {
            choice.Kind = RecurrenceText.IsWeekdays(days) ? RepeatKind.Weekdays : RepeatKind.Weekly;
            choice.WeekDays.UnionWith(days);
        }
        else if (frequency == "MONTHLY" && keys.SetEquals(["FREQ", "BYMONTHDAY"])
                 && int.TryParse(parts["BYMONTHDAY"], CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
        {
            choice.Kind = RepeatKind.Monthly;
            choice.MonthDay = day;
        }
        else
        {
            choice.Kind = RepeatKind.Custom;
            choice.Custom = rule.Trim();
        }
        return choice;
    }
}
