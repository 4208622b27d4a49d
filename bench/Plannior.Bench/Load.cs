using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Plannior.Bench;

/// <summary>One wrk run: throughput, latency percentiles and how many answers were not 2xx.</summary>
internal sealed record LoadResult(long Requests, double Seconds, double P50Ms, double P95Ms, double P99Ms, long Non2xx, long SocketErrors)
{
    public double RequestsPerSecond => Requests / Seconds;

    public bool Clean => Non2xx == 0 && SocketErrors == 0;

    /// <summary>The median of several runs, each figure on its own, so one noisy run (a neighbour's build) does not decide.</summary>
    public static LoadResult Median(IReadOnlyList<LoadResult> runs) => new(
        (long)MedianOf(runs.Select(r => (double)r.Requests)),
        MedianOf(runs.Select(r => r.Seconds)),
        MedianOf(runs.Select(r => r.P50Ms)),
        MedianOf(runs.Select(r => r.P95Ms)),
        MedianOf(runs.Select(r => r.P99Ms)),
        runs.Sum(r => r.Non2xx),
        runs.Sum(r => r.SocketErrors))
    {
        Throughput = MedianOf(runs.Select(r => r.RequestsPerSecond)),
    };

    /// <summary>Requests per second; for a median, the median of the runs' throughputs.</summary>
    public double Throughput { get; init; } = double.NaN;

    public double Rps => double.IsNaN(Throughput) ? RequestsPerSecond : Throughput;

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>Runs wrk (Debian package) with <c>load.lua</c>.</summary>
internal static partial class Wrk
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "load.lua");

    /// <param name="threads">wrk threads; chat uses one per connection so each connection is one user.</param>
    public static async Task<LoadResult> RunAsync(
        Uri baseAddress, string path, string usersFile, int connections, TimeSpan duration,
        string mode = "get", string? origin = null, int? threads = null)
    {
        var threadCount = threads ?? Math.Min(connections, 2);
        var start = new ProcessStartInfo("wrk",
        [
            "-t", threadCount.ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s",
            "--timeout", "10s",
            "-s", Script,
            new Uri(baseAddress, "/").ToString(),
            "--", usersFile, mode, path, origin ?? "",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var match = ResultLine().Match(output);
        if (process.ExitCode != 0 || !match.Success)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {output}\n{error}");
        }
        long Field(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return new LoadResult(
            Field("requests"), Field("duration") / 1e6, Field("p50") / 1e3, Field("p95") / 1e3, Field("p99") / 1e3,
            Field("non2xx"), Field("socket"));
    }

    [GeneratedRegex(@"RESULT requests=(?<requests>\d+) duration_us=(?<duration>\d+) p50_us=(?<p50>\d+) p95_us=(?<p95>\d+) p99_us=(?<p99>\d+) non2xx=(?<non2xx>\d+) socket_errors=(?<socket>\d+)")]
    private static partial Regex ResultLine();
}
