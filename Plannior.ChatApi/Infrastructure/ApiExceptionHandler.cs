using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// Turns what a request can throw into the problem details of API.md: a client's mistake is a 4xx that names
/// it, an unavailable dependency is a retryable 503, and only a real bug is a 500.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to read a body.
            context.Response.StatusCode = 499;
            return true;
        }

        var problem = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            // JSON a handler reads itself rather than through binding (the MCP transport reads JSON-RPC params
            // this way): a value of the wrong type is the client's mistake, as it is in a bound body.
            JsonException json => InvalidJson(json),
            ServiceUnavailableException unavailable => Unavailable(unavailable.Message),
            _ when IsUnstorableText(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid.",
                Detail = "The text contains a character that cannot be stored (such as U+0000).",
            },
            _ when IsDatabaseUnavailable(exception) => Unavailable("The database is unavailable. Try again shortly."),
            // Another request changed or deleted the same row between this one's read and its write (two deletes of
            // one task, an update racing a delete): the client's view is stale, not the server broken.
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The item was changed by another request.",
                Detail = "Another request changed or deleted it at the same time. Reload it and try again.",
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Dependency unavailable while serving {Path}", context.Request.Path);
            context.Response.Headers.RetryAfter = PlanniorProblems.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        var status = bad.StatusCode;
        if (bad.InnerException is JsonException json)
        {
            return InvalidJson(json);
        }

        if (status == StatusCodes.Status400BadRequest && BoundField(bad.Message) is { } field)
        {
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [field == "body" ? "A JSON body is required." : "The value is not valid for this field."],
            })
            {
                Status = status,
                Title = "The request is invalid.",
                Detail = field == "body" ? "A JSON body is required." : $"'{field}' has an invalid value.",
            };
        }

        return new ProblemDetails
        {
            Status = status,
            Title = status switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
                _ => "The request is invalid.",
            },
            Detail = status == StatusCodes.Status415UnsupportedMediaType
                ? "Send the body as application/json."
                : SanitizeBindingMessage(bad.Message),
        };
    }

    // Minimal APIs word a binding failure as: Failed to bind parameter "int? Limit" from "abc". / Required parameter
    // "CreateTaskRequest request" was not provided from body. The client's name for it is the snake_case one.
    private static string? BoundField(string message)
    {
        var match = BindingMessage().Match(message);
        if (!match.Success)
        {
            return null;
        }
        return message.Contains("body", StringComparison.OrdinalIgnoreCase) && message.StartsWith("Required", StringComparison.Ordinal)
            ? "body"
            : JsonNamingPolicy.SnakeCaseLower.ConvertName(match.Groups["name"].Value);
    }

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BindingMessage();

    private static HttpValidationProblemDetails InvalidJson(JsonException json)
    {
        var field = FieldFromJsonPath(json.Path);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [field == "body" ? "The body is not valid JSON." : "The value is not valid for this field."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is invalid.",
            Detail = field == "body" ? "The body is not valid JSON." : $"'{field}' has an invalid value.",
        };
    }

    // "$.tags[0]" → "tags", "$" or null → "body": the client's field name, not the serializer's path syntax.
    private static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }
        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = trimmed.IndexOfAny(['.', '[']);
        var field = end > 0 ? trimmed[..end] : trimmed;
        return field.Length == 0 ? "body" : field;
    }

    // Binding messages quote C# parameter types; keep the part a client can act on.
    private static string SanitizeBindingMessage(string message) =>
        message.Contains("required", StringComparison.OrdinalIgnoreCase) && message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? "A JSON body is required."
            : message.Replace("\"", "'", StringComparison.Ordinal);

    private static ProblemDetails Unavailable(string detail) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Service temporarily unavailable.",
        Detail = detail,
    };

    // PostgreSQL text cannot hold U+0000, so such input fails in the database; it is still the client's mistake.
    private static bool IsUnstorableText(Exception? exception) => exception switch
    {
        null => false,
        PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } => true,
        _ => IsUnstorableText(exception.InnerException),
    };

    private static bool IsDatabaseUnavailable(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException } => true,
        TimeoutException => true,
        Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException => true,
        DbUpdateException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        InvalidOperationException { InnerException: { } inner } => IsDatabaseUnavailable(inner),
        _ => false,
    };
}

/// <summary>A dependency (the LLM provider, the database) cannot serve now; the client may retry.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
