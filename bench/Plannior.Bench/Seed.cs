using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace Plannior.Bench;

internal sealed record BenchUser(string UserId, string Token, string? ConversationId = null)
{
    public string Line => $"{UserId} {Token} {ConversationId}".TrimEnd();
}

internal static class Seed
{
    /// <summary>Every filter, search and sort the task-queries table measures, appended to the owner's list path.</summary>
    public static readonly string[] TaskQueries =
    [
        "", "?status=pending", "?status=completed", "?status=pending&sort=due", "?priority=high", "?tag=work", "?q=report",
        "?due=week", "?due=overdue", "?sort=title", "?sort=priority", "?sort=title&offset=5000", "?limit=100", "/stats",
    ];

    /// <summary>The measured data set: 10,000 tasks for <paramref name="owner"/>, 1,000 for each of 100 other users, analysed.</summary>
    public static async Task WorkloadAsync(string connectionString, BenchUser owner)
    {
        foreach (var other in await InsertUsersAsync(connectionString, 100))
        {
            await TasksAsync(connectionString, other, 1_000);
        }
        await TasksAsync(connectionString, Guid.Parse(owner.UserId), 10_000);
        await AnalyzeAsync(connectionString);
    }

    public static async Task<BenchUser> SignUpAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/auth/signup",
            new { email = $"bench-{Guid.NewGuid():N}@example.com", password = "benchmark password", timezone = "Asia/Karachi" });
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new(body["user_id"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>Users who exist only so the user's tasks are a minority of the table (no token needed).</summary>
    public static async Task<List<Guid>> InsertUsersAsync(string connectionString, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY users (id, email, normalized_email, password_hash, language_preference, time_zone) FROM STDIN (FORMAT BINARY)");
        foreach (var id in ids)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(id, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"other-{id:N}@example.com", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"other-{id:N}@example.com", NpgsqlDbType.Varchar);
            await writer.WriteAsync("not-a-hash", NpgsqlDbType.Text);
            await writer.WriteAsync("en", NpgsqlDbType.Varchar);
            await writer.WriteAsync("UTC", NpgsqlDbType.Varchar);
        }
        await writer.CompleteAsync();
        return ids;
    }

    public static async Task TasksAsync(string connectionString, Guid userId, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        string[] tags = ["work", "home", "errand", "health"];
        string[] words = ["report", "groceries", "call", "review", "plan", "invoice", "gym", "dentist"];
        var random = new Random(count ^ userId.GetHashCode());
        var now = DateTime.UtcNow;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY tasks (user_id, title, description, completed, priority, tags, due_at, created_at, updated_at, completed_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var completed = random.Next(3) == 0;
            await writer.StartRowAsync();
            await writer.WriteAsync(userId, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"{words[random.Next(words.Length)]} {i}", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"details about {words[random.Next(words.Length)]}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(completed, NpgsqlDbType.Boolean);
            await writer.WriteAsync((short)random.Next(1, 4), NpgsqlDbType.Smallint);
            await writer.WriteAsync(new[] { tags[random.Next(tags.Length)] }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync(now.AddHours(random.Next(-24 * 30, 24 * 60)), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now.AddMinutes(-i), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            if (completed) await writer.WriteAsync(now.AddHours(-random.Next(24 * 40)), NpgsqlDbType.TimestampTz);
            else await writer.WriteNullAsync();
        }
        await writer.CompleteAsync();
    }

    public static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
