using Microsoft.Extensions.Options;

namespace Plannior.Gateway.Health;

internal static class HealthExtensions
{
    /// <summary>Adds the <c>chat-api</c> check to the Gateway's <c>/health</c> (never to <c>/alive</c>).</summary>
    public static IHostApplicationBuilder AddChatApiHealthCheck(this IHostApplicationBuilder builder)
    {
        builder.AddPlanniorOptions<ChatApiHealthOptions>(ChatApiHealthOptions.SectionName);
        var probeClient = builder.Services.AddHttpClient<ChatApiHealthCheck>((services, client) =>
            client.BaseAddress = services.GetRequiredService<IOptions<ChatApiHealthOptions>>().Value.BaseAddress);
        // A probe must report what it sees now: the default retries and their backoff would only delay the answer.
        // RemoveAllResilienceHandlers is the library's own opt-out for one client, still flagged for evaluation.
#pragma warning disable EXTEXP0001
        probeClient.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddHealthChecks().AddCheck<ChatApiHealthCheck>(ChatApiHealthOptions.CheckName);
        return builder;
    }
}
