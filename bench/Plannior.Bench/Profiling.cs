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

    /// <summary>
    /// CPU samples of <paramref name="processId"/> with Linux perf while <paramref name="load"/> runs, JIT-compiled
    /// frames named through the perf map the runtime writes with <c>DOTNET_PerfMapEnabled=1</c>; returns the hottest
    /// symbols by their own time.
    /// </summary>
    public static async Task<string> PerfAsync(int processId, string label, string directory, Func<Task> load)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{label}.perf.data");
        var record = Process.Start(new ProcessStartInfo("perf",
            ["record", "-F", "999", "-g", "-o", file, "-p", processId.ToString(CultureInfo.InvariantCulture), "--", "sleep", "5"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        await Task.Delay(300);
        await load();
        await record.WaitForExitAsync();
        var report = Process.Start(new ProcessStartInfo("perf",
            ["report", "-i", file, "--no-children", "--sort", "dso,symbol", "--stdio", "--percent-limit", "0.7", "-g", "none"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var top = await report.StandardOutput.ReadToEndAsync();
        await report.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(directory, $"{label}-perf-top.txt"), top);
        return top;
    }

    /// <summary>Traces <paramref name="processId"/> while <paramref name="load"/> runs; returns the top methods by exclusive time.</summary>
    public static async Task<string> TraceAsync(int processId, string label, string directory, Func<Task> load)
    {
        var tool = Tool("dotnet-trace") ?? throw new InvalidOperationException("--trace needs dotnet-trace (see bench/README.md).");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{label}.nettrace");
        var collect = Process.Start(new ProcessStartInfo(tool,
            ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time", "--duration", "00:00:00:06", "-o", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        await Task.Delay(1000);
        await load();
        await collect.WaitForExitAsync();
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"dotnet-trace collected nothing: {await collect.StandardOutput.ReadToEndAsync()} {await collect.StandardError.ReadToEndAsync()}");
        }
        var report = Process.Start(new ProcessStartInfo(tool, ["report", file, "topN", "-n", "40"])
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
