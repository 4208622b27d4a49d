using Plannior.AppHost.Postgres;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Redis;

/// <summary>
/// Where Redis comes from in run mode: the outcome of <see cref="Choose"/>. <c>Redis:Mode</c> reads like
/// <c>Postgres:Mode</c> (auto, container, local), and the choice is made the same way.
/// </summary>
internal abstract record RedisHosting
{
    public const string InstallHint =
        "start Docker or Podman, or install the Redis server (Debian/Ubuntu: sudo apt-get install redis-server)";

    private RedisHosting()
    {
    }

    /// <summary>The Aspire Redis container resource.</summary>
    public sealed record Container : RedisHosting;

    /// <summary>The machine's own redis-server, run as an executable resource.</summary>
    public sealed record Local(RedisInstallation Installation) : RedisHosting;

    /// <summary>Neither is possible; <paramref name="Message"/> says what to install or change.</summary>
    public sealed record Unavailable(string Message) : RedisHosting;

    /// <param name="replicas">Why Redis is needed, for the message.</param>
    public static RedisHosting Choose(PostgresMode mode, string runtime, bool runtimeHealthy, RedisInstallation? installation, int replicas) =>
        mode switch
        {
            PostgresMode.Container when runtimeHealthy => new Container(),
            PostgresMode.Container => new Unavailable(
                $"{Need(replicas)}: Redis:Mode is 'container' but the container runtime '{runtime}' is not running. " +
                "Start Docker or Podman (for Podman set ASPIRE_CONTAINER_RUNTIME=podman), or set Redis:Mode to auto or local."),
            PostgresMode.Local when installation is not null => new Local(installation),
            PostgresMode.Local => new Unavailable(
                $"{Need(replicas)}: Redis:Mode is 'local' but no redis-server was found " +
                $"(searched PATH and {string.Join(", ", RedisInstallation.DefaultDirectories)}). " +
                "Install it (Debian/Ubuntu: sudo apt-get install redis-server), or set Redis:Mode to auto or container."),
            _ when runtimeHealthy => new Container(),
            _ when installation is not null => new Local(installation),
            _ => new Unavailable($"{Need(replicas)}: {InstallHint}; or run one replica (Plannior:Replicas=1), which needs no Redis."),
        };

    private static string Need(int replicas) =>
        $"Plannior needs Redis to share rate limits and sign-ins across {replicas} replicas of each service";
}
