using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using Plannior.ChatApi.Chat.Offline;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Chat.Providers;

internal static class ChatClientRegistration
{
    private const string ProviderHttpClient = "llm";

    /// <summary>
    /// One <see cref="IChatClient"/> pipeline whichever provider answers: function invocation over OpenTelemetry
    /// over either the OpenAI-compatible provider (with fallback models) or the offline assistant.
    /// </summary>
    public static IHostApplicationBuilder AddAssistantChatClient(this IHostApplicationBuilder builder)
    {
        // No key is a valid choice (the offline assistant answers), so only its presence is shown, never its value.
        builder.DescribeSetting(LlmOptions.ApiKeyVariable, secret: true);
        builder.AddPlanniorOptions<LlmOptions>(LlmOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) =>
                options.ApiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? configuration[LlmOptions.ApiKeyVariable] : options.ApiKey);

        // The provider's own timeout and retry policy bound each call; the default resilience handler's
        // 10-second attempt timeout would cut long generations short. (Removing handlers is still marked experimental.)
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(ProviderHttpClient).RemoveAllResilienceHandlers();
        builder.Services.AddHttpClient(LlmHealthCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<ChatMetrics>();
        builder.Services.AddSingleton<LlmHealthCheck>();
        builder.Services.AddHealthChecks().AddCheck<LlmHealthCheck>("llm");

        builder.Services.AddSingleton(services =>
        {
            var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
            var loggerFactory = services.GetRequiredService<ILoggerFactory>();
            var inner = llm.IsOnline
                ? CreateProvider(llm, services)
                : new OfflineChatClient(services.GetRequiredService<TimeProvider>());
            return new ChatClientBuilder(inner)
                .UseFunctionInvocation(loggerFactory, invoker =>
                {
                    invoker.MaximumIterationsPerRequest = llm.IsOnline ? llm.MaxToolRounds : OfflineChatClient.ToolRounds;
                    invoker.IncludeDetailedErrors = false;
                    invoker.FunctionInvoker = services.GetRequiredService<ChatMetrics>().InvokeToolAsync;
                })
                // gen_ai spans and metrics (operation duration, token usage) under the Plannior source and meter;
                // prompts and replies go into spans only when an operator opts in: they are the users' own words.
                .UseOpenTelemetry(loggerFactory, Telemetry.ActivitySourceName,
                    telemetry => telemetry.EnableSensitiveData = llm.RecordMessageContent)
                .Build(services);
        });
        return builder;
    }

    private static IChatClient CreateProvider(LlmOptions llm, IServiceProvider services)
    {
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ProviderHttpClient);
        http.Timeout = Timeout.InfiniteTimeSpan;
        var client = new OpenAIClient(new ApiKeyCredential(llm.ApiKey!), new OpenAIClientOptions
        {
            Endpoint = new Uri(llm.BaseUrl),
            NetworkTimeout = TimeSpan.FromSeconds(llm.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(llm.MaxRetries),
            Transport = new HttpClientPipelineTransport(http),
        });
        var models = llm.Models.Select(model => (model, client.GetChatClient(model).AsIChatClient())).ToList();
        return new FallbackChatClient(models, services.GetRequiredService<ILogger<FallbackChatClient>>());
    }
}
