using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests;

/// <summary>
/// API.md: with PostgreSQL down every call is a retryable 503 problem and <c>/health</c> is unhealthy, both quickly;
/// once it is back everything works again with no restart of ChatApi. The server is this class's own.
/// </summary>
public sealed class DatabaseOutageTests(DatabaseOutageFactory factory) : IClassFixture<DatabaseOutageFactory>
{
    // Hang guards, generous for a busy CI machine: an unbounded retry (Aspire's default waits about a minute)
    // fails here; the 5 s the API promises is the budget the options are set to, not something timed here.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task With_the_database_down_calls_are_a_503_and_everything_works_again_once_it_is_back()
    {
        var api = factory.CreateApiClient();
        api.Http.Timeout = HangGuard;
        await api.SignUpAsync(email: $"outage-{Guid.NewGuid():N}@example.com");
        var existing = await api.NewTaskAsync(new { title = "Survives the outage" });
        await AssertHealthAsync(api, HttpStatusCode.OK, "healthy");

        await factory.Postgres.StopAsync();

        foreach (var (method, path, body) in Calls(api, existing.Id()))
        {
            var response = await api.SendAsync(method, path, body);
            response.AssertProblem(HttpStatusCode.ServiceUnavailable);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{method} {path}: no Retry-After");
        }
        await AssertHealthAsync(api, HttpStatusCode.ServiceUnavailable, "unhealthy");

        await factory.Postgres.StartAgainAsync();

        await Eventually.MatchesAsync(() => api.GetAsync(api.TasksPath()), response => response.Status == HttpStatusCode.OK,
            "the task list once PostgreSQL is back", Recovery);
        await Eventually.MatchesAsync(() => Anonymous(api).GetAsync("/health"), response => response.Status == HttpStatusCode.OK,
            "/health once PostgreSQL is back", Recovery);
        var created = await api.NewTaskAsync(new { title = "Written after the outage" });
        Assert.Equal(["Survives the outage", "Written after the outage"], (await api.ListTasksAsync("sort=created&order=asc")).Titles());
        (await api.PostAsync($"{api.TaskPath(created.Id())}/complete")).AssertStatus(HttpStatusCode.OK);
        await AssertHealthAsync(api, HttpStatusCode.OK, "healthy");
    }

    /// <summary>One call of each kind: anonymous and authenticated, reads and writes, tasks, accounts and chat.</summary>
    private static IEnumerable<(HttpMethod Method, string Path, object? Body)> Calls(ApiClient api, int taskId) =>
    [
        (HttpMethod.Get, api.TasksPath(), null),
        (HttpMethod.Post, api.TasksPath(), new { title = "Written while down" }),
        (HttpMethod.Get, api.TaskPath(taskId), null),
        (HttpMethod.Patch, api.TaskPath(taskId), new { title = "Renamed while down" }),
        (HttpMethod.Post, $"{api.TaskPath(taskId)}/complete", null),
        (HttpMethod.Get, $"/api/{api.UserId}/tasks/stats", null),
        (HttpMethod.Get, $"/api/{api.UserId}/conversations", null),
        (HttpMethod.Post, $"/api/{api.UserId}/chat", new { message = "add buy milk" }),
        (HttpMethod.Get, "/api/auth/me", null),
        (HttpMethod.Post, "/api/auth/login", new { email = "nobody@example.com", password = "correct horse battery" }),
        (HttpMethod.Post, "/api/auth/signup", new { email = $"down-{Guid.NewGuid():N}@example.com", password = "correct horse battery" }),
    ];

    // Probes (the Gateway's, the orchestrator's) send no token; with one, authenticating it would need the database.
    private ApiClient Anonymous(ApiClient api)
    {
        var probe = factory.CreateApiClient();
        probe.Http.Timeout = api.Http.Timeout;
        return probe;
    }

    private async Task AssertHealthAsync(ApiClient api, HttpStatusCode status, string database)
    {
        var health = await Anonymous(api).GetAsync("/health");
        Assert.True(health.Status == status, $"/health: {(int)health.Status} {health.Text}");
        Assert.True(database == health.Body?["checks"]?["database"]?.GetValue<string>(), health.Text);
    }
}
