using System.Runtime.Versioning;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

/// <summary>
/// Asks postgres for a fast shutdown when the AppHost stops. Left to the orchestrator, postgres either gets
/// SIGTERM, a "smart" shutdown that waits for every client (the ChatApi's pooled connections) to leave, or is
/// killed outright, leaving crash recovery to the next start. Then it hands the data root on.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LocalPostgresShutdown(LocalPostgresServer server, ILogger<LocalPostgresShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await Task.Run(() => server.StopPostmaster(TimeSpan.FromSeconds(15)), cancellationToken);
            if (outcome == PostmasterStop.Stopped)
            {
                logger.LogInformation("Stopped PostgreSQL on {DataDirectory}.", server.DataDirectory);
            }
            else if (outcome == PostmasterStop.StillRunning)
            {
                logger.LogWarning("PostgreSQL on {DataDirectory} did not stop; the next start stops it.", server.DataDirectory);
            }
        }
        finally
        {
            // Only now may the next AppHost take the data root (and stop whatever postmaster is left).
            server.Dispose();
        }
    }
}
