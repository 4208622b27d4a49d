using Microsoft.AspNetCore.Mvc;

namespace Plannior.Gateway.Extensions;

internal static class ProblemDetailsExtensions
{
    /// <summary>RFC 7807 bodies for every error the Gateway itself produces, shaped like ChatApi's (with <c>trace_id</c>).</summary>
    public static IServiceCollection AddGatewayProblemDetails(this IServiceCollection services) =>
        services.AddPlanniorProblemDetails(context => Complete(context.ProblemDetails, context.HttpContext));

    /// <summary>
    /// Writes a problem response. Clients that only accept <c>text/event-stream</c> still get JSON:
    /// an error body they cannot negotiate is better than an exception in the middle of the pipeline.
    /// </summary>
    public static async Task WriteProblemAsync(this HttpContext context, int status, string title, string detail)
    {
        var problem = Complete(new ProblemDetails { Status = status, Title = title, Detail = detail }, context);
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", CancellationToken.None);
        }
    }

    // The shared shape (type, trace_id), plus a detail a client can act on for the Gateway's own 404/405.
    private static ProblemDetails Complete(ProblemDetails problem, HttpContext context)
    {
        PlanniorProblems.Complete(problem, context);
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => $"No public route matches {context.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
            _ => problem.Title,
        };
        return problem;
    }
}
