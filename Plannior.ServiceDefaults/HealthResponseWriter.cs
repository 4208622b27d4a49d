using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>Writes the health body of API.md: status, service, version and one entry per check.</summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report, string serviceName, string version)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = Describe(report.Status),
            ["service"] = serviceName,
            ["version"] = version,
            ["checks"] = report.Entries
                .Where(entry => entry.Key != "self")
                .ToDictionary(entry => entry.Key, entry => Describe(entry.Value.Status)),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    public static string Describe(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
