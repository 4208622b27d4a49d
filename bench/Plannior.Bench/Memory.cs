using System.Globalization;
using System.Text;

namespace Plannior.Bench;

/// <summary>
/// One ChatApi build (a checkout) with optional runtime settings (environment variables such as
/// <c>DOTNET_TieredPGO=0</c>), as given to <c>--memory</c> by <c>--variant label=checkout[,NAME=VALUE...]</c>.
/// </summary>
internal sealed record MemoryVariant(string Label, string Checkout, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Each <c>--variant</c> argument; <c>.</c> as the checkout is the bench's own repository. None: the services measured.</summary>
    public static List<MemoryVariant> Parse(IReadOnlyList<string> args, string repository, string services)
    {
        var values = args.Select((arg, i) => (arg, i)).Where(p => p.arg == "--variant" && p.i + 1 < args.Count).Select(p => args[p.i + 1]).ToList();
        if (values.Count == 0) return [new("as built", services, new Dictionary<string, string>())];
        return [.. values.Select(value =>
        {
            var (label, rest) = value.Split('=', 2) is [var l, var r] ? (l, r) : throw new ArgumentException($"--variant {value}: expected label=checkout[,NAME=VALUE...]");
            var parts = rest.Split(',');
            var checkout = parts[0] == "." ? repository : Path.GetFullPath(parts[0]);
            var environment = parts.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
            return new MemoryVariant(label, checkout, environment);
        })];
    }
}

/// <summary>
/// ChatApi's peak working set alone: each variant started on its own, driven through the same ChatApi-facing work as
/// the full bench (the task list at 1, 16 and 64 clients, every query, the chat loop and a 200-message conversation)
/// against one seeded database, with VmHWM read after each phase. Variants run one after another in one process, on
/// one machine, so their figures compare even when the machine is loaded; <c>--rounds n</c> interleaves n rounds.
/// </summary>
internal static class MemoryRun
{
    private static readonly string[] Phases = ["started", "list 1/16/64", "queries", "chat 16 users", "200-message conversation"];

    public static async Task<string> RunAsync(
        List<MemoryVariant> variants, int rounds, bool quick, bool smaps, string connectionString, string secret,
        Func<HttpClient, Task<List<BenchUser>>> chatUsers,
        Func<HttpClient, BenchUser, int, Task<(double FirstMs, double LastMs, int Messages)>> grow)
    {
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[..3];
        // Seeded once, by the first variant's build: the tasks every variant then lists and searches.
        BenchUser owner;
        await using (var seeder = await ServiceProcess.StartAsync(variants[0].Checkout, "Plannior.ChatApi", Environment(variants[0], connectionString, secret)))
        {
            using var seedHttp = new HttpClient { BaseAddress = seeder.Address, Timeout = TimeSpan.FromSeconds(30) };
            owner = await Seed.SignUpAsync(seedHttp);
        }
        await Seed.WorkloadAsync(connectionString, owner);
        var ownerFile = Report.UsersFile([owner]);
        var listPath = $"/api/{owner.UserId}/tasks";
        var queries = Seed.TaskQueries;
        var seconds = TimeSpan.FromSeconds(quick ? 1 : 5);

        var results = variants.ToDictionary(v => v.Label, _ => new List<(long[] Phases, string Rollup)>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var variant in variants)
            {
                Console.WriteLine($"memory: round {round + 1}, {variant.Label}");
                var phases = new List<long>();
                await using var chatApi = await ServiceProcess.StartAsync(variant.Checkout, "Plannior.ChatApi", Environment(variant, connectionString, secret));
                // Generous: on a machine loaded far past its cores a cold first chat turn has taken over 30 s.
                using var http = new HttpClient { BaseAddress = chatApi.Address, Timeout = TimeSpan.FromMinutes(3) };
                phases.Add(chatApi.PeakWorkingSetBytes);
                await Wrk.RunAsync(chatApi.Address, listPath, ownerFile, 16, TimeSpan.FromSeconds(quick ? 1 : 8));
                foreach (var clients in new[] { 1, 16, 64 })
                {
                    await Wrk.RunAsync(chatApi.Address, listPath, ownerFile, clients, seconds);
                }
                phases.Add(chatApi.PeakWorkingSetBytes);
                foreach (var query in queries)
                {
                    await Wrk.RunAsync(chatApi.Address, listPath + query, ownerFile, 16, TimeSpan.FromSeconds(quick ? 1 : 3));
                }
                phases.Add(chatApi.PeakWorkingSetBytes);
                var chatFile = Report.UsersFile(await chatUsers(http));
                await Wrk.RunAsync(chatApi.Address, "/api/{user}/chat", chatFile, 16, TimeSpan.FromSeconds(quick ? 3 : 13), mode: "chat", threads: 16);
                phases.Add(chatApi.PeakWorkingSetBytes);
                await grow(http, await Seed.SignUpAsync(http), quick ? 40 : 200);
                phases.Add(chatApi.PeakWorkingSetBytes);
                results[variant.Label].Add(([.. phases], Rollup(chatApi.ProcessId)));
                Console.WriteLine($"memory: {variant.Label}: VmHWM after each phase {string.Join(" / ", phases.Select(Mb))} MB; RSS anonymous / file-backed now {results[variant.Label][^1].Rollup} MB");
                if (smaps) Console.WriteLine($"{variant.Label}, resident memory by mapping at the end:\n{Mappings(chatApi.ProcessId)}");
            }
        }

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# ChatApi peak working set by variant{(quick ? " (--quick: a smoke run)" : "")}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {string.Join(' ', load)} at start, {rounds} round(s), variants interleaved")
            .AppendLine()
            .AppendLine("VmHWM (MB) after each phase; the last is the run's peak (target < 200 MB). With several rounds, the median peak and every round's.")
            .AppendLine()
            .AppendLine($"| variant | {string.Join(" | ", Phases)} | peak (rounds) | RSS at end: anonymous / file-backed MB |")
            .AppendLine($"|---|{string.Concat(Phases.Select(_ => "---|"))}---|---|");
        foreach (var variant in variants)
        {
            var runs = results[variant.Label];
            var median = runs.OrderBy(r => r.Phases[^1]).ElementAt(runs.Count / 2);
            var peaks = string.Join(", ", runs.Select(r => Mb(r.Phases[^1])));
            var settings = variant.Environment.Count == 0 ? "" : " (" + string.Join(", ", variant.Environment.Select(p => $"{p.Key}={p.Value}")) + ")";
            text.AppendLine($"| {variant.Label}{settings} | {string.Join(" | ", median.Phases.Select(Mb))} | {Mb(median.Phases[^1])} ({peaks}) | {median.Rollup} |");
        }
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Load average at the end: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3])}");
        return text.ToString();
    }

    private static Dictionary<string, string> Environment(MemoryVariant variant, string connectionString, string secret) =>
        new(variant.Environment) { ["ConnectionStrings__plannior"] = connectionString, ["JWT_SECRET"] = secret };

    private static string Mb(long bytes) => (bytes / 1e6).ToString("F0", CultureInfo.InvariantCulture);

    /// <summary>Resident MB by what is mapped (a file, a memfd, or anonymous), the largest first.</summary>
    private static string Mappings(int processId)
    {
        var totals = new Dictionary<string, long>();
        var current = "";
        foreach (var line in File.ReadLines($"/proc/{processId}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-') && !fields[0].EndsWith(':'))
            {
                current = fields.Length >= 6 ? string.Join(' ', fields[5..]) : "[anonymous]";
            }
            else if (fields is ["Rss:", var kb, "kB"])
            {
                totals[current] = totals.GetValueOrDefault(current) + long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        return string.Join('\n', totals.OrderByDescending(p => p.Value).Take(15).Select(p => $"  {Mb(p.Value),5} MB  {p.Key}"));
    }

    /// <summary>Anonymous (heaps, JIT, malloc) against file-backed (assemblies, native libraries) resident memory now.</summary>
    private static string Rollup(int processId)
    {
        var fields = File.ReadLines($"/proc/{processId}/smaps_rollup")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[1].TrimEnd().EndsWith("kB", StringComparison.Ordinal))
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024);
        var rss = fields.GetValueOrDefault("Rss");
        var anonymous = fields.GetValueOrDefault("Anonymous");
        return $"{Mb(anonymous)} / {Mb(rss - anonymous)}";
    }
}
