using System.Runtime.Versioning;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.LocalServers;

/// <summary>
/// Stops a local server (PostgreSQL, Redis) the way it wants when the AppHost stops, then hands its data root on.
/// Left to the orchestrator, postgres either gets SIGTERM, a "smart" shutdown that waits for every client (the
/// ChatApi's pooled connections) to leave, or is killed outright, leaving crash recovery to the next start.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LocalServerShutdown(ILocalServer server, ILogger<LocalServerShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await Task.Run(() => server.Stop(TimeSpan.FromSeconds(15)), cancellationToken);
            if (outcome == ServerStop.Stopped)
            {
                logger.LogInformation("Stopped {Server} on {DataDirectory}.", server.Kind.Product, server.Location);
            }
            else if (outcome == ServerStop.StillRunning)
            {
                logger.LogWarning("{Server} on {DataDirectory} did not stop; the next start stops it.", server.Kind.Product, server.Location);
            }
        }
        finally
        {
            // Only now may the next AppHost take the data root (and stop whatever server is left).
            server.Dispose();
        }
    }
}
