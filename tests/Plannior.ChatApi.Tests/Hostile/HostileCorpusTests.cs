using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Npgsql;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Hostile;

/// <summary>
/// API.md: user input never produces a 500. A generated corpus of hostile requests against every endpoint the
/// ChatApi maps: none is a 5xx, every 4xx is a problem details body, nothing invalid is stored, and a bystander
/// account is exactly as it was.
/// </summary>
public sealed class HostileCorpusTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string AttackerPassword = "the attacker's own password";
    // A hang guard per request, not a timing.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_endpoint_survives_the_hostile_corpus()
    {
        var attacker = await SignUpAsync(AttackerPassword);
        var bystander = await SignUpAsync("the bystander's password");
        var ownTask = await attacker.NewTaskAsync(new { title = "Attacker's own task" });
        var ownConversation = (await attacker.ChatAsync("hello")).Str("conversation_id");
        var ownChange = (await attacker.GetAsync($"/api/{attacker.UserId}/changes")).Body!["items"]![0]!["id"]!.GetValue<long>();
        await bystander.NewTaskAsync(new { title = "Bystander: plain" });
        var foreignTask = await bystander.NewTaskAsync(new
        {
            title = "Bystander: recurring", description = "weekly", priority = "high", tags = new[] { "home", "bills" },
            due_at = "2031-03-03T09:00:00Z", recurrence = "FREQ=WEEKLY;BYDAY=MO",
        });
        var foreignConversation = (await bystander.ChatAsync("add buy bread")).Str("conversation_id");
        var before = await SnapshotAsync(bystander.UserId);

        var endpoints = HostileCorpus.Endpoints(factory);
        var ids = new CorpusIds(attacker.UserId, ownTask.Id(), ownConversation, ownChange, bystander.UserId, foreignTask.Id(), foreignConversation);
        var corpus = HostileCorpus.Generate(endpoints, ids).ToList();

        Assert.True(corpus.Count >= 1000, $"Only {corpus.Count} requests were generated.");
        foreach (var area in new[] { "/api/auth/", "/tasks", "/changes", "/chat", "/chat/stream", "/conversations", "/mcp" })
        {
            Assert.Contains(corpus, request => request.Path.Contains(area, StringComparison.Ordinal));
        }

        var tokens = Tokens(attacker, bystander);
        var failures = new ConcurrentQueue<string>();
        using var http = factory.CreateClient();
        http.Timeout = HangGuard;
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            if (await CheckAsync(http, request, tokens[request.Token]) is { } failure)
            {
                failures.Enqueue(failure);
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {corpus.Count} requests broke the contract:\n{string.Join("\n", failures.Take(40))}");
        Assert.Equal(before, await SnapshotAsync(bystander.UserId));
        Assert.Equal([], await InvalidStoredRowsAsync());
        (await attacker.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
    }

    private static async Task<string?> CheckAsync(HttpClient http, HostileRequest hostile, string? authorization)
    {
        using var request = new HttpRequestMessage(hostile.Method, hostile.Path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        if (hostile.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = null;
            if (hostile.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }
        if (hostile.Path.StartsWith("/mcp", StringComparison.Ordinal))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        }
        catch (Exception ex)
        {
            return $"{Describe(hostile)}: no answer ({ex.GetType().Name}: {ex.Message})";
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                return $"{Describe(hostile)}: {status} {Cut(text)}";
            }
            if (status >= 400 && hostile.Method != HttpMethod.Head && !IsProblem(response, text) && !IsJsonRpcError(hostile, response, text)
                && !IsRefusedByServer(hostile, response, text))
            {
                return $"{Describe(hostile)}: {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {Cut(text)}";
            }
            if (status == 400 && hostile.Field is { } field && !IsRefusedByServer(hostile, response, text)
                && JsonNode.Parse(text)?["errors"]?[field] is not JsonArray { Count: > 0 })
            {
                return $"{Describe(hostile)}: 400 without errors.{field}: {Cut(text)}";
            }
            return null;
        }
    }

    private static bool IsProblem(HttpResponseMessage response, string text)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }
        var body = JsonNode.Parse(text);
        return body?["status"]?.GetValue<int>() == (int)response.StatusCode && body["title"] is not null;
    }

    // Kestrel itself refuses a request target with an encoded NUL (a 400 with no body) before the application
    // sees it; nothing there can answer with problem details, and nothing is read or stored.
    private static bool IsRefusedByServer(HostileRequest hostile, HttpResponseMessage response, string text) =>
        response.StatusCode == HttpStatusCode.BadRequest && text.Length == 0 && hostile.Path.Contains("%00", StringComparison.Ordinal);

    // The MCP transport answers a JSON-RPC error in JSON-RPC's own shape, as the protocol requires.
    private static bool IsJsonRpcError(HostileRequest hostile, HttpResponseMessage response, string text)
    {
        if (!hostile.Path.StartsWith("/mcp", StringComparison.Ordinal) || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return false;
        }
        try
        {
            return JsonNode.Parse(text)?["error"]?["code"] is not null;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private Dictionary<TokenKind, string?> Tokens(ApiClient attacker, ApiClient bystander)
    {
        var own = attacker.Token!;
        return new()
        {
            [TokenKind.Own] = $"Bearer {own}",
            [TokenKind.None] = null,
            [TokenKind.Empty] = "Bearer ",
            [TokenKind.Garbage] = "Bearer not.a.jwt",
            [TokenKind.Basic] = "Basic dXNlcjpwYXNzd29yZA==",
            [TokenKind.Unsigned] = $"Bearer {TestTokens.Unsigned(own)}",
            [TokenKind.Tampered] = $"Bearer {TestTokens.WithPayloadClaim(own, "sub", JsonValue.Create(bystander.UserId))}",
            [TokenKind.OtherSecret] = $"Bearer {TestTokens.Sign(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), attacker.UserId)}",
            [TokenKind.Expired] = $"Bearer {TestTokens.Sign(factory.JwtSecret, attacker.UserId, expires: DateTime.UtcNow.AddHours(-2))}",
            [TokenKind.Foreign] = $"Bearer {bystander.Token}",
        };
    }

    private async Task<ApiClient> SignUpAsync(string password)
    {
        var api = factory.CreateApiClient();
        api.Http.Timeout = HangGuard;
        return await api.SignUpAsync(password: password);
    }

    /// <summary>Everything the bystander owns, as the database holds it.</summary>
    private async Task<string> SnapshotAsync(string userId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT json_build_object(
              'user', (SELECT row_to_json(u) FROM users u WHERE u.id = @user),
              'tasks', (SELECT json_agg(t ORDER BY t.id) FROM tasks t WHERE t.user_id = @user),
              'conversations', (SELECT json_agg(c ORDER BY c.id) FROM conversations c WHERE c.user_id = @user),
              'messages', (SELECT json_agg(m ORDER BY m.id) FROM messages m WHERE m.user_id = @user),
              'changes', (SELECT json_agg(x ORDER BY x.id) FROM task_changes x WHERE x.user_id = @user))::text
            """, connection);
        command.Parameters.AddWithValue("user", Guid.Parse(userId));
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Stored rows that break API.md's limits, or text that lost characters on the way in.</summary>
    private async Task<List<string>> InvalidStoredRowsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT 'task ' || id FROM tasks
             WHERE char_length(btrim(title)) NOT BETWEEN 1 AND 200 OR char_length(coalesce(description, '')) > 2000
                OR coalesce(array_length(tags, 1), 0) > 10
                OR EXISTS (SELECT 1 FROM unnest(tags) tag WHERE char_length(tag) NOT BETWEEN 1 AND 32)
                OR char_length(coalesce(recurrence, '')) > 500
                OR position(U&'\FFFD' IN title || coalesce(description, '') || array_to_string(tags, ' ')) > 0
            UNION ALL
            SELECT 'user ' || id FROM users
             WHERE char_length(email) > 254 OR position('@' IN email) = 0 OR char_length(coalesce(name, '')) > 100
                OR position(U&'\FFFD' IN email || coalesce(name, '')) > 0
            UNION ALL
            SELECT 'conversation ' || id FROM conversations WHERE char_length(coalesce(title, '')) > 200
            UNION ALL
            SELECT 'message ' || id FROM messages
             WHERE (role = 'user' AND (char_length(btrim(content)) NOT BETWEEN 1 AND 4000 OR position(U&'\FFFD' IN content) > 0))
                OR char_length(coalesce(client_message_id, '')) > 100
            """, connection);
        var invalid = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            invalid.Add(reader.GetString(0));
        }
        return invalid;
    }

    private static string Describe(HostileRequest request) => $"{request.Method} {Cut(request.Path, 120)} [{request.What}, token {request.Token}]";

    private static string Cut(string text, int length = 300) => text.Length <= length ? text : text[..length] + "…";
}
