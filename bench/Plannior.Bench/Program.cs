using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Plannior.Bench;
using Plannior.Testing;

// The whole benchmark, one command: dotnet run -c Release --project bench/Plannior.Bench [-- --quick]
// Starts PostgreSQL (local binaries), ChatApi and the Gateway (their Release builds, separate processes, no Aspire
// orchestrator) and nginx; drives them with wrk; prints one table per target of issue #14 and keeps the run in
// bench/results/. --quick shortens every run (a smoke test of the bench itself, not a measurement); --no-micro skips
// BenchmarkDotNet; --trace profiles the services under load instead of measuring; --memory compares ChatApi's peak
// working set across builds and runtime settings; --micro-only runs BenchmarkDotNet alone (see bench/README.md).
var quick = args.Contains("--quick");
var skipMicro = args.Contains("--no-micro");
var seconds = quick ? 2 : 5;
var rounds = quick ? 1 : 3;
var repository = Report.FindRepository();
// --services <checkout>: run another checkout's Release builds of ChatApi and the Gateway (say, main before a
// change) under the same bench, for a before/after from one machine.
var servicesIndex = Array.IndexOf(args, "--services");
var services = servicesIndex >= 0 && servicesIndex + 1 < args.Length ? Path.GetFullPath(args[servicesIndex + 1]) : repository;
var report = new Report(services, quick);

// --micro-only: the offline assistant's BenchmarkDotNet run alone (this checkout's ChatApi, in this process).
if (args.Contains("--micro-only"))
{
    // --cpu: thread CPU time instead of BenchmarkDotNet's wall clock, for a machine loaded past its cores.
    var (worst, table) = args.Contains("--cpu") ? OfflineAssistantBenchmark.RunCpu() : OfflineAssistantBenchmark.Run();
    Console.WriteLine(table);
    Console.WriteLine($"Worst median: {worst:F3} ms");
    return 0;
}

// A missing tool gets one clear message up front, not a stack trace minutes into a run.
var missing = new[] { ("wrk", "/usr/bin/wrk"), ("nginx", "/usr/sbin/nginx") }.Where(tool => !File.Exists(tool.Item2)).Select(tool => tool.Item1).ToList();
if (missing.Count > 0)
{
    Console.Error.WriteLine($"The bench needs the Debian package(s) {string.Join(" and ", missing)}: apt-get install {string.Join(' ', missing)}");
    return 2;
}

var postgres = await TestPostgres.GetSharedAsync();
var connectionString = await postgres.CreateDatabaseAsync("bench");
var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
const string Origin = "https://app.bench.example";

// --memory: ChatApi's peak working set only, for each --variant label=checkout[,NAME=VALUE...] in one run.
if (args.Contains("--memory"))
{
    var roundsIndex = Array.IndexOf(args, "--rounds");
    var memoryRounds = roundsIndex >= 0 && roundsIndex + 1 < args.Length ? int.Parse(args[roundsIndex + 1], CultureInfo.InvariantCulture) : 1;
    Console.WriteLine(await MemoryRun.RunAsync(
        MemoryVariant.Parse(args, repository, services), memoryRounds, quick, args.Contains("--smaps"), connectionString, secret, ChatUsersAsync,
        async (client, user, count) =>
        {
            var grown = await GrowConversationAsync(client, user, count);
            return (grown.FirstMs, grown.LastMs, grown.Messages);
        }));
    return 0;
}

var trace = args.Contains("--trace");
// With --trace the runtime writes /tmp/perf-{pid}.map, so perf can name JIT-compiled methods.
// W^X off, or JIT-compiled code sits in a double-mapped region perf does not look up in that map.
var perfMap = trace ? new Dictionary<string, string> { ["DOTNET_PerfMapEnabled"] = "1", ["DOTNET_EnableWriteXorExecute"] = "0" } : [];
await using var chatApi = await ServiceProcess.StartAsync(services, "Plannior.ChatApi", new Dictionary<string, string>(perfMap)
{
    ["ConnectionStrings__plannior"] = connectionString,
    ["JWT_SECRET"] = secret,
});
await using var gateway = await ServiceProcess.StartAsync(services, "Plannior.Gateway", new Dictionary<string, string>(perfMap)
{
    ["services__chat-api__http__0"] = chatApi.Address.ToString(),
    ["JWT_SECRET"] = secret,
    ["ALLOWED_ORIGINS"] = Origin,
    // Limits raised by configuration only, so every request is still counted against one.
    ["RateLimits__Api__PermitLimit"] = "1000000000",
    ["RateLimits__Chat__PermitLimit"] = "1000000000",
});
await using var nginx = await Nginx.StartAsync(chatApi.Address);

using var http = new HttpClient { BaseAddress = chatApi.Address, Timeout = TimeSpan.FromSeconds(30) };
var owner = await Seed.SignUpAsync(http);
await Seed.WorkloadAsync(connectionString, owner);
var ownerFile = Report.UsersFile([owner]);
var listPath = $"/api/{owner.UserId}/tasks";

// Warm every path (JIT, pools, nginx's upstream connections) before anything is counted.
foreach (var address in new[] { chatApi.Address, gateway.Address, nginx.Address })
{
    await Wrk.RunAsync(address, listPath, ownerFile, 16, TimeSpan.FromSeconds(quick ? 1 : 8), origin: Origin);
}

// Every filter, search and sort of the task queries table (2.), and of --tasks.
var queries = Seed.TaskQueries;

if (args.Contains("--plans"))
{
    // PostgreSQL's side of each task query: its plan and timing for the seeded user (see QueryPlans).
    Console.WriteLine(await QueryPlans.RunAsync(connectionString, Guid.Parse(owner.UserId), queries));
    // the plans alone, unless the task queries were asked for too; never on into the full run
    if (!args.Contains("--tasks")) return 0;
}
if (args.Contains("--tasks"))
{
    // Only the task queries, each with its CPU per request in ChatApi and PostgreSQL (see TaskQueryProfile).
    Console.WriteLine(await TaskQueryProfile.RunAsync(chatApi, connectionString, listPath, ownerFile, queries, quick));
    return 0;
}

if (args.Contains("--growth"))
{
    // Only the growing conversation, each kind of turn apart: where a longer conversation's extra time goes. A
    // conversation of its own first warms the chat path, as the load run does before the full bench's growth.
    await GrowConversationAsync(http, await Seed.SignUpAsync(http), 60);
    var (_, _, _, kinds) = await GrowConversationAsync(http, await Seed.SignUpAsync(http), quick ? 40 : 200);
    Console.WriteLine(string.Join("\n", kinds.Select(k => $"{k.Kind}: {k.FirstMs:F1} ms at the start, {k.LastMs:F1} ms at the end = {k.LastMs / k.FirstMs:F2}×")));
    return 0;
}

if (trace)
{
    // Profiling instead of measuring: a profiler slows what it watches, so no table comes from these runs. Linux
    // perf samples CPU (where the time goes); without it, dotnet-trace samples thread stacks.
    var traces = Path.Combine(repository, "bench", "results", "traces");
    var load = TimeSpan.FromSeconds(4);
    Func<int, string, string, Func<Task>, Task<string>> profile = File.Exists("/usr/bin/perf") ? Profiling.PerfAsync : Profiling.TraceAsync;
    Console.WriteLine(await profile(gateway.ProcessId, "gateway-list-16", traces,
        () => Wrk.RunAsync(gateway.Address, listPath, ownerFile, 16, load, origin: Origin)));
    Console.WriteLine(await profile(chatApi.ProcessId, "chatapi-list-16", traces,
        () => Wrk.RunAsync(chatApi.Address, listPath, ownerFile, 16, load)));
    var traceChatFile = Report.UsersFile(await ChatUsersAsync(http));
    Console.WriteLine(await profile(chatApi.ProcessId, "chatapi-chat-16", traces,
        () => Wrk.RunAsync(chatApi.Address, "/api/{user}/chat", traceChatFile, 16, load, mode: "chat", threads: 16)));
    Console.WriteLine($"Traces in {traces}");
    foreach (var id in new[] { chatApi.ProcessId, gateway.ProcessId })
    {
        File.Delete($"/tmp/perf-{id}.map");
        File.Delete($"/tmp/perfinfo-{id}.map");
    }
    return 0;
}

// 1. The Gateway against ChatApi directly and nginx, interleaved round by round at each concurrency. The CPU each
// process spent per request is measured too: on a shared machine it is steadier than throughput.
var gatewayRows = new List<(int Clients, LoadResult Direct, LoadResult Gateway, LoadResult Nginx)>();
var proxyCpu = new Dictionary<string, (TimeSpan Cpu, long Requests)>();
var cpuRows = new List<(int Clients, Dictionary<string, double> Microseconds)>();
foreach (var clients in new[] { 1, 16, 64 })
{
    proxyCpu = new() { ["ChatApi"] = default, ["Gateway"] = default, ["nginx"] = default };
    var runs = new Dictionary<string, List<LoadResult>> { ["direct"] = [], ["gateway"] = [], ["nginx"] = [] };
    for (var round = 0; round < rounds; round++)
    {
        var direct = await Measured(() => chatApi.CpuTime, "ChatApi", () => Wrk.RunAsync(chatApi.Address, listPath, ownerFile, clients, TimeSpan.FromSeconds(seconds), origin: Origin));
        runs["direct"].Add(direct);
        runs["gateway"].Add(await Measured(() => gateway.CpuTime, "Gateway", () => Wrk.RunAsync(gateway.Address, listPath, ownerFile, clients, TimeSpan.FromSeconds(seconds), origin: Origin)));
        runs["nginx"].Add(await Measured(() => nginx.CpuTime, "nginx", () => Wrk.RunAsync(nginx.Address, listPath, ownerFile, clients, TimeSpan.FromSeconds(seconds), origin: Origin)));
    }
    gatewayRows.Add((clients, LoadResult.Median(runs["direct"]), LoadResult.Median(runs["gateway"]), LoadResult.Median(runs["nginx"])));
    cpuRows.Add((clients, proxyCpu.ToDictionary(pair => pair.Key, pair => pair.Value.Cpu.TotalMicroseconds / Math.Max(1, pair.Value.Requests))));
}
report.Gateway(gatewayRows);
report.CpuPerRequest(cpuRows);

async Task<LoadResult> Measured(Func<TimeSpan> cpu, string process, Func<Task<LoadResult>> run)
{
    var before = cpu();
    var result = await run();
    var (spent, requests) = proxyCpu[process];
    proxyCpu[process] = (spent + (cpu() - before), requests + result.Requests);
    return result;
}

// 2. Task queries at 16 clients straight to ChatApi, 10,000 tasks for the user among 100 other users' 100,000.
var queryRows = new List<(string Query, LoadResult Result)>();
foreach (var query in queries)
{
    queryRows.Add((query, await Wrk.RunAsync(chatApi.Address, listPath + query, ownerFile, 16, TimeSpan.FromSeconds(quick ? 1 : 3))));
}
report.TaskQueries(queryRows);

// 3. Chat turns: 16 users, each in its own conversation, in a closed loop; then one conversation grown to 200 messages.
var chatFile = Report.UsersFile(await ChatUsersAsync(http));
await Wrk.RunAsync(chatApi.Address, "/api/{user}/chat", chatFile, 16, TimeSpan.FromSeconds(quick ? 1 : 3), mode: "chat", threads: 16);
var chatLoad = await Wrk.RunAsync(chatApi.Address, "/api/{user}/chat", chatFile, 16, TimeSpan.FromSeconds(quick ? 3 : 10), mode: "chat", threads: 16);
var (firstMs, lastMs, grownTo, _) = await GrowConversationAsync(http, await Seed.SignUpAsync(http), quick ? 40 : 200);
report.Chat(chatLoad, (firstMs, lastMs, grownTo));

// 4. The offline assistant's own cost per message (BenchmarkDotNet, in this process).
if (!skipMicro)
{
    report.OfflineAssistant(OfflineAssistantBenchmark.Run());
}

// 5. Memory: the most each service held at once over all of the above.
report.Resources([
    ("ChatApi", chatApi.PeakWorkingSetBytes),
    ("Gateway", gateway.PeakWorkingSetBytes),
    ("nginx (master + workers)", nginx.PeakWorkingSetBytes),
]);

Console.WriteLine(report.Text);
Console.WriteLine($"Kept in {await report.SaveAsync(repository)}");
return 0;

// 16 users, each with a conversation of one turn to continue.
static async Task<List<BenchUser>> ChatUsersAsync(HttpClient http)
{
    var users = new List<BenchUser>();
    for (var i = 0; i < 16; i++)
    {
        var user = await Seed.SignUpAsync(http);
        var first = await ChatAsync(http, user, "add a task to water the plants", null);
        users.Add(user with { ConversationId = first.ConversationId });
    }
    return users;
}

// Sequential turns in one conversation: the latency of the first turns against that of the last ones.
static async Task<(double FirstMs, double LastMs, int Messages, List<(string Kind, double FirstMs, double LastMs)> Kinds)> GrowConversationAsync(
    HttpClient http, BenchUser user, int messages)
{
    string? conversation = null;
    var samples = new List<(string Kind, double Ms)>();
    for (var turn = 0; turn < messages / 2; turn++)
    {
        var (kind, text) = (turn % 3) switch
        {
            0 => ("add", $"add a task to file report {turn}"),
            1 => ("list", "show my pending tasks"),
            _ => ("complete", $"mark file report {turn - 2} as done"),
        };
        var started = Stopwatch.GetTimestamp();
        conversation = (await ChatAsync(http, user, text, conversation)).ConversationId;
        samples.Add((kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }
    // Medians of the first and last ten turns (after two to warm up), so one slow turn does not decide.
    static double Median(IEnumerable<double> values) { var s = values.Order().ToList(); return s[s.Count / 2]; }
    var kinds = samples.GroupBy(s => s.Kind)
        .Select(turns => (turns.Key, Median(turns.Skip(1).Take(5).Select(s => s.Ms)), Median(turns.TakeLast(5).Select(s => s.Ms))))
        .ToList();
    return (Median(samples.Skip(2).Take(10).Select(s => s.Ms)), Median(samples.TakeLast(10).Select(s => s.Ms)), messages, kinds);
}

static async Task<(string ConversationId, string Reply)> ChatAsync(HttpClient http, BenchUser user, string message, string? conversationId)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{user.UserId}/chat")
    {
        Content = JsonContent.Create(new { message, conversation_id = conversationId, client_message_id = Guid.NewGuid().ToString("N") }),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
    using var response = await http.SendAsync(request);
    var body = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"Chat turn failed with {(int)response.StatusCode}: {body}");
    }
    var json = JsonNode.Parse(body)!;
    return (json["conversation_id"]!.GetValue<string>(), json["response"]?.GetValue<string>() ?? "");
}
