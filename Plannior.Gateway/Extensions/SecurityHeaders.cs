namespace Plannior.Gateway.Extensions;

internal static class SecurityHeaders
{
    /// <summary>
    /// Adds the browser-hardening headers to every response, the Gateway's own and ChatApi's alike, and drops
    /// headers that only advertise the software behind the edge.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // OnStarting runs after YARP has copied ChatApi's headers, so ours win and the upstream's Server is gone.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
