using System.Globalization;
using Plannior.ChatApi.Tasks;
using Plannior.Contracts;

namespace Plannior.ChatApi.Chat.Tools;

/// <summary>Dates from tool calls: an explicit offset is honoured; a bare local time means the user's zone.</summary>
public static class ToolDates
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    public static DateTimeOffset? Parse(string argument, string? text, UserClock clock)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        text = text.Trim();

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // A date alone is due by the end of that day, so it is not overdue while the day lasts.
            return ToUtc(day.ToDateTime(new TimeOnly(23, 59)), clock.Zone);
        }
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return ToUtc(local, clock.Zone);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }
        throw new ToolArgumentException(argument, "must be an ISO 8601 date or date-time, e.g. 2026-12-01T17:00:00+05:00");
    }

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone) => WallClock.ToInstant(local, zone).ToUniversalTime();
}
