using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Plannior.Testing;

// Measures the task list and stats for a user with 10,000 tasks against the same calls for a user with 100,
// in one run on one server, and reports the ratios. Usage: dotnet run -c Release --project bench/Plannior.Bench [iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var postgres = await TestPostgres.GetSharedAsync();
var connectionString = await postgres.CreateDatabaseAsync("bench");

await using var api = new BenchApi(connectionString);
api.UseKestrel(0);
api.StartServer();
using var http = api.CreateClient();

var small = await SignUpAsync(http);
var large = await SignUpAsync(http);
var neighbour = await SignUpAsync(http);
// The first request migrates nothing (the server did at start) but warms JIT and pools.
await http.GetAsync("/alive");
await SeedAsync(connectionString, small.UserId, 100);
await SeedAsync(connectionString, large.UserId, 10_000);
await SeedAsync(connectionString, neighbour.UserId, 10_000);

string[] queries =
[
    "", "?status=pending", "?status=pending&sort=due", "?priority=high", "?tag=work", "?q=report", "?due=week",
    "?sort=title&offset=5000", "/stats",
];
var rows = new List<string>();
var before = Process.GetCurrentProcess().WorkingSet64;
var baseline = await MeasureAsync(http, small.Token, "/alive", iterations);
rows.Add($"| `/alive` (HTTP floor) | {baseline.P50:F2} | {baseline.P95:F2} | – | – |");
foreach (var query in queries)
{
    var path = query.StartsWith('/') ? query : $"{query}";
    var smallResult = await MeasureAsync(http, small.Token, $"/api/{small.UserId}/tasks{path}", iterations);
    var largeResult = await MeasureAsync(http, large.Token, $"/api/{large.UserId}/tasks{path}", iterations);
    rows.Add($"| `tasks{query}` | {largeResult.P50:F2} | {largeResult.P95:F2} | {largeResult.P50 / smallResult.P50:F2}× | {largeResult.P50 / baseline.P50:F1}× |");
}
var after = Process.GetCurrentProcess().WorkingSet64;

var report = new StringBuilder()
    .AppendLine($"# Task list benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {iterations} requests per row, sequential)")
    .AppendLine()
    .AppendLine("Latency in ms for a user with 10,000 tasks (20,000 more rows belong to two other users).")
    .AppendLine("*vs 100 tasks*: p50 against the same call for a user with 100 tasks; *vs floor*: p50 against `/alive`.")
    .AppendLine()
    .AppendLine("| call | p50 ms | p95 ms | vs 100 tasks | vs floor |")
    .AppendLine("|---|---|---|---|---|");
rows.ForEach(row => report.AppendLine(row));
report.AppendLine().AppendLine($"Working set of the process (bench + ChatApi in-process): {before / 1048576} MiB before, {after / 1048576} MiB after.");
Console.WriteLine(report);
var resultsDirectory = Path.Combine(AppContext.BaseDirectory, "results");
Directory.CreateDirectory(resultsDirectory);
await File.WriteAllTextAsync(Path.Combine(resultsDirectory, "task-list.md"), report.ToString());
return 0;

static async Task<(string UserId, string Token)> SignUpAsync(HttpClient http)
{
    var response = await http.PostAsJsonAsync("/api/auth/signup",
        new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "benchmark password" });
    response.EnsureSuccessStatusCode();
    var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    return (body["user_id"]!.GetValue<string>(), body["token"]!.GetValue<string>());
}

static async Task SeedAsync(string connectionString, string userId, int count)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    string[] tags = ["work", "home", "errand", "health"];
    string[] words = ["report", "groceries", "call", "review", "plan", "invoice", "gym", "dentist"];
    var random = new Random(count);
    var now = DateTime.UtcNow;
    await using (var writer = await connection.BeginBinaryImportAsync(
        "COPY tasks (user_id, title, description, completed, priority, tags, due_at, created_at, updated_at, completed_at) FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < count; i++)
        {
            var completed = random.Next(3) == 0;
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.Parse(userId), NpgsqlTypes.NpgsqlDbType.Uuid);
            await writer.WriteAsync($"{words[random.Next(words.Length)]} {i}", NpgsqlTypes.NpgsqlDbType.Varchar);
            await writer.WriteAsync($"details about {words[random.Next(words.Length)]}", NpgsqlTypes.NpgsqlDbType.Varchar);
            await writer.WriteAsync(completed, NpgsqlTypes.NpgsqlDbType.Boolean);
            await writer.WriteAsync((short)random.Next(1, 4), NpgsqlTypes.NpgsqlDbType.Smallint);
            await writer.WriteAsync(new[] { tags[random.Next(tags.Length)] }, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text);
            await writer.WriteAsync(now.AddHours(random.Next(-24 * 30, 24 * 60)), NpgsqlTypes.NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now.AddMinutes(-i), NpgsqlTypes.NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now, NpgsqlTypes.NpgsqlDbType.TimestampTz);
            if (completed) await writer.WriteAsync(now.AddHours(-random.Next(24 * 40)), NpgsqlTypes.NpgsqlDbType.TimestampTz);
            else await writer.WriteNullAsync();
        }
        await writer.CompleteAsync();
    }
    await using var analyze = new NpgsqlCommand("ANALYZE tasks", connection);
    await analyze.ExecuteNonQueryAsync();
}

static async Task<(double P50, double P95)> MeasureAsync(HttpClient http, string token, string path, int iterations)
{
    var samples = new List<double>(iterations);
    for (var i = 0; i < iterations + 10; i++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        // The first ten warm the path up and are not counted.
        if (i >= 10) samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
    samples.Sort();
    return (samples[samples.Count / 2], samples[(int)(samples.Count * 0.95)]);
}

internal sealed class BenchApi(string connectionString) : WebApplicationFactory<Plannior.ChatApi.Tasks.TaskService>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:plannior", connectionString);
        builder.UseSetting("JWT_SECRET", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
