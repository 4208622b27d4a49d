using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The shape of every Plannior error body (RFC 7807): a <c>type</c> per status and the <c>trace_id</c> an
/// operator can search the dashboard for, whichever service wrote it.
/// </summary>
public static class PlanniorProblems
{
    public const string TypeBase = "https://plannior.example.com/problems/";

    /// <summary>
    /// The <c>Retry-After</c> (seconds) of every 503 for an unavailable dependency: about as long as a restarted
    /// service or database takes to answer again, and shorter than the Gateway's health probes take to notice it.
    /// </summary>
    public const int RetryAfterSeconds = 5;

    public static ProblemDetails Complete(ProblemDetails problem, HttpContext? context)
    {
        problem.Extensions.Remove("traceId");
        problem.Extensions["trace_id"] = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier;
        problem.Type ??= TypeBase + (problem.Status ?? StatusCodes.Status500InternalServerError);
        return problem;
    }

    /// <summary>Adds problem details completed by <see cref="Complete"/>, then by <paramref name="customize"/>.</summary>
    public static IServiceCollection AddPlanniorProblemDetails(this IServiceCollection services, Action<ProblemDetailsContext>? customize = null) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            Complete(context.ProblemDetails, context.HttpContext);
            customize?.Invoke(context);
        });
}
