using Aspire.Hosting.ApplicationModel;
using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests.Replicas;

/// <summary>
/// The whole system from the AppHost with <c>Plannior:Replicas=2</c>, on the machine's own PostgreSQL and Redis:
/// two instances each of chat-api, gateway and web, every one healthy.
/// </summary>
public sealed class ReplicatedSystemFixture : IAsyncLifetime
{
    public const int Replicas = 2;
    public static readonly string[] Services = ["chat-api", "gateway", "web"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    // Two data roots, each given to its server's account (a folder made by CreateTempSubdirectory is closed to others).
    private readonly DirectoryInfo _postgresData = Directory.CreateTempSubdirectory("plannior-apphost-replicas-pg-");
    private readonly DirectoryInfo _redisData = Directory.CreateTempSubdirectory("plannior-apphost-replicas-redis-");
    private TestAppHost? _host;

    internal TestAppHost Host => _host ?? throw new InvalidOperationException("The AppHost has not started.");

    public async Task InitializeAsync()
    {
        _host = await TestAppHost.StartAsync(_postgresData.FullName, StartTimeout,
            ["postgres", "plannior", "redis", .. Services],
            $"Plannior:Replicas={Replicas}", "Redis:Mode=local", $"Redis:DataDirectory={_redisData.FullName}");
        foreach (var service in Services)
        {
            await _host.WaitForHealthyInstancesAsync(service, Replicas, StartTimeout);
        }
    }

    /// <summary>Each instance's own address (not the proxy spreading requests over them), by instance id.</summary>
    internal IReadOnlyList<(string Instance, Uri Address)> InstanceAddresses(string service) =>
        [.. Host.Instances(service).Select(instance => (instance.ResourceId, OwnAddress(instance)))];

    private static Uri OwnAddress(ResourceEvent instance)
    {
        var urls = instance.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value;
        var http = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(url => url.StartsWith("http://", StringComparison.Ordinal));
        return http is not null
            ? new Uri(http.Replace("+", "localhost", StringComparison.Ordinal).Replace("*", "localhost", StringComparison.Ordinal))
            : throw new InvalidOperationException(
                $"{instance.ResourceId} has no http address in ASPNETCORE_URLS: " +
                string.Join(", ", instance.Snapshot.EnvironmentVariables.Select(variable => $"{variable.Name}={variable.Value}")));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _postgresData.Delete(recursive: true);
        _redisData.Delete(recursive: true);
    }
}
