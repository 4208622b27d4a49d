using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Health;

/// <summary>
/// GETs ChatApi's <c>/health</c>. ChatApi reporting itself degraded (the LLM unreachable) leaves the Gateway
/// degraded too; any failure to answer healthy in time is unhealthy, since nothing behind the Gateway works then.
/// </summary>
internal sealed class ChatApiHealthCheck(HttpClient client, IOptions<ChatApiHealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await client.GetAsync("/health", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return HealthCheckResult.Unhealthy($"ChatApi /health answered {(int)response.StatusCode}.");
            }
            return await ReportsDegradedAsync(response, timeout.Token)
                ? HealthCheckResult.Degraded("ChatApi reports itself degraded.")
                : HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"ChatApi /health did not answer within {options.Value.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy("ChatApi is unreachable.", exception);
        }
    }

    private static async Task<bool> ReportsDegradedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("status", out var status)
                && status.ValueKind == JsonValueKind.String
                && status.GetString() == "degraded";
        }
        catch (JsonException)
        {
            // A 2xx is healthy whatever its body says; the body only refines healthy into degraded.
            return false;
        }
    }
}
