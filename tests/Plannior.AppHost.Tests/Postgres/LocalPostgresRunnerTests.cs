using System.Globalization;
using System.Runtime.Versioning;
using Npgsql;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

/// <summary>The one local PostgreSQL runner, on the machine's real binaries, with a data root of its own.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalPostgresRunnerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Not pre-created: Prepare makes it private to the postgres account, and /tmp lets that account reach it.
    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), $"plannior-pg-runner-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_prepared_server_serves_a_new_database_and_keeps_its_rows_across_restarts()
    {
        using (var first = await StartAsync())
        {
            await first.Server.CreateDatabaseIfMissingAsync("notes");
            await first.Server.CreateDatabaseIfMissingAsync("notes");
            await ExecuteAsync(first.Server, "CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')");

            Assert.Equal(ServerStop.Stopped, first.Stop(Timeout));
            Assert.True(first.HasExited);
        }

        using var second = await StartAsync();
        Assert.Equal("kept", await ExecuteAsync(second.Server, "SELECT text FROM note"));
    }

    [Fact]
    public async Task The_server_never_runs_as_root()
    {
        // postgres refuses root: as root the runner hands it to the postgres account, otherwise it runs as us.
        using var server = await StartAsync();

        var expected = Environment.IsPrivilegedProcess
            ? OsCommand.Run("id", ["-u", "postgres"], Timeout)!.Output.Trim()
            : RealUid("self");
        Assert.Equal(expected, RealUid(server.ProcessId.ToString(CultureInfo.InvariantCulture)));
        Assert.NotEqual("0", expected);
    }

    [Fact]
    public async Task A_second_start_on_data_in_use_refuses_naming_the_owner_and_the_first_server_still_answers()
    {
        using var first = await StartAsync(DataRootOwner.ThisProcess("http://localhost:15080"));
        await first.Server.CreateDatabaseIfMissingAsync("notes");

        var refused = Assert.Throws<PostgresSetupException>(() => Prepare(DataRootOwner.ThisProcess("http://localhost:15081")));

        Assert.Contains($"(pid {Environment.ProcessId}, dashboard http://localhost:15080)", refused.Message);
        Assert.False(first.HasExited);
        Assert.Equal(1, await ExecuteAsync(first.Server, "SELECT 1"));
    }

    [Fact]
    public async Task A_postmaster_whose_owner_is_gone_is_stopped_and_the_new_start_succeeds()
    {
        using var orphan = await StartAsync();
        await orphan.Server.CreateDatabaseIfMissingAsync("notes");
        await ExecuteAsync(orphan.Server, "CREATE TABLE note (text text); INSERT INTO note VALUES ('kept')");
        // What the kernel does when an AppHost is killed: its lock goes, its postmaster stays.
        orphan.Server.Dispose();

        using var next = await StartAsync();

        Assert.True(orphan.WaitForExit(Timeout));
        Assert.Equal("kept", await ExecuteAsync(next.Server, "SELECT text FROM note"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
    }

    private async Task<LocalPostgresProcess> StartAsync(DataRootOwner? owner = null) =>
        await LocalPostgresProcess.StartAsync(Prepare(owner), [], Timeout);

    private LocalPostgresServer Prepare(DataRootOwner? owner) =>
        LocalPostgresSetup.Prepare(PostgresInstallation.DiscoverOnThisMachine(), new LocalPostgresOptions { DataRoot = _dataRoot, Owner = owner });

    private static string RealUid(string process) =>
        File.ReadLines($"/proc/{process}/status").Single(line => line.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t')[1];

    private static async Task<object?> ExecuteAsync(LocalPostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString("notes"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
