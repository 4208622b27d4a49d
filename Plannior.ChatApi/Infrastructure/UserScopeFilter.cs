using System.Security.Claims;
using Plannior.ChatApi.Accounts;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// The one place that ties <c>/api/{user_id}/...</c> to the token: a valid token for someone else is a 403,
/// whatever the endpoint. Handlers below it may trust <c>user_id</c>.
/// </summary>
internal sealed class UserScopeFilter : IEndpointFilter
{
    public const string RouteKey = "user_id";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var routeValue = http.Request.RouteValues[RouteKey]?.ToString();
        if (!Guid.TryParse(routeValue, out var pathUserId))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [RouteKey] = ["The user id in the path must be a UUID."] },
                title: "The request is invalid.");
        }
        if (pathUserId != http.User.GetUserId())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.",
                detail: "The token does not belong to this user.");
        }
        return await next(context);
    }
}

internal static class UserScopeExtensions
{
    /// <summary>The authenticated route group every per-user API hangs under.</summary>
    public static RouteGroupBuilder MapUserScope(this IEndpointRouteBuilder app) =>
        app.MapGroup($"/api/{{{UserScopeFilter.RouteKey}}}")
            .RequireAuthorization()
            .AddEndpointFilter<UserScopeFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem();
}
