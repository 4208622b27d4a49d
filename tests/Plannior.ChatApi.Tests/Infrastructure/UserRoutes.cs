using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>
/// Every <c>/api/{user_id}/...</c> endpoint the running ChatApi maps, read from its routing table, so a rule meant
/// for all of them is tested against all of them, including routes added after the test was written.
/// </summary>
public static class UserRoutes
{
    public static IReadOnlyList<(HttpMethod Method, string Path)> All(ChatApiFactory factory, string userId) =>
        Select(factory, userId, endpoint => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("api/{user_id}", StringComparison.Ordinal) == true);

    /// <summary>Every endpoint that takes a bearer token: the user scope, the account routes, MCP.</summary>
    public static IReadOnlyList<(HttpMethod Method, string Path)> RequiringToken(ChatApiFactory factory, string userId) =>
        Select(factory, userId, endpoint => endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null);

    private static IReadOnlyList<(HttpMethod Method, string Path)> Select(
        ChatApiFactory factory, string userId, Func<RouteEndpoint, bool> predicate) =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(predicate)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (new HttpMethod(method), Path(endpoint, userId))))
            .Distinct(),
    ];

    public static async Task<ApiResponse> CallAsync(ApiClient api, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get && method != HttpMethod.Delete)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return await api.SendAsync(request);
    }

    private static string Path(RouteEndpoint endpoint, string userId)
    {
        // A value of the type the handler binds, so a request gets past parameter binding to the user-scope check.
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var numeric = (handler?.GetParameters() ?? [])
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var type
                && (type == typeof(int) || type == typeof(long)))
            .Select(p => p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var path = new StringBuilder();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "user_id" } => userId,
                    RoutePatternParameterPart parameter when numeric.Contains(parameter.Name) => "1",
                    _ => Guid.NewGuid().ToString(),
                });
            }
        }
        return path.ToString();
    }
}
