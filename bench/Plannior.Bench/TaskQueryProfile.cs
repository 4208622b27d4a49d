using System.Globalization;
using System.Text;
using Npgsql;

namespace Plannior.Bench;

/// <summary>
/// <c>--tasks</c>: only the task queries, with the CPU each costs ChatApi and PostgreSQL per request, after a warm-up
/// that lasts until tiered compilation has settled. On a loaded machine an 8 s warm-up is not enough: a trace at
/// load 60 showed ChatApi's tiered-compilation thread using 63 % of its CPU during the list run, so the full bench's
/// figures then measure the JIT as much as the request. For a before/after of a change, run it twice (with and
/// without <c>--services</c>) and compare the CPU per request, which a neighbour's load disturbs least.
/// </summary>
internal static class TaskQueryProfile
{
    public static async Task<string> RunAsync(
        ServiceProcess chatApi, string connectionString, string listPath, string usersFile, string[] queries, bool quick)
    {
        var text = new StringBuilder();
        var backends = Backends(connectionString);

        // Warm until two consecutive rounds cost within 10 % of each other (or 12 rounds): by then the hot methods
        // are at tier 1 and the figures are the request's own.
        var previous = double.NaN;
        for (var round = 0; round < (quick ? 2 : 12); round++)
        {
            var cpu = (await MeasureAsync(chatApi, backends, listPath, usersFile, 16, TimeSpan.FromSeconds(3))).ChatApiMicroseconds;
            text.AppendLine(CultureInfo.InvariantCulture, $"warm-up round {round + 1}: ChatApi {cpu:F0} µs/request");
            if (Math.Abs(cpu - previous) / previous < 0.1) break;
            previous = cpu;
        }

        text.AppendLine()
            .AppendLine($"Load average at start: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}")
            .AppendLine()
            .AppendLine("| call | clients | req/s | p50 ms | p95 ms | ChatApi µs/req | PostgreSQL µs/req | log lines/req | errors |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        var seconds = TimeSpan.FromSeconds(quick ? 1 : 3);
        foreach (var clients in new[] { 1, 16 })
        {
            text.AppendLine(Row("tasks", clients, await MeasureAsync(chatApi, backends, listPath, usersFile, clients, seconds)));
        }
        foreach (var query in queries.Where(query => query.Length > 0))
        {
            text.AppendLine(Row("tasks" + query, 16, await MeasureAsync(chatApi, backends, listPath + query, usersFile, 16, seconds)));
        }
        return text.ToString();
    }

    private static string Row(string call, int clients, Measured measured) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| `{call}` | {clients} | {measured.Result.Rps:F0} | {measured.Result.P50Ms:F2} | {measured.Result.P95Ms:F2} | {measured.ChatApiMicroseconds:F0} | {measured.DatabaseMicroseconds:F0} | {measured.LogLines:F1} | {measured.Result.Non2xx + measured.Result.SocketErrors} |");

    private sealed record Measured(LoadResult Result, double ChatApiMicroseconds, double DatabaseMicroseconds, double LogLines);

    private static async Task<Measured> MeasureAsync(
        ServiceProcess chatApi, Func<Task<Dictionary<int, TimeSpan>>> backends, string path, string usersFile, int clients, TimeSpan duration)
    {
        var linesBefore = chatApi.LinesWritten;
        var cpuBefore = chatApi.CpuTime;
        var databaseBefore = await backends();
        var result = await Wrk.RunAsync(chatApi.Address, path, usersFile, clients, duration);
        var cpu = chatApi.CpuTime - cpuBefore;
        // A backend that ended during the run is left out; one that started is counted from zero.
        var database = (await backends()).Sum(backend => (backend.Value - databaseBefore.GetValueOrDefault(backend.Key)).TotalMicroseconds);
        var requests = Math.Max(1, result.Requests);
        return new(result, cpu.TotalMicroseconds / requests, database / requests,
            (double)(chatApi.LinesWritten - linesBefore) / requests);
    }

    // PostgreSQL's share: the CPU of the backends serving the bench database (ChatApi's pooled connections, which
    // live through a run), read from /proc like the services' own.
    private static Func<Task<Dictionary<int, TimeSpan>>> Backends(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        return async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid()", connection);
            command.Parameters.AddWithValue("database", database!);
            var cpu = new Dictionary<int, TimeSpan>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                cpu[reader.GetInt32(0)] = ServiceProcess.ReadCpuTime(reader.GetInt32(0));
            }
            return cpu;
        };
    }
}
