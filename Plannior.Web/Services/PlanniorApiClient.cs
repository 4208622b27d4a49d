using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Plannior.Web.Auth;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Plannior.Web.Services;

/// <summary>
/// The web app's only way to the Plannior API: every call goes through the Gateway.
/// Failures come back as <see cref="ApiException"/> with a message fit to show.
/// </summary>
public sealed class PlanniorApiClient(HttpClient http, RejectedTokens rejectedTokens, ILogger<PlanniorApiClient> logger)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // optional fields left out rather than sent as null: for a PATCH, null would mean "clear it"
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new UtcTimestampConverter() },
    };

    /// <param name="browserAddress">The person's address, forwarded so the Gateway's per-IP sign-in limit
    /// counts browsers rather than this web server (it honours it only from proxies it trusts).</param>
    public Task<AuthResult> SignUpAsync(SignUpRequest request, IPAddress? browserAddress = null, CancellationToken cancellationToken = default) =>
        SendAsync<AuthResult>(HttpMethod.Post, "api/auth/signup", null, request, cancellationToken, browserAddress);

    /// <inheritdoc cref="SignUpAsync"/>
    public Task<AuthResult> LogInAsync(LogInRequest request, IPAddress? browserAddress = null, CancellationToken cancellationToken = default) =>
        SendAsync<AuthResult>(HttpMethod.Post, "api/auth/login", null, request, cancellationToken, browserAddress);

    public Task<UserProfile> GetProfileAsync(UserSession session, CancellationToken cancellationToken = default) =>
        SendAsync<UserProfile>(HttpMethod.Get, "api/auth/me", session, null, cancellationToken);

    public Task<UserProfile> UpdateProfileAsync(UserSession session, ProfileUpdate update, CancellationToken cancellationToken = default) =>
        SendAsync<UserProfile>(HttpMethod.Patch, "api/auth/me", session, update, cancellationToken);

    /// <summary>
    /// <c>POST /api/auth/password</c>: the fresh token for this session, or null when the current password is wrong.
    /// Every token issued before it (this session's too) stops working.
    /// </summary>
    public async Task<IssuedToken?> ChangePasswordAsync(UserSession session, PasswordChange change, CancellationToken cancellationToken = default) =>
        await SendPasswordCheckedAsync<IssuedToken>(HttpMethod.Post, "api/auth/password", session, change, cancellationToken) as IssuedToken;

    /// <summary><c>DELETE /api/auth/me</c>: false when the password is wrong and nothing was deleted.</summary>
    public async Task<bool> DeleteAccountAsync(UserSession session, AccountDeletion deletion, CancellationToken cancellationToken = default) =>
        await SendPasswordCheckedAsync<JsonElement?>(HttpMethod.Delete, "api/auth/me", session, deletion, cancellationToken) is not WrongPassword;

    /// <summary><c>GET /api/auth/export</c> as the API wrote it, to hand to the browser as a download.</summary>
    public async Task<byte[]> ExportAccountAsync(UserSession session, CancellationToken cancellationToken = default)
    {
        using var request = NewRequest(HttpMethod.Get, "api/auth/export", session, null);
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await ThrowIfFailedAsync(response, session, request, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public Task<TaskStats> GetStatsAsync(UserSession session, CancellationToken cancellationToken = default) =>
        SendAsync<TaskStats>(HttpMethod.Get, $"{UserPath(session)}/tasks/stats", session, null, cancellationToken);

    /// <summary>Pending tasks whose reminder falls in [<paramref name="from"/>, <paramref name="to"/>), earliest first.</summary>
    public Task<ReminderList> GetRemindersAsync(UserSession session, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        SendAsync<ReminderList>(HttpMethod.Get,
            $"{UserPath(session)}/reminders?from={Uri.EscapeDataString(Instant(from))}&to={Uri.EscapeDataString(Instant(to))}",
            session, null, cancellationToken);

    public Task<TaskItem> SnoozeAsync(UserSession session, int taskId, int minutes, CancellationToken cancellationToken = default) =>
        SendAsync<TaskItem>(HttpMethod.Post, $"{UserPath(session)}/tasks/{taskId}/snooze", session, new Snooze(minutes), cancellationToken);

    public Task<Page<TaskItem>> GetTasksAsync(UserSession session, TaskQuery query, CancellationToken cancellationToken = default) =>
        SendAsync<Page<TaskItem>>(HttpMethod.Get, $"{UserPath(session)}/tasks?{query.ToQueryString()}", session, null, cancellationToken);

    public Task<TaskItem> CreateTaskAsync(UserSession session, NewTask task, CancellationToken cancellationToken = default) =>
        SendAsync<TaskItem>(HttpMethod.Post, $"{UserPath(session)}/tasks", session, task, cancellationToken);

    public Task<TaskItem> UpdateTaskAsync(UserSession session, int taskId, TaskEdit edit, CancellationToken cancellationToken = default) =>
        SendAsync<TaskItem>(HttpMethod.Patch, $"{UserPath(session)}/tasks/{taskId}", session, edit, cancellationToken);

    public Task<CompletedTask> CompleteTaskAsync(UserSession session, int taskId, CancellationToken cancellationToken = default) =>
        SendAsync<CompletedTask>(HttpMethod.Post, $"{UserPath(session)}/tasks/{taskId}/complete", session, null, cancellationToken);

    public Task<TaskItem> ReopenTaskAsync(UserSession session, int taskId, CancellationToken cancellationToken = default) =>
        SendAsync<TaskItem>(HttpMethod.Post, $"{UserPath(session)}/tasks/{taskId}/reopen", session, null, cancellationToken);

    public Task DeleteTaskAsync(UserSession session, int taskId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(HttpMethod.Delete, $"{UserPath(session)}/tasks/{taskId}", session, null, cancellationToken);

    public Task<ChatReply> SendChatAsync(UserSession session, ChatRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<ChatReply>(HttpMethod.Post, $"{UserPath(session)}/chat", session, request, cancellationToken);

    /// <summary>
    /// A chat turn as it happens (<c>POST /chat/stream</c>). Cancelling the token closes the connection, which
    /// stops the assistant; what it produced so far is stored. A refusal before the stream starts throws
    /// <see cref="ApiException"/>; a failure during the turn arrives as an <see cref="ErrorEvent"/>.
    /// </summary>
    public async IAsyncEnumerable<ChatStreamEvent> StreamChatAsync(
        UserSession session, ChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var path = $"{UserPath(session)}/chat/stream";
        using var message = NewRequest(HttpMethod.Post, path, session, request);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendRawAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await ThrowIfFailedAsync(response, session, message, cancellationToken);

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var frames = SseParser.Create(body, (type, data) => ChatStreamFrames.Read(type, data, Json));
        await foreach (var frame in frames.EnumerateAsync(cancellationToken))
        {
            if (frame.Data is { } streamEvent)
            {
                yield return streamEvent;
            }
        }
    }

    /// <summary>The user's conversations, most recent first; a non-blank <paramref name="titleSearch"/> keeps those whose title contains it.</summary>
    public Task<Page<Conversation>> GetConversationsAsync(
        UserSession session, PageRequest page, string? titleSearch = null, CancellationToken cancellationToken = default) =>
        SendAsync<Page<Conversation>>(HttpMethod.Get,
            $"{UserPath(session)}/conversations?{page.ToQueryString()}"
            + (string.IsNullOrWhiteSpace(titleSearch) ? "" : $"&q={Uri.EscapeDataString(titleSearch.Trim())}"),
            session, null, cancellationToken);

    public Task<Conversation> RenameConversationAsync(UserSession session, Guid conversationId, string title, CancellationToken cancellationToken = default) =>
        SendAsync<Conversation>(HttpMethod.Patch, $"{UserPath(session)}/conversations/{conversationId}", session,
            new RenameConversation(title), cancellationToken);

    public Task DeleteConversationAsync(UserSession session, Guid conversationId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(HttpMethod.Delete, $"{UserPath(session)}/conversations/{conversationId}", session, null, cancellationToken);

    public Task<ChatHistory> GetHistoryAsync(UserSession session, Guid conversationId, PageRequest page, CancellationToken cancellationToken = default) =>
        SendAsync<ChatHistory>(HttpMethod.Get, $"{UserPath(session)}/conversations/{conversationId}/history?{page.ToQueryString()}",
            session, null, cancellationToken);

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stands for "the password was wrong" in <see cref="SendPasswordCheckedAsync{T}"/>.</summary>
    private sealed class WrongPassword;

    /// <summary>
    /// A call confirmed with the account's password. The API answers a wrong password with 401 but without the
    /// <c>WWW-Authenticate</c> challenge it sends for a refused token, so only the latter ends the session.
    /// </summary>
    private async Task<object?> SendPasswordCheckedAsync<T>(
        HttpMethod method, string path, UserSession session, object body, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, path, session, body);
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Count == 0)
        {
            return new WrongPassword();
        }
        await ThrowIfFailedAsync(response, session, request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return default(T);
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    private static string UserPath(UserSession session) => $"api/{Uri.EscapeDataString(session.UserId)}";

    private async Task<T> SendAsync<T>(
        HttpMethod method, string path, UserSession? session, object? body, CancellationToken cancellationToken,
        IPAddress? browserAddress = null)
    {
        using var request = NewRequest(method, path, session, body);
        if (browserAddress is not null)
        {
            request.Headers.Add("X-Forwarded-For", browserAddress.ToString());
        }

        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        await ThrowIfFailedAsync(response, session, request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return default!;
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new ApiException(HttpStatusCode.BadGateway, SharedResource.Text("Problem_EmptyAnswer"));
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, string path, UserSession? session, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (session is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }
        return request;
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, completion, cancellationToken);
        }
        catch (Exception exception) when (
            exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The Gateway could not be reached for {Method} {Path}", request.Method, request.RequestUri);
            throw ApiException.Unreachable(exception);
        }
    }

    private async Task ThrowIfFailedAsync(
        HttpResponseMessage response, UserSession? session, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        if (response.StatusCode == HttpStatusCode.Unauthorized && session is not null)
        {
            rejectedTokens.Reject(session);
        }
        var problem = await ReadProblemAsync(response, cancellationToken);
        logger.LogInformation("{Method} {Path} answered {Status}: {Title}", request.Method, request.RequestUri, (int)response.StatusCode, problem?.Title);
        throw ApiException.FromProblem(response.StatusCode, problem, RetryAfter(response));
    }

    private static async Task<ProblemBody?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            return await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            // a proxy's error page or a truncated body: the status code alone still says what happened
            return null;
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
}
