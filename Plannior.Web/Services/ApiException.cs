using System.Net;

namespace Plannior.Web.Services;

/// <summary>
/// A failed call to the Plannior API, already turned into words a person can act on.
/// <see cref="FieldErrors"/> carries the per-field messages of a 400 validation problem.
/// </summary>
public sealed class ApiException(
    HttpStatusCode status,
    string message,
    IReadOnlyDictionary<string, string[]>? fieldErrors = null,
    Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode Status { get; } = status;

    public IReadOnlyDictionary<string, string[]> FieldErrors { get; } =
        fieldErrors ?? new Dictionary<string, string[]>();

    /// <summary>The token was refused: the user has to sign in again.</summary>
    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;

    internal static ApiException FromProblem(HttpStatusCode status, ProblemBody? problem, TimeSpan? retryAfter)
    {
        var message = status switch
        {
            HttpStatusCode.BadRequest => problem?.Errors is { Count: > 0 }
                ? "Please fix the highlighted fields."
                : problem?.Detail ?? "That request was not valid.",
            HttpStatusCode.Unauthorized => "Your session has ended. Please sign in again.",
            HttpStatusCode.Forbidden => "You don't have access to that.",
            HttpStatusCode.NotFound => "That item no longer exists. It may have been deleted.",
            HttpStatusCode.Conflict => problem?.Detail ?? "That already exists.",
            HttpStatusCode.RequestEntityTooLarge => "That is too long to send. Please shorten it.",
            HttpStatusCode.UnsupportedMediaType => "The request could not be understood.",
            HttpStatusCode.TooManyRequests => retryAfter is { } wait
                ? $"You're going a bit fast. Please try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds."
                : "You're going a bit fast. Please try again in a moment.",
            HttpStatusCode.ServiceUnavailable => problem?.Detail is { Length: > 0 } detail
                ? $"Plannior is temporarily unavailable: {detail}"
                : "Plannior is temporarily unavailable. Please try again in a moment.",
            _ when (int)status >= 500 => "Something went wrong on our side. Please try again.",
            _ => problem?.Detail ?? problem?.Title ?? $"The request failed ({(int)status}).",
        };
        return new ApiException(status, message, problem?.Errors);
    }

    internal static ApiException Unreachable(Exception inner) => new(
        HttpStatusCode.ServiceUnavailable,
        "Can't reach Plannior right now. Check your connection and try again.",
        inner: inner);
}
