using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Plannior.Bench;

/// <summary>The run's tables, each row against its target from issue #14, and where the run is kept.</summary>
internal sealed class Report
{
    private readonly StringBuilder text = new();
    private readonly string repository;
    private readonly DateTime started = DateTime.UtcNow;
    private readonly string commit;

    public Report(string repository, bool quick)
    {
        this.repository = repository;
        commit = Git("rev-parse --short HEAD") + (Git("status --porcelain --untracked-files=no").Length > 0 ? " (with uncommitted changes)" : "");
        text.AppendLine($"# Plannior bench, {started:yyyy-MM-dd HH:mm} UTC{(quick ? " (--quick: a smoke run, not a measurement)" : "")}")
            .AppendLine()
            .AppendLine($"- Commit of the services measured: {commit} ({repository})")
            .AppendLine($"- Machine: {Machine()}")
            .AppendLine("- Setup: ChatApi and Gateway from their Release builds, each its own process on loopback (ASPNETCORE_ENVIRONMENT=Production, GC as the projects ship: workstation GC), "
                + "not under the Aspire orchestrator (none of its TCP proxies); one PostgreSQL 15 from the local binaries (fsync off); "
                + "nginx (Debian) with the same /api/ route over a keepalive upstream; load from wrk, on the same machine. "
                + "The Gateway runs with CORS (an allowed Origin on every request), rate limiting (limits raised by configuration) and token validation on.")
            .AppendLine();
    }

    public string Text => text.ToString();

    public void Gateway(List<(int Clients, LoadResult Direct, LoadResult Gateway, LoadResult Nginx)> rows)
    {
        text.AppendLine("## Gateway: `GET /api/{user_id}/tasks` (default 20-task page), medians of interleaved rounds")
            .AppendLine()
            .AppendLine("Targets: Gateway ≥ 0.9× direct and ≥ 1.0× nginx in throughput at 16 and 64 clients; p50 added ≤ 0.5 ms at 1 client, ≤ 1 ms at 16.")
            .AppendLine()
            .AppendLine("| clients | direct req/s | Gateway req/s | nginx req/s | Gateway/direct | Gateway/nginx | p50 direct / Gateway / nginx ms | Gateway p50 added | errors |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (clients, direct, gateway, nginx) in rows)
        {
            var added = gateway.P50Ms - direct.P50Ms;
            var ratioDirect = gateway.Rps / direct.Rps;
            var ratioNginx = gateway.Rps / nginx.Rps;
            var throughputTargets = clients >= 16
                ? $"{ratioDirect:F2} {AtLeast(ratioDirect, 0.9)}" : $"{ratioDirect:F2}";
            var nginxTarget = clients >= 16 ? $"{ratioNginx:F2} {AtLeast(ratioNginx, 1.0)}" : $"{ratioNginx:F2}";
            var addedTarget = clients switch
            {
                1 => $"{added:F2} ms {AtMost(added, 0.5, "ms")}",
                16 => $"{added:F2} ms {AtMost(added, 1.0, "ms")}",
                _ => $"{added:F2} ms",
            };
            text.AppendLine($"| {clients} | {direct.Rps:F0} | {gateway.Rps:F0} | {nginx.Rps:F0} | {throughputTargets} | {nginxTarget} | "
                + $"{direct.P50Ms:F2} / {gateway.P50Ms:F2} / {nginx.P50Ms:F2} | {addedTarget} | {Errors(direct, gateway, nginx)} |");
        }
        text.AppendLine();
    }

    public void CpuPerRequest(List<(int Clients, Dictionary<string, double> Microseconds)> rows)
    {
        text.AppendLine("CPU per request of each process in its own runs (utime + stime from /proc, 10 ms ticks), in µs. ChatApi's share "
                + "is the same behind either proxy, so a proxy's own figure is its whole cost:")
            .AppendLine()
            .AppendLine("| clients | ChatApi (direct) | Gateway | nginx | Gateway/nginx |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var (clients, cpu) in rows)
        {
            text.AppendLine($"| {clients} | {cpu["ChatApi"]:F0} | {cpu["Gateway"]:F0} | {cpu["nginx"]:F0} | {cpu["Gateway"] / cpu["nginx"]:F1}× |");
        }
        text.AppendLine();
    }

    public void TaskQueries(List<(string Query, LoadResult Result)> rows)
    {
        text.AppendLine("## Task queries: 16 clients straight to ChatApi, 10,000 tasks for the user, 100,000 for 100 other users")
            .AppendLine()
            .AppendLine("Targets: ≥ 4,000 req/s for the default list; p95 < 20 ms for every filter, search and sort.")
            .AppendLine()
            .AppendLine("| call | req/s | p50 ms | p95 ms | p99 ms | target | errors |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (query, result) in rows)
        {
            var target = query.Length == 0
                ? $"{AtLeast(result.Rps, 4000, "req/s")}, p95 {AtMost(result.P95Ms, 20, "ms", strict: true)}"
                : $"p95 {AtMost(result.P95Ms, 20, "ms", strict: true)}";
            text.AppendLine($"| `tasks{query}` | {result.Rps:F0} | {result.P50Ms:F2} | {result.P95Ms:F2} | {result.P99Ms:F2} | {target} | {Errors(result)} |");
        }
        text.AppendLine();
    }

    public void Chat(LoadResult load, (double FirstMs, double LastMs, int Messages) growth)
    {
        var ratio = growth.LastMs / growth.FirstMs;
        text.AppendLine("## Chat turns with the offline assistant, straight to ChatApi")
            .AppendLine()
            .AppendLine("Targets: p95 < 50 ms and ≥ 300 turns/s with 16 users in a closed loop (add / list / complete with `client_message_id`, "
                + "each user in one growing conversation); ≤ 1.2× as one conversation grows to 200 messages.")
            .AppendLine()
            .AppendLine("| measure | value | target |")
            .AppendLine("|---|---|---|")
            .AppendLine($"| turns/s, 16 users | {load.Rps:F0} | {AtLeast(load.Rps, 300, "turns/s")} |")
            .AppendLine($"| p50 / p95 / p99 ms, 16 users | {load.P50Ms:F1} / {load.P95Ms:F1} / {load.P99Ms:F1} | p95 {AtMost(load.P95Ms, 50, "ms", strict: true)} |")
            .AppendLine($"| failed turns (non-2xx, socket) | {load.Non2xx}, {load.SocketErrors} | none |")
            .AppendLine($"| one user, sequential: turn at the start / at {growth.Messages} messages (median of 10) | {growth.FirstMs:F1} ms / {growth.LastMs:F1} ms = {ratio:F2}× | {AtMost(ratio, 1.2, "×")} |")
            .AppendLine();
    }

    public void OfflineAssistant((double WorstMeanMs, string Table) result)
    {
        text.AppendLine("## Offline assistant, one message (BenchmarkDotNet, in-process, ShortRun)")
            .AppendLine()
            .AppendLine($"Target: < 0.5 ms per message. Worst median measured: {result.WorstMeanMs:F3} ms, {AtMost(result.WorstMeanMs, 0.5, "ms", strict: true)}.")
            .AppendLine()
            .Append(result.Table)
            .AppendLine();
    }

    public void Resources(IEnumerable<(string Service, long PeakBytes)> services)
    {
        text.AppendLine("## Peak working set over the whole run (VmHWM)")
            .AppendLine()
            .AppendLine("Target: < 200 MB per service.")
            .AppendLine()
            .AppendLine("| process | peak MB | target |")
            .AppendLine("|---|---|---|");
        foreach (var (service, bytes) in services)
        {
            var mb = bytes / 1e6;
            text.AppendLine($"| {service} | {mb:F0} | {(service.StartsWith("nginx", StringComparison.Ordinal) ? "(baseline)" : AtMost(mb, 200, "MB", strict: true))} |");
        }
        text.AppendLine();
    }

    /// <summary>Writes the run to <c>bench/results/{date}-{commit}.md</c>, so runs stay side by side in the repository.</summary>
    public async Task<string> SaveAsync(string benchRepository)
    {
        var directory = Path.Combine(benchRepository, "bench", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{started:yyyy-MM-dd-HHmm}-{Git("rev-parse --short HEAD")}.md");
        await File.WriteAllTextAsync(path, Text);
        return path;
    }

    public static string UsersFile(IEnumerable<BenchUser> users)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plannior-bench-users-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, users.Select(user => user.Line));
        return path;
    }

    public static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Plannior.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Run the bench from the repository (no Plannior.sln above " + AppContext.BaseDirectory + ").");
    }

    private static string AtLeast(double value, double target, string unit = "×") =>
        value >= target ? "✅ met" : $"❌ missed by {(target - value) / target:P1} ({value:0.##} vs {target:0.##} {unit})";

    private static string AtMost(double value, double target, string unit, bool strict = false) =>
        (strict ? value < target : value <= target) ? "✅ met" : $"❌ over by {(value - target) / target:P1} ({value:0.##} vs {target:0.##} {unit})";

    private static string Errors(params LoadResult[] results) =>
        results.All(r => r.Clean) ? "none" : string.Join(" / ", results.Select(r => $"{r.Non2xx} non-2xx, {r.SocketErrors} socket"));

    private string Git(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = repository, RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : "0";
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.MachineName}, {Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1048576.0:F0} GiB, "
            + $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load} at start");
    }
}
