using Microsoft.Extensions.Configuration;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

/// <summary>Tells whether the container runtime Aspire would use can run containers right now.</summary>
internal static class ContainerRuntime
{
    /// <summary>The runtime Aspire's orchestrator picks: ASPIRE_CONTAINER_RUNTIME, else docker.</summary>
    public static string Name(IConfiguration configuration) =>
        (configuration["ASPIRE_CONTAINER_RUNTIME"] ?? configuration["DcpPublisher:ContainerRuntime"]) is { Length: > 0 } name
            ? name.Trim().ToLowerInvariant()
            : "docker";

    /// <summary>
    /// Runs <c>&lt;runtime&gt; info</c>: it fails fast when the CLI is installed but no daemon answers,
    /// and the timeout covers a daemon that hangs.
    /// </summary>
    public static bool IsHealthy(string runtime, TimeSpan timeout) =>
        OsCommand.Run(runtime, ["info"], timeout) is { Succeeded: true };
}
