using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

/// <summary>The <c>Postgres:Mode</c> setting: how PostgreSQL is provided in run mode.</summary>
internal enum PostgresMode
{
    Auto,
    Container,
    Local,
}

/// <summary>Where PostgreSQL comes from in run mode: the outcome of <see cref="Choose"/>.</summary>
internal abstract record PostgresHosting
{
    public const string InstallHint =
        "start Docker or Podman, or install the PostgreSQL server binaries (Debian/Ubuntu: sudo apt-get install postgresql)";

    private PostgresHosting()
    {
    }

    /// <summary>The Aspire PostgreSQL container resource.</summary>
    public sealed record Container : PostgresHosting;

    /// <summary>The machine's own PostgreSQL binaries, run as an executable resource.</summary>
    public sealed record Local(PostgresInstallation Installation) : PostgresHosting;

    /// <summary>Neither is possible; <paramref name="Message"/> says what to install or change.</summary>
    public sealed record Unavailable(string Message) : PostgresHosting;

    /// <summary>Reads <c>Postgres:Mode</c> by name only; unset means auto.</summary>
    public static bool TryParseMode(string? value, out PostgresMode mode)
    {
        mode = PostgresMode.Auto;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var name = Enum.GetNames<PostgresMode>().FirstOrDefault(name => name.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out mode);
    }

    /// <summary>Picks the PostgreSQL hosting from the configured mode and what this machine has.</summary>
    /// <param name="mode">The configured <c>Postgres:Mode</c>.</param>
    /// <param name="runtime">The container runtime Aspire would use (docker or podman), for the message.</param>
    /// <param name="runtimeHealthy">Whether that runtime answered <c>info</c>.</param>
    /// <param name="installation">The PostgreSQL server binaries found, if any.</param>
    public static PostgresHosting Choose(PostgresMode mode, string runtime, bool runtimeHealthy, PostgresInstallation? installation) =>
        mode switch
        {
            PostgresMode.Container when runtimeHealthy => new Container(),
            PostgresMode.Container => new Unavailable(
                $"Plannior needs PostgreSQL: Postgres:Mode is 'container' but the container runtime '{runtime}' is not running. " +
                "Start Docker or Podman (for Podman set ASPIRE_CONTAINER_RUNTIME=podman), or set Postgres:Mode to auto or local."),
            PostgresMode.Local when installation is not null => new Local(installation),
            PostgresMode.Local => new Unavailable(
                "Plannior needs PostgreSQL: Postgres:Mode is 'local' but no PostgreSQL server binaries were found " +
                "(searched PATH, pg_config --bindir and package folders such as /usr/lib/postgresql/*/bin). " +
                "Install them (Debian/Ubuntu: sudo apt-get install postgresql), or set Postgres:Mode to auto or container."),
            _ when runtimeHealthy => new Container(),
            _ when installation is not null => new Local(installation),
            _ => new Unavailable($"Plannior needs PostgreSQL: {InstallHint}."),
        };
}
