using System.Diagnostics;
using System.Globalization;

namespace Plannior.LocalPostgres;

/// <summary>
/// The process that owns a data root, as recorded beside the data: enough for a second one to name it, and a
/// start time so that a pid reused by an unrelated process is not taken for the owner.
/// </summary>
public sealed record DataRootOwner(int ProcessId, DateTime StartedAtUtc, string? DashboardUrl)
{
    // /proc gives start times in clock ticks since boot; two reads of the same process agree far closer than this.
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(1);

    /// <param name="dashboardUrl">Where this process's Aspire dashboard listens, when it has one.</param>
    public static DataRootOwner ThisProcess(string? dashboardUrl)
    {
        using var self = Process.GetCurrentProcess();
        return new DataRootOwner(self.Id, self.StartTime.ToUniversalTime(), dashboardUrl);
    }

    /// <summary>Whether the recorded process still runs: its pid exists and started when recorded.</summary>
    public bool IsRunning()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return !process.HasExited && (process.StartTime.ToUniversalTime() - StartedAtUtc).Duration() < StartTimeTolerance;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>"pid 1234, dashboard http://localhost:15080": how messages name the owner.</summary>
    public string Describe() =>
        $"pid {ProcessId.ToString(CultureInfo.InvariantCulture)}, " +
        (DashboardUrl is { Length: > 0 } url ? $"dashboard {url}" : "no dashboard");
}
