using Plannior.AppHost.Postgres;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

public class PostgresHostingTests
{
    private static readonly PostgresInstallation Installed = new("/usr/lib/postgresql/15/bin", 15);

    [Theory]
    [InlineData(nameof(PostgresMode.Auto))]
    [InlineData(nameof(PostgresMode.Container))]
    public void A_healthy_container_runtime_gets_the_container(string mode)
    {
        var hosting = PostgresHosting.Choose(Enum.Parse<PostgresMode>(mode), "docker", runtimeHealthy: true, Installed);

        Assert.IsType<PostgresHosting.Container>(hosting);
    }

    [Fact]
    public void Without_a_container_runtime_auto_runs_the_local_binaries()
    {
        var hosting = PostgresHosting.Choose(PostgresMode.Auto, "docker", runtimeHealthy: false, Installed);

        Assert.Equal(Installed, Assert.IsType<PostgresHosting.Local>(hosting).Installation);
    }

    [Fact]
    public void Forced_local_ignores_a_healthy_container_runtime()
    {
        var hosting = PostgresHosting.Choose(PostgresMode.Local, "docker", runtimeHealthy: true, Installed);

        Assert.IsType<PostgresHosting.Local>(hosting);
    }

    [Fact]
    public void Forced_local_without_binaries_says_to_install_them()
    {
        var hosting = PostgresHosting.Choose(PostgresMode.Local, "docker", runtimeHealthy: true, installation: null);

        var message = Assert.IsType<PostgresHosting.Unavailable>(hosting).Message;
        Assert.Contains("Postgres:Mode is 'local'", message);
        Assert.Contains("sudo apt-get install postgresql", message);
    }

    [Fact]
    public void Forced_container_without_a_runtime_names_the_runtime()
    {
        var hosting = PostgresHosting.Choose(PostgresMode.Container, "podman", runtimeHealthy: false, Installed);

        var message = Assert.IsType<PostgresHosting.Unavailable>(hosting).Message;
        Assert.Contains("'podman' is not running", message);
        Assert.Contains("Start Docker or Podman", message);
    }

    [Fact]
    public void With_nothing_installed_one_message_names_both_ways_to_get_postgres()
    {
        var hosting = PostgresHosting.Choose(PostgresMode.Auto, "docker", runtimeHealthy: false, installation: null);

        Assert.Equal(
            "Plannior needs PostgreSQL: start Docker or Podman, or install the PostgreSQL server binaries " +
            "(Debian/Ubuntu: sudo apt-get install postgresql).",
            Assert.IsType<PostgresHosting.Unavailable>(hosting).Message);
    }

    [Theory]
    [InlineData(null, nameof(PostgresMode.Auto))]
    [InlineData("", nameof(PostgresMode.Auto))]
    [InlineData("auto", nameof(PostgresMode.Auto))]
    [InlineData("Container", nameof(PostgresMode.Container))]
    [InlineData(" LOCAL ", nameof(PostgresMode.Local))]
    public void Mode_setting_is_parsed_case_insensitively(string? value, string expected)
    {
        Assert.True(PostgresHosting.TryParseMode(value, out var mode));
        Assert.Equal(Enum.Parse<PostgresMode>(expected), mode);
    }

    [Theory]
    [InlineData("docker")]
    [InlineData("2")]
    [InlineData("-1")]
    public void Unknown_mode_settings_are_rejected(string value)
    {
        Assert.False(PostgresHosting.TryParseMode(value, out _));
    }
}
