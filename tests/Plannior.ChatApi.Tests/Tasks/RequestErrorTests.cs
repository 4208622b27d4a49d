using System.Net;
using System.Text;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>API.md's error table from a client's side: bad bodies and parameters are 4xx problems, never a 500.</summary>
public sealed class RequestErrorTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        var api = await factory.NewUserAsync();

        var response = await api.PostAsync(api.TasksPath(), """{"title": "unclosed""");

        response.AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var api = await factory.NewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, api.TasksPath())
        {
            Content = new StringContent("title=Buy milk", Encoding.UTF8, "text/plain"),
        };

        var response = await api.SendAsync(request);

        response.AssertProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("""{"title": "x", "priority": "urgent"}""", "priority")]
    [InlineData("""{"title": "x", "priority": 3}""", "priority")]
    [InlineData("""{"title": 123}""", "title")]
    [InlineData("""{"title": "x", "tags": "home"}""", "tags")]
    [InlineData("""{"title": "x", "tags": [1, 2]}""", "tags")]
    [InlineData("""{"title": "x", "due_at": "tomorrow"}""", "due_at")]
    [InlineData("""{"title": "x", "due_at": 1767225600}""", "due_at")]
    [InlineData("""{"title": "x", "remind_at": "2026-02-30T10:00:00Z"}""", "remind_at")]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field(string body, string field)
    {
        var api = await factory.NewUserAsync();

        var response = await api.PostAsync(api.TasksPath(), body);

        response.AssertValidationError(field);
    }

    [Theory]
    [InlineData("/tasks?limit=abc", "limit")]
    [InlineData("/tasks?offset=1.5", "offset")]
    [InlineData("/tasks?limit=99999999999", "limit")]
    [InlineData("/changes?limit=abc", "limit")]
    [InlineData("/conversations?offset=x", "offset")]
    [InlineData("/tasks/abc", "id")]
    [InlineData("/changes/abc/undo", "id")]
    [InlineData("/conversations/not-a-uuid/history", "conversation_id")]
    public async Task A_value_that_does_not_bind_is_a_400_naming_the_parameter(string suffix, string field)
    {
        var api = await factory.NewUserAsync();
        var method = suffix.EndsWith("/undo", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get;

        var response = await api.SendAsync(method, $"/api/{api.UserId}{suffix}");

        response.AssertValidationError(field);
    }

    [Theory]
    [InlineData("POST", "", "null")]
    [InlineData("POST", "", "[]")]
    [InlineData("POST", "", "\"just a string\"")]
    [InlineData("POST", "", "")]
    [InlineData("POST", "", """{"title": "x", "tags": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""")]
    [InlineData("POST", "", """{"title": "nul \u0000 inside"}""")]
    [InlineData("POST", "", """{"title": "x", "description": "nul \u0000"}""")]
    [InlineData("POST", "", """{"title": "x", "tags": ["a\u0000b"]}""")]
    [InlineData("POST", "", """{"title": "x", "due_at": "0001-01-01T00:00:00+01:00"}""")]
    [InlineData("POST", "", """{"title": "x", "due_at": "9999-12-31T23:59:59-01:00"}""")]
    [InlineData("POST", "", """{"title": "x", "due_at": "2026-01-01T00:00:00Z", "recurrence": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"}""")]
    [InlineData("POST", "", """{"title": "x", "due_at": "2026-01-01T00:00:00Z", "recurrence": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31"}""")]
    [InlineData("POST", "", """{"title": "x", "recurrence": "FREQ=DAILY;UNTIL=2026-12-01"}""")]
    [InlineData("POST", "", """{"title": "x", "recurrence": "FREQ=DAILY;BYHOUR=25"}""")]
    [InlineData("POST", "", """{"title": "x", "recurrence": "FREQ=DAILY;X-NAME=Y"}""")]
    [InlineData("POST", "/99999999999/complete", "")]
    [InlineData("PATCH", "/99999999999", """{"title": "x"}""")]
    [InlineData("GET", "/abc", null)]
    [InlineData("GET", "/1.5", null)]
    [InlineData("GET", "?offset=99999999999", null)]
    [InlineData("GET", "?limit=1e3", null)]
    [InlineData("GET", "?q=%00", null)]
    [InlineData("GET", "?tag=%00", null)]
    [InlineData("GET", "?q=%5C", null)]
    [InlineData("GET", "?offset=2147483647&limit=100", null)]
    public async Task Nasty_input_never_gets_a_500(string method, string suffix, string? body)
    {
        var api = await factory.NewUserAsync();
        var task = await api.NewTaskAsync(new { title = "Existing" });

        var response = await api.SendAsync(new HttpMethod(method), api.TasksPath() + suffix, body);

        Assert.True((int)response.Status < 500, $"{method} {suffix} {body}: {(int)response.Status} {response.Text}");
        if (response.Status >= HttpStatusCode.BadRequest)
        {
            response.AssertProblem(response.Status);
        }
        Assert.Equal("Existing", (await api.GetTaskAsync(task.Id())).Str("title"));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati", "9999-12-31T09:00:00Z", "FREQ=DAILY")]
    [InlineData("Pacific/Kiritimati", "9999-12-31T20:00:00Z", "FREQ=WEEKLY")]
    [InlineData("UTC", "9999-12-31T09:00:00Z", "FREQ=YEARLY")]
    [InlineData("Pacific/Pago_Pago", "0001-01-02T00:00:00Z", "FREQ=DAILY")]
    public async Task Completing_a_series_at_the_edge_of_the_calendar_is_not_a_500(string timezone, string due, string rule)
    {
        var api = await factory.NewUserAsync(timezone);
        var task = await api.NewTaskAsync(new { title = "Edge of time", due_at = due, recurrence = rule });

        var completed = await api.PostAsync($"{api.TaskPath(task.Id())}/complete");

        Assert.True((int)completed.Status < 500, $"{(int)completed.Status} {completed.Text}");
        Assert.True(completed.Body?["task"]?["completed"]?.GetValue<bool>(), completed.Text);
    }

    [Fact]
    public async Task Account_routes_reject_bad_bodies_the_same_way()
    {
        var api = await factory.NewUserAsync();

        (await api.PostAsync("/api/auth/signup", "{not json")).AssertProblem(HttpStatusCode.BadRequest);
        (await api.PostAsync("/api/auth/login", "[]")).AssertProblem(HttpStatusCode.BadRequest);
        (await api.PatchAsync("/api/auth/me", """{"name": 42}""")).AssertValidationError("name");
        (await api.PatchAsync("/api/auth/me", """{"name": "nul \u0000 name"}""")).AssertProblem(HttpStatusCode.BadRequest);
        (await api.PostAsync("/api/auth/signup", new { email = $"nul-{Guid.NewGuid():N}@example.com", password = "12345678", name = "a\u0000b" }))
            .AssertProblem(HttpStatusCode.BadRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = new StringContent("email=a@b.c&password=x", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        (await api.SendAsync(request)).AssertProblem(HttpStatusCode.UnsupportedMediaType);
    }
}
