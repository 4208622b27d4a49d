using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Plannior.ChatApi.Chat.Providers;

/// <summary>
/// Tries each model in order until one answers: a provider outage or a retired model costs the user a little
/// latency instead of an error. Streaming falls back only before the first update has been sent on.
/// </summary>
public sealed class FallbackChatClient(IReadOnlyList<(string Model, IChatClient Client)> models, ILogger<FallbackChatClient> logger) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IList<ChatMessage> ?? [.. messages];
        List<Exception> failures = [];
        foreach (var (model, client) in models)
        {
            try
            {
                return await client.GetResponseAsync(history, options, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Model {Model} failed; trying the next one", model);
                failures.Add(ex);
            }
        }
        throw new AggregateException("Every configured model failed.", failures);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IList<ChatMessage> ?? [.. messages];
        List<Exception> failures = [];
        foreach (var (model, client) in models)
        {
            await using var updates = client.GetStreamingResponseAsync(history, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            var first = await TryFirstAsync(updates, cancellationToken);
            if (first.Failure is { } failure)
            {
                logger.LogWarning(failure, "Model {Model} failed; trying the next one", model);
                failures.Add(failure);
                continue;
            }
            if (!first.HasValue)
            {
                yield break;
            }
            yield return updates.Current;
            while (await updates.MoveNextAsync())
            {
                yield return updates.Current;
            }
            yield break;
        }
        throw new AggregateException("Every configured model failed.", failures);
    }

    private static async Task<(bool HasValue, Exception? Failure)> TryFirstAsync(
        IAsyncEnumerator<ChatResponseUpdate> updates, CancellationToken cancellationToken)
    {
        try
        {
            return (await updates.MoveNextAsync(), null);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, ex);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType.IsInstanceOfType(this) ? this : models.Count > 0 ? models[0].Client.GetService(serviceType, serviceKey) : null;

    public void Dispose()
    {
        foreach (var (_, client) in models)
        {
            client.Dispose();
        }
    }
}
