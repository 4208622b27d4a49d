using System.Diagnostics;
using System.Runtime.Versioning;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

[UnsupportedOSPlatform("windows")]
public sealed class LocalPostgresServerTests : IDisposable
{
    private readonly DirectoryInfo _dataRoot = Directory.CreateTempSubdirectory("plannior-pg-server-");
    private readonly LocalPostgresServer _server;

    public LocalPostgresServerTests()
    {
        _server = new LocalPostgresServer(new PostgresInstallation("/opt/pg/15/bin", 15), _dataRoot.FullName, "s3cret", 54321, runAs: null);
        Directory.CreateDirectory(_server.DataDirectory);
    }

    private string PidFile => Path.Combine(_server.DataDirectory, "postmaster.pid");

    [Fact]
    public void The_connection_string_has_the_container_resources_shape()
    {
        Assert.Equal("Host=127.0.0.1;Port=54321;Username=postgres;Password=s3cret", _server.ConnectionString());
        Assert.Equal("Host=127.0.0.1;Port=54321;Username=postgres;Password=s3cret;Database=plannior", _server.ConnectionString("plannior"));
    }

    [Fact]
    public void The_server_listens_on_loopback_only_and_runs_as_the_given_account()
    {
        var asRoot = new LocalPostgresServer(_server.Installation, _dataRoot.FullName, "s3cret", 54321,
            new OsAccount("postgres", 101, 104, "/usr/bin/setpriv"));

        var (command, arguments) = asRoot.ServerCommand();

        Assert.Equal("/usr/bin/setpriv", command);
        Assert.Equal(["--reuid=101", "--regid=104", "--init-groups", "--", "/opt/pg/15/bin/postgres"], arguments[..5]);
        Assert.Equal(["-D", _server.DataDirectory, "-p", "54321", "-c", "listen_addresses=127.0.0.1"], arguments[5..11]);
    }

    [Fact]
    public void A_lock_naming_a_live_process_that_is_not_postgres_is_removed()
    {
        // After a reboot the dead postmaster's pid can belong to anything; postgres would refuse to start.
        File.WriteAllText(PidFile, $"{Environment.ProcessId}\n{_server.DataDirectory}\n");

        Assert.Equal(ServerStop.NotRunning, _server.StopPostmaster(TimeSpan.FromSeconds(5)));
        Assert.False(File.Exists(PidFile));
    }

    [Fact]
    public void A_lock_of_a_dead_process_is_left_for_postgres_to_check()
    {
        using var finished = Process.Start("true")!;
        finished.WaitForExit();
        File.WriteAllText(PidFile, $"{finished.Id}\n{_server.DataDirectory}\n");

        Assert.Equal(ServerStop.NotRunning, _server.StopPostmaster(TimeSpan.FromSeconds(5)));
        Assert.True(File.Exists(PidFile));
    }

    [Fact]
    public void No_lock_means_nothing_to_stop()
    {
        Assert.Equal(ServerStop.NotRunning, _server.StopPostmaster(TimeSpan.FromSeconds(5)));
    }

    public void Dispose() => _dataRoot.Delete(recursive: true);
}
