using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>Speaks API.md's JSON (snake_case) over a real HttpClient; answers as JSON trees tests can inspect.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public HttpClient Http { get; } = http;

    public string? Token { get; private set; }

    public string UserId { get; private set; } = "";

    public ApiClient WithToken(string? token)
    {
        Token = token;
        Http.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return this;
    }

    /// <summary>Acts as the same user as <paramref name="other"/>, e.g. against a restarted server.</summary>
    public ApiClient ActingAs(ApiClient other)
    {
        UserId = other.UserId;
        return WithToken(other.Token);
    }

    /// <summary>Signs up a fresh user and makes this client act as them.</summary>
    public async Task<ApiClient> SignUpAsync(string? timezone = null, string? email = null, string password = "correct horse battery")
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        var response = await SendAsync(HttpMethod.Post, "/api/auth/signup", new { email, password, name = "Test User", timezone });
        Assert.Equal(HttpStatusCode.Created, response.Status);
        UserId = response.Body!["user_id"]!.GetValue<string>();
        return WithToken(response.Body["token"]!.GetValue<string>());
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body, options: Json);
        }
        return await SendAsync(request);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && (response.Content.Headers.ContentType?.MediaType?.Contains("json") ?? false)
            ? JsonNode.Parse(text)
            : null;
        return new ApiResponse(response.StatusCode, body, response.Headers, response.Content.Headers, text);
    }

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<ApiResponse> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<ApiResponse> PatchAsync(string path, object body) => SendAsync(HttpMethod.Patch, path, body);

    public Task<ApiResponse> DeleteAsync(string path, object? body = null) => SendAsync(HttpMethod.Delete, path, body);

    public Task<ApiResponse> CreateTaskAsync(object task) => PostAsync($"/api/{UserId}/tasks", task);
}

public sealed record ApiResponse(
    HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Text)
{
    public string? ContentType => ContentHeaders.ContentType?.MediaType;

    /// <summary>Asserts an RFC 7807 body with the given status and a trace id.</summary>
    public ApiResponse AssertProblem(HttpStatusCode status)
    {
        Assert.True(Status == status, $"Expected {(int)status} but got {(int)Status}: {Text}");
        Assert.Equal("application/problem+json", ContentType);
        Assert.Equal((int)status, Body!["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(Body["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(Body["trace_id"]?.GetValue<string>()));
        return this;
    }

    public ApiResponse AssertValidationError(string field)
    {
        AssertProblem(HttpStatusCode.BadRequest);
        Assert.True(Body!["errors"]?[field] is JsonArray { Count: > 0 }, $"Expected an error for '{field}': {Text}");
        return this;
    }

    public ApiResponse AssertStatus(HttpStatusCode status)
    {
        Assert.True(Status == status, $"Expected {(int)status} but got {(int)Status}: {Text}");
        return this;
    }
}
