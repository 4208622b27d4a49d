using System.Collections.Concurrent;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Plannior.AppHost.Tests.Infrastructure;

/// <summary>
/// The AppHost started in-process on the local PostgreSQL path, with its own data directory and random ports.
/// A start that does not get healthy in time fails with each resource's state and last log lines.
/// </summary>
internal sealed class TestAppHost : IAsyncDisposable
{
    private const int LogLinesKept = 25;
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stopWatching = new();
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _logTails = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _logs = new();
    private readonly ConcurrentBag<Task> _watchers = [];

    private TestAppHost(DistributedApplication app)
    {
        App = app;
        _watchers.Add(WatchResourcesAsync());
    }

    public DistributedApplication App { get; }

    /// <param name="dataDirectory">Postgres:DataDirectory; reuse it to restart on the same data.</param>
    /// <param name="timeout">Budget for building, starting and getting <paramref name="healthy"/> healthy.</param>
    /// <param name="healthy">Resources to wait for; their dependencies are waited for by the AppHost itself.</param>
    /// <param name="settings">More AppHost settings (<c>Plannior:Replicas=2</c>), as <c>key=value</c>.</param>
    public static async Task<TestAppHost> StartAsync(
        string dataDirectory, TimeSpan timeout, string[] healthy, params string[] settings)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Plannior_AppHost>(
            ["Postgres:Mode=local", $"Postgres:DataDirectory={dataDirectory}", .. settings],
            (options, _) => options.DisableDashboard = true,
            deadline.Token);
        builder.Services.AddLogging(logging => logging
            // Failing checks are expected while resources start; a start that fails reports their health itself.
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddFilter($"{builder.Environment.ApplicationName}.Resources", LogLevel.Warning));

        var host = new TestAppHost(await builder.BuildAsync(deadline.Token));
        var start = host.App.StartAsync(deadline.Token);
        try
        {
            // Starting can itself wait on dependencies, so the health waits run alongside it: the first resource
            // to stop or fail ends the wait at once instead of at the deadline.
            List<Task> pending =
            [
                start,
                .. healthy.Select(name => host.App.ResourceNotifications.WaitForResourceHealthyAsync(
                    name, WaitBehavior.StopOnResourceUnavailable, deadline.Token)),
            ];
            while (pending.Count > 0)
            {
                var done = await Task.WhenAny(pending);
                await done;
                pending.Remove(done);
            }
        }
        catch (Exception ex)
        {
            var report = host.Report();
            await host.DisposeAsync();
            await start.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw new InvalidOperationException(
                $"The AppHost did not get {string.Join(", ", healthy)} healthy within {timeout}: {ex.Message}{Environment.NewLine}{report}", ex);
        }

        return host;
    }

    /// <summary>The instances of <paramref name="resource"/> (one per replica), by instance id, as last reported.</summary>
    public IReadOnlyList<ResourceEvent> Instances(string resource) =>
        [.. _latest.Values.Where(instance => instance.Resource.Name == resource).OrderBy(instance => instance.ResourceId, StringComparer.Ordinal)];

    /// <summary>Waits until <paramref name="count"/> instances of <paramref name="resource"/> report healthy.</summary>
    public async Task<IReadOnlyList<ResourceEvent>> WaitForHealthyInstancesAsync(string resource, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var healthy = Instances(resource).Where(instance => instance.Snapshot.HealthStatus == HealthStatus.Healthy).ToList();
            if (healthy.Count >= count)
            {
                return healthy;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{healthy.Count} of {count} instances of {resource} got healthy within {timeout}:{Environment.NewLine}{Report()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Every line an instance has logged so far.</summary>
    public IReadOnlyList<string> Log(string instance) => [.. _logs.GetValueOrDefault(instance) ?? []];

    public HttpClient CreateHttpClient(string resource)
    {
        var client = App.CreateHttpClient(resource, "http");
        client.Timeout = TimeSpan.FromSeconds(30);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(StopTimeout))
        {
            await App.StopAsync(stop.Token);
        }

        await App.DisposeAsync();
        await _stopWatching.CancelAsync();
        await Task.WhenAll(_watchers);
        _stopWatching.Dispose();
    }

    private string Report()
    {
        var report = new StringBuilder();
        foreach (var (instance, latest) in _latest.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            report.AppendLine(
                $"--- {instance}: state {latest.Snapshot.State?.Text ?? "none"}, health {latest.Snapshot.HealthStatus?.ToString() ?? "none"}");
            foreach (var line in _logTails.GetValueOrDefault(instance) ?? [])
            {
                report.AppendLine(line);
            }
        }

        return report.ToString();
    }

    /// <summary>Keeps each resource instance's latest state, and follows its log from its first event on.</summary>
    private async Task WatchResourcesAsync()
    {
        var logs = App.Services.GetRequiredService<ResourceLoggerService>();
        try
        {
            await foreach (var resourceEvent in App.ResourceNotifications.WatchAsync(_stopWatching.Token))
            {
                if (_latest.TryAdd(resourceEvent.ResourceId, resourceEvent))
                {
                    _watchers.Add(WatchLogsAsync(logs, resourceEvent.ResourceId));
                }
                else
                {
                    _latest[resourceEvent.ResourceId] = resourceEvent;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task WatchLogsAsync(ResourceLoggerService logs, string instance)
    {
        var tail = _logTails.GetOrAdd(instance, _ => new ConcurrentQueue<string>());
        var all = _logs.GetOrAdd(instance, _ => new ConcurrentQueue<string>());
        try
        {
            await foreach (var batch in logs.WatchAsync(instance).WithCancellation(_stopWatching.Token))
            {
                foreach (var line in batch)
                {
                    tail.Enqueue(line.Content);
                    all.Enqueue(line.Content);
                    while (tail.Count > LogLinesKept)
                    {
                        tail.TryDequeue(out _);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
