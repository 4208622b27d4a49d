using System.Diagnostics;

namespace Plannior.ChatApi.Infrastructure;

internal static class ProblemDetailsExtensions
{
    /// <summary>RFC 7807 bodies for every error, each with the <c>trace_id</c> an operator can search the dashboard for.</summary>
    public static IServiceCollection AddPlanniorProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.Remove("traceId");
            problem.Extensions["trace_id"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            problem.Type ??= $"https://plannior.example.com/problems/{problem.Status ?? 500}";
            problem.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
