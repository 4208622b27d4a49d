using System.Diagnostics;
using System.Globalization;

namespace Plannior.Bench;

/// <summary>
/// <c>--trace</c>: a CPU-sampling trace (dotnet-trace) of a service while it is under load, and its hottest
/// methods (dotnet-trace report topN), so a change is made where the time goes. dotnet-trace is a dotnet tool:
/// <c>dotnet tool install --tool-path /tmp/perf-tools dotnet-trace</c>, or anywhere on PATH.
/// </summary>
internal static class Profiling
{
    public static string? Tool(string name) =>
        new[] { Environment.GetEnvironmentVariable("PLANNIOR_PERF_TOOLS"), "/tmp/perf-tools",
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            .Where(directory => !string.IsNullOrEmpty(directory))
            .Select(directory => Path.Combine(directory!, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Traces <paramref name="processId"/> while <paramref name="load"/> runs; returns the top methods by exclusive time.</summary>
    public static async Task<string> TraceAsync(int processId, string label, string directory, Func<Task> load)
    {
        var tool = Tool("dotnet-trace") ?? throw new InvalidOperationException("--trace needs dotnet-trace (see bench/README.md).");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{label}.nettrace");
        var collect = Process.Start(new ProcessStartInfo(tool,
            ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--profile", "cpu-sampling", "--duration", "00:00:00:06", "-o", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        await Task.Delay(1000);
        await load();
        await collect.WaitForExitAsync();
        var report = Process.Start(new ProcessStartInfo(tool, ["report", file, "topN", "-n", "25"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var top = await report.StandardOutput.ReadToEndAsync();
        await report.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(directory, $"{label}-top.txt"), top);
        return top;
    }
}
