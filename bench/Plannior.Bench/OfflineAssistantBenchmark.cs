using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Offline;

namespace Plannior.Bench;

/// <summary>
/// The offline assistant's own cost for one message, with no database or HTTP: reading the request (and the
/// conversation before it) and choosing its tool calls, as the first model call of a turn does.
/// </summary>
[MemoryDiagnoser]
public class OfflineAssistantBenchmark
{
    private readonly OfflineChatClient client = new();
    private List<ChatMessage> messages = [];
    private ChatOptions options = new();

    [Params(
        "add a task to buy milk tomorrow at 5pm",
        "show my pending high priority tasks due this week",
        "mark buy milk as done",
        "کل شام پانچ بجے دودھ خریدنے کا کام شامل کرو")]
    public string Message { get; set; } = "";

    /// <summary>Messages of history before the request (the pipeline sends at most 30).</summary>
    [Params(0, 30)]
    public int History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        messages = [new(ChatRole.System, "You are Plannior's assistant.")];
        for (var i = 0; i < History / 2; i++)
        {
            messages.Add(new(ChatRole.User, $"add a task to call the plumber {i}"));
            messages.Add(new(ChatRole.Assistant, $"Added task #{i + 1}: \"call the plumber {i}\"."));
        }
        messages.Add(new(ChatRole.User, Message));
        options = new ChatOptions
        {
            AdditionalProperties = new AdditionalPropertiesDictionary
            {
                [OfflineAssistantContext.NowKey] = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(5)).ToString("O"),
                [OfflineAssistantContext.TimeZoneKey] = "Asia/Karachi",
                [OfflineAssistantContext.LanguageKey] = Message.Any(c => c is >= '\u0600' and <= '\u06FF') ? "ur" : "en",
            },
        };
    }

    [Benchmark]
    public Task<ChatResponse> Respond() => client.GetResponseAsync(messages, options);

    /// <summary>
    /// Runs in this process (no generated project to build), a short job; returns the worst median in ms. The median,
    /// not the mean: on a shared machine one iteration that lost its core would otherwise decide the figure.
    /// </summary>
    public static (double WorstMeanMs, string Table) Run()
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(9).WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<OfflineAssistantBenchmark>(config);
        var rows = summary.Reports
            .Where(report => report.ResultStatistics is not null)
            .Select(report => (
                Message: (string)report.BenchmarkCase.Parameters["Message"],
                History: (int)report.BenchmarkCase.Parameters["History"],
                MeanMs: report.ResultStatistics!.Median / 1e6,
                Allocated: report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0))
            .ToList();
        var table = new System.Text.StringBuilder()
            .AppendLine("| message | history | median ms | allocated KiB |")
            .AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            table.AppendLine($"| {row.Message} | {row.History} | {row.MeanMs:F3} | {row.Allocated / 1024.0:F1} |");
        }
        return (rows.Count == 0 ? double.NaN : rows.Max(row => row.MeanMs), table.ToString());
    }

    /// <summary>
    /// The same cases timed by this thread's CPU time instead of the wall clock: on a machine loaded far past its
    /// cores a wall-clock median mostly measures waiting for a core, CPU time what a message costs. Median of
    /// <paramref name="batches"/> batches of <paramref name="perBatch"/> messages each, after a warm-up long enough for
    /// tiered compilation to finish. Returns the worst median in ms and the table.
    /// </summary>
    public static (double WorstMs, string Table) RunCpu(int batches = 7, int perBatch = 2_000)
    {
        var table = new System.Text.StringBuilder()
            .AppendLine("| message | history | median CPU ms | min–max of batches |")
            .AppendLine("|---|---|---|---|");
        var worst = 0.0;
        foreach (var message in typeof(OfflineAssistantBenchmark).GetProperty(nameof(Message))!
            .GetCustomAttributes(typeof(ParamsAttribute), false).Cast<ParamsAttribute>().Single().Values.Cast<string>())
        {
            foreach (var history in new[] { 0, 30 })
            {
                var benchmark = new OfflineAssistantBenchmark { Message = message, History = history };
                benchmark.Setup();
                for (var i = 0; i < 20_000; i++) benchmark.Respond().GetAwaiter().GetResult();
                Thread.Sleep(500); // tier-1 compilation happens in the background after call counting
                for (var i = 0; i < 5_000; i++) benchmark.Respond().GetAwaiter().GetResult();
                var samples = new List<double>();
                for (var batch = 0; batch < batches; batch++)
                {
                    var started = ThreadCpu();
                    for (var i = 0; i < perBatch; i++) benchmark.Respond().GetAwaiter().GetResult();
                    samples.Add((ThreadCpu() - started).TotalMilliseconds / perBatch);
                }
                samples.Sort();
                var median = samples[samples.Count / 2];
                worst = Math.Max(worst, median);
                table.AppendLine(System.FormattableString.Invariant($"| {message} | {history} | {median:F4} | {samples[0]:F4}–{samples[^1]:F4} |"));
            }
        }
        return (worst, table.ToString());
    }

    private static TimeSpan ThreadCpu()
    {
        const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID
        if (ClockGetTime(ThreadCpuClock, out var time) != 0) throw new InvalidOperationException("clock_gettime failed");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
