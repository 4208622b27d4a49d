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
                ? SharedResource.Text("Problem_FixFields")
                : ProblemText.Verbatim(problem?.Detail) ?? SharedResource.Text("Problem_BadRequest"),
            HttpStatusCode.Unauthorized => SharedResource.Text("Problem_Unauthorized"),
            HttpStatusCode.Forbidden => SharedResource.Text("Problem_Forbidden"),
            HttpStatusCode.NotFound => SharedResource.Text("Problem_NotFound"),
            HttpStatusCode.Conflict => ProblemText.Verbatim(problem?.Detail) ?? SharedResource.Text("Problem_Conflict"),
            HttpStatusCode.RequestEntityTooLarge => SharedResource.Text("Problem_TooLarge"),
            HttpStatusCode.UnsupportedMediaType => SharedResource.Text("Problem_Unsupported"),
            HttpStatusCode.TooManyRequests => retryAfter is { } wait
                ? SharedResource.Format("Problem_TooManyWait", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))
                : SharedResource.Text("Problem_TooMany"),
            HttpStatusCode.ServiceUnavailable => ProblemText.Verbatim(problem?.Detail) is { } detail
                ? SharedResource.Format("Problem_UnavailableBecause", detail)
                : SharedResource.Text("Problem_Unavailable"),
            _ when (int)status >= 500 => SharedResource.Text("Problem_Server"),
            _ => ProblemText.Verbatim(problem?.Detail) ?? ProblemText.Verbatim(problem?.Title)
                ?? SharedResource.Format("Problem_Failed", (int)status),
        };
        return new ApiException(status, message, ProblemText.Fields(problem?.Errors));
    }

    internal static ApiException Unreachable(Exception inner) => new(
        HttpStatusCode.ServiceUnavailable, SharedResource.Text("Problem_Unreachable"), inner: inner);
}
