using System.Globalization;

namespace Plannior.Web.Components.Settings;

/// <summary>The IANA zones a profile can choose from: the server's TZDB zones, the ones the API accepts too.</summary>
public static class TimeZones
{
    public sealed record Zone(string Id, string Label);

    /// <summary>"Asia/Karachi", labelled with its current UTC offset, sorted by name.</summary>
    public static IReadOnlyList<Zone> All(DateTimeOffset now) =>
    [
        .. TimeZoneInfo.GetSystemTimeZones()
            // region/city names only: the legacy aliases (EST5EDT, Etc/GMT+5) would only confuse the list
            .Where(zone => zone.HasIanaId && (zone.Id.Contains('/', StringComparison.Ordinal) || zone.Id == "UTC") && !zone.Id.StartsWith("Etc/", StringComparison.Ordinal))
            .OrderBy(zone => zone.Id, StringComparer.Ordinal)
            .Select(zone => new Zone(zone.Id, $"{zone.Id} (UTC{Offset(zone.GetUtcOffset(now))})")),
    ];

    public static bool IsKnown(string? id) =>
        id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
