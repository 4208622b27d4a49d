using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Plannior.Contracts;
using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Tests.Unit;

public sealed class PlanniorApiClientTests
{
    private static readonly UserSession Session = new(
        "6f1c2f9e-2c39-4a8e-9d53-0b0c7b0f1a11", "sara@example.test", "Sara", "header.payload.signature",
        DateTimeOffset.UtcNow.AddHours(1), "Asia/Karachi");

    private readonly RejectedTokens _rejected = new(TimeProvider.System);

    [Fact]
    public async Task Creating_a_task_sends_snake_case_json_with_the_bearer_token_to_the_users_path()
    {
        var gateway = new RecordingHandler(HttpStatusCode.Created, """
            {"id":7,"title":"Pay rent","description":null,"completed":false,"priority":"high","tags":["home"],
             "due_at":"2030-01-15T04:30:00Z","remind_at":null,"recurrence":null,
             "created_at":"2029-12-01T10:00:00Z","updated_at":"2029-12-01T10:00:00Z","completed_at":null}
            """);

        var task = await Client(gateway).CreateTaskAsync(Session,
            new NewTask("Pay rent", TaskPriority.High, ["home"], new DateTimeOffset(2030, 1, 15, 4, 30, 0, TimeSpan.Zero)));

        Assert.Equal(HttpMethod.Post, gateway.Request!.Method);
        Assert.Equal($"http://gateway/api/{Session.UserId}/tasks", gateway.Request.RequestUri!.ToString());
        Assert.Equal("Bearer header.payload.signature", gateway.Request.Headers.Authorization!.ToString());
        using var body = JsonDocument.Parse(gateway.Body!);
        Assert.Equal("high", body.RootElement.GetProperty("priority").GetString());
        Assert.Equal("2030-01-15T04:30:00Z", body.RootElement.GetProperty("due_at").GetString());
        Assert.Equal(7, task.Id);
        Assert.Equal(TaskPriority.High, task.Priority);
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 4, 30, 0, TimeSpan.Zero), task.DueAt);
    }

    [Fact]
    public async Task The_task_query_carries_the_status_and_the_escaped_search_text()
    {
        var gateway = new RecordingHandler(HttpStatusCode.OK, """{"items":[],"total_count":0,"limit":50,"offset":0,"has_more":false}""");

        await Client(gateway).GetTasksAsync(Session, new TaskQuery(TaskStatusFilter.Pending, " milk & eggs "));

        Assert.Equal(
            $"/api/{Session.UserId}/tasks?status=pending&q=milk%20%26%20eggs&sort=created&order=desc&limit=50&offset=0",
            gateway.Request!.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task A_validation_problem_becomes_per_field_messages()
    {
        var gateway = new RecordingHandler(HttpStatusCode.BadRequest, """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.",
             "status":400,"errors":{"title":["Title must be 1-200 characters."],"tags":["At most 10 tags."]}}
            """, "application/problem+json");

        var failure = await Assert.ThrowsAsync<ApiException>(() =>
            Client(gateway).CreateTaskAsync(Session, new NewTask("x", TaskPriority.Low, [], null)));

        Assert.Equal(HttpStatusCode.BadRequest, failure.Status);
        Assert.Equal("Please fix the highlighted fields.", failure.Message);
        Assert.Equal(["Title must be 1-200 characters."], failure.FieldErrors["title"]);
        Assert.Equal(["At most 10 tags."], failure.FieldErrors["tags"]);
    }

    [Fact]
    public async Task A_refused_token_is_remembered_so_the_cookie_is_dropped_on_the_next_request()
    {
        var gateway = new RecordingHandler(HttpStatusCode.Unauthorized, """{"title":"Unauthorized","status":401}""", "application/problem+json");

        var failure = await Assert.ThrowsAsync<ApiException>(() => Client(gateway).GetTasksAsync(Session, new TaskQuery()));

        Assert.True(failure.IsUnauthorized);
        Assert.True(_rejected.IsRejected(Session));
        Assert.False(new SessionValidator(_rejected, TimeProvider.System).IsValid(Session));
    }

    [Fact]
    public async Task A_wrong_password_at_login_does_not_reject_any_session()
    {
        var gateway = new RecordingHandler(HttpStatusCode.Unauthorized, """{"title":"Invalid credentials","status":401}""", "application/problem+json");

        var failure = await Assert.ThrowsAsync<ApiException>(() =>
            Client(gateway).LogInAsync(new LogInRequest("sara@example.test", "nope"), IPAddress.Parse("203.0.113.7")));

        Assert.True(failure.IsUnauthorized);
        Assert.Null(gateway.Request!.Headers.Authorization);
        Assert.Equal(["203.0.113.7"], gateway.Request.Headers.GetValues("X-Forwarded-For"));
        Assert.False(_rejected.IsRejected(Session));
    }

    [Fact]
    public async Task Rate_limiting_says_how_long_to_wait()
    {
        var gateway = new RecordingHandler(HttpStatusCode.TooManyRequests, """{"title":"Too many requests","status":429}""", "application/problem+json");
        gateway.RetryAfter = TimeSpan.FromSeconds(12);

        var failure = await Assert.ThrowsAsync<ApiException>(() =>
            Client(gateway).SendChatAsync(Session, new ChatRequest("hi", null, Guid.NewGuid().ToString())));

        Assert.Equal("You're going a bit fast. Please try again in 12 seconds.", failure.Message);
    }

    [Fact]
    public async Task A_proxy_error_page_still_gives_a_friendly_message()
    {
        var gateway = new RecordingHandler(HttpStatusCode.BadGateway, "<html>Bad gateway</html>", "text/html");

        var failure = await Assert.ThrowsAsync<ApiException>(() => Client(gateway).GetConversationsAsync(Session, new PageRequest(30)));

        Assert.Equal("Something went wrong on our side. Please try again.", failure.Message);
    }

    [Fact]
    public async Task An_unreachable_gateway_is_reported_as_unavailable()
    {
        var gateway = new RecordingHandler(new HttpRequestException("Connection refused"));

        var failure = await Assert.ThrowsAsync<ApiException>(() => Client(gateway).GetTasksAsync(Session, new TaskQuery()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.Status);
        Assert.StartsWith("Can't reach Plannior", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_accepts_an_empty_204()
    {
        var gateway = new RecordingHandler(HttpStatusCode.NoContent, "");

        await Client(gateway).DeleteTaskAsync(Session, 42);

        Assert.Equal(HttpMethod.Delete, gateway.Request!.Method);
        Assert.Equal($"/api/{Session.UserId}/tasks/42", gateway.Request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_chat_reply_keeps_tool_calls_as_raw_json()
    {
        var gateway = new RecordingHandler(HttpStatusCode.OK, """
            {"conversation_id":"0b8f5d1e-9a57-4c7e-8f8e-3f1c2d4b5a69","message_id":"5a0f7e2c-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
             "response":"Added \"buy milk\" for tomorrow.","language":"en",
             "tool_calls":[{"name":"add_task","arguments":{"title":"buy milk"},"result":{"task_id":3,"status":"created","title":"buy milk"}}]}
            """);
        var clientMessageId = Guid.NewGuid();

        var reply = await Client(gateway).SendChatAsync(Session, new ChatRequest("add buy milk tomorrow", null, clientMessageId.ToString()));

        using var body = JsonDocument.Parse(gateway.Body!);
        Assert.Equal(clientMessageId, body.RootElement.GetProperty("client_message_id").GetGuid());
        Assert.Equal("add buy milk tomorrow", body.RootElement.GetProperty("message").GetString());
        Assert.False(body.RootElement.TryGetProperty("conversation_id", out _));
        var call = Assert.Single(reply.ToolCalls!);
        Assert.Equal("add_task", call.Name);
        Assert.Equal("buy milk", call.Result!.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_streamed_turn_arrives_as_typed_events_in_order()
    {
        var gateway = new RecordingHandler(HttpStatusCode.OK, """
            event: conversation
            data: {"conversation_id":"0b8f5d1e-9a57-4c7e-8f8e-3f1c2d4b5a69"}

            event: tool_call
            data: {"name":"add_task","arguments":{"title":"Pay rent"}}

            event: tool_result
            data: {"name":"add_task","result":{"task_id":9,"status":"created","title":"Pay rent"}}

            event: delta
            data: {"text":"Added "}

            event: delta
            data: {"text":"it."}

            event: done
            data: {"message_id":"5a0f7e2c-1b3d-4e6f-8a9b-0c1d2e3f4a5b","response":"Added it.","tool_calls":[],"language":"en"}


            """.ReplaceLineEndings("\n"), "text/event-stream");

        var events = new List<ChatStreamEvent>();
        await foreach (var streamEvent in Client(gateway).StreamChatAsync(Session, new ChatRequest("add pay rent", null, "m-1")))
        {
            events.Add(streamEvent);
        }

        Assert.EndsWith("/chat/stream", gateway.Request!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.IsType<ConversationEvent>(events[0]);
        Assert.Equal("add_task", Assert.IsType<ToolCallEvent>(events[1]).Name);
        Assert.Equal(9, Assert.IsType<ToolResultEvent>(events[2]).Result!.Value.GetProperty("task_id").GetInt32());
        Assert.Equal("Added it.", string.Concat(events.OfType<DeltaEvent>().Select(delta => delta.Text)));
        Assert.Equal("Added it.", Assert.IsType<DoneEvent>(events[^1]).Response);
    }

    [Fact]
    public async Task A_stream_refused_before_it_starts_throws_the_problem()
    {
        var gateway = new RecordingHandler(HttpStatusCode.ServiceUnavailable,
            """{"title":"Unavailable","status":503,"detail":"The assistant is unavailable."}""", "application/problem+json");

        var failure = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (var _ in Client(gateway).StreamChatAsync(Session, new ChatRequest("hi")))
            {
            }
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.Status);
    }

    private PlanniorApiClient Client(RecordingHandler handler) =>
        new(new HttpClient(handler) { BaseAddress = new Uri("http://gateway") }, _rejected, NullLogger<PlanniorApiClient>.Instance);

    private sealed class RecordingHandler : HttpMessageHandler
    {
        private readonly HttpStatusCode _status;
        private readonly string _body = "";
        private readonly string _mediaType = "application/json";
        private readonly Exception? _failure;

        public RecordingHandler(HttpStatusCode status, string body, string mediaType = "application/json")
        {
            _status = status;
            _body = body;
            _mediaType = mediaType;
        }

        public RecordingHandler(Exception failure) => _failure = failure;

        public HttpRequestMessage? Request { get; private set; }

        public string? Body { get; private set; }

        public TimeSpan? RetryAfter { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            if (_failure is not null)
            {
                throw _failure;
            }
            var response = new HttpResponseMessage(_status)
            {
                Content = _status == HttpStatusCode.NoContent ? new ByteArrayContent([]) : new StringContent(_body, Encoding.UTF8, _mediaType),
            };
            if (RetryAfter is { } wait)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            }
            return response;
        }
    }
}
