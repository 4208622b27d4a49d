using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.RateLimiting;

namespace Plannior.Gateway.RateLimiting;

/// <summary>
/// The Gateway's own meter: requests refused by a rate limit, by policy (chat, api, auth), so a spike of one
/// policy can be told from the others. Exported by ServiceDefaults, which adds the meter named after the service.
/// </summary>
public sealed class RateLimitMetrics
{
    public const string MeterName = "Plannior.Gateway";
    public const string Rejections = "plannior.gateway.rate_limit.rejections";

    private readonly Counter<long> rejections;

    public RateLimitMetrics(IMeterFactory meters) =>
        rejections = meters.Create(MeterName).CreateCounter<long>(Rejections, "{request}", "Requests answered 429, by rate-limit policy.");

    public void Rejected(HttpContext context) =>
        rejections.Add(1, new KeyValuePair<string, object?>("policy",
            context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "unknown"));
}
