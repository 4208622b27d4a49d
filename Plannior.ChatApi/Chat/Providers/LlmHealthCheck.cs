using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Plannior.ChatApi.Chat.Providers;

/// <summary>
/// The provider's reachability, probed at most once a minute. An unreachable provider is degraded, not
/// unhealthy: tasks and history still work, and chat answers 503 until it is back.
/// </summary>
internal sealed class LlmHealthCheck(IOptions<LlmOptions> options, IHttpClientFactory httpClients, TimeProvider clock) : IHealthCheck
{
    public const string HttpClientName = "llm-probe";
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    // Per instance (registered as a singleton), not static: a static cache leaks one host's result into another's.
    private (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var llm = options.Value;
        if (!llm.IsOnline)
        {
            return HealthCheckResult.Healthy("Offline assistant (no LLM key configured).");
        }
        if (last is { } cached && clock.GetUtcNow() - cached.At < CacheFor)
        {
            return cached.Result;
        }

        HealthCheckResult result;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{llm.BaseUrl.TrimEnd('/')}/models");
            request.Headers.Authorization = new("Bearer", llm.ApiKey);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            result = response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{llm.Model} via {new Uri(llm.BaseUrl).Host}")
                : HealthCheckResult.Degraded($"The provider answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            result = HealthCheckResult.Degraded("The provider is unreachable.", ex);
        }
        last = (clock.GetUtcNow(), result);
        return result;
    }
}
