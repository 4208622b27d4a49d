namespace Plannior.ChatApi.Infrastructure;

internal static class ProblemDetailsExtensions
{
    /// <summary>RFC 7807 bodies for every error; client mistakes are 4xx that name them, never 500s.</summary>
    public static IServiceCollection AddApiErrorHandling(this IServiceCollection services)
    {
        services.AddPlanniorProblemDetails(context => context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
