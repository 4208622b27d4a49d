using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Plannior.AppHost.Tests.Infrastructure;

internal sealed record Account(string UserId, string Token);

/// <summary>The public API (shared/API.md) as a client sees it: every call goes through the Gateway.</summary>
internal sealed class GatewayClient(HttpClient http)
{
    public const string Password = "correct-horse-battery-42";

    public static string NewEmail() => $"apphost-{Guid.NewGuid():N}@example.com";

    public async Task<Account> SignUpAsync(string email)
    {
        var body = await ExpectAsync(
            await http.PostAsJsonAsync("/api/auth/signup", new { email, password = Password, name = "AppHost Test" }),
            HttpStatusCode.Created);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        return ReadAccount(body);
    }

    public async Task<Account> LogInAsync(string email) =>
        ReadAccount(await ExpectAsync(
            await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password }),
            HttpStatusCode.OK));

    public async Task<long> CreateTaskAsync(Account account, string title)
    {
        using var request = Authorized(account, HttpMethod.Post, $"/api/{account.UserId}/tasks");
        request.Content = JsonContent.Create(new { title, priority = "high" });
        using var response = await http.SendAsync(request);

        var task = await ExpectAsync(response, HttpStatusCode.Created);
        Assert.NotNull(response.Headers.Location);
        Assert.Equal(title, task.GetProperty("title").GetString());
        return task.GetProperty("id").GetInt64();
    }

    public async Task<JsonElement> ListTasksAsync(Account account)
    {
        using var request = Authorized(account, HttpMethod.Get, $"/api/{account.UserId}/tasks");
        using var response = await http.SendAsync(request);
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public async Task DeleteTaskAsync(Account account, long taskId)
    {
        using var request = Authorized(account, HttpMethod.Delete, $"/api/{account.UserId}/tasks/{taskId}");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Reads a JSON body after checking the status; a failure shows the body, e.g. the problem details.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static HttpRequestMessage Authorized(Account account, HttpMethod method, string path) =>
        new(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", account.Token) } };

    private static Account ReadAccount(JsonElement body) =>
        new(body.GetProperty("user_id").GetString()!, body.GetProperty("token").GetString()!);
}
