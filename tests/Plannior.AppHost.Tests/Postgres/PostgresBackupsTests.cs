using System.Runtime.Versioning;
using Npgsql;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

/// <summary>The backup service behind the dashboard's Back up now / Restore latest backup, on a real local server.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresBackupsTests : IAsyncLifetime
{
    private const string Database = "plannior";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), $"plannior-pg-backups-{Guid.NewGuid():N}");
    private LocalPostgresProcess? _postgres;

    private LocalPostgresServer Server => _postgres!.Server;

    public async Task InitializeAsync()
    {
        var server = LocalPostgresSetup.Prepare(PostgresInstallation.DiscoverOnThisMachine(), new LocalPostgresOptions { DataRoot = _dataRoot, Throwaway = true });
        _postgres = await LocalPostgresProcess.StartAsync(server, [], Timeout);
        await Server.CreateDatabaseIfMissingAsync(Database);
    }

    [Fact]
    public async Task A_restore_brings_back_what_was_backed_up()
    {
        await ExecuteAsync("CREATE TABLE task (title text); INSERT INTO task VALUES ('Water the plants')");
        var backups = new PostgresBackups(Server, PostgresBackupOptions.Default);
        var backup = await backups.BackUpAsync(Database);

        await ExecuteAsync("UPDATE task SET title = 'Overwritten'; INSERT INTO task VALUES ('Added later'); CREATE TABLE extra (id int)");
        Assert.Equal(backup, await backups.RestoreLatestAsync(Database));

        Assert.Equal("Water the plants", await ExecuteAsync("SELECT string_agg(title, ',') FROM task"));
        Assert.Equal(Path.Combine(_dataRoot, "backups"), Path.GetDirectoryName(backup));
        Assert.Matches(@"^plannior-\d{8}T\d{9}Z\.dump$", Path.GetFileName(backup));
    }

    [Fact]
    public async Task Only_the_newest_backups_up_to_the_retention_count_are_kept()
    {
        var backups = new PostgresBackups(Server, new PostgresBackupOptions(Retention: 2));

        var made = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            made.Add(await backups.BackUpAsync(Database));
        }

        Assert.Equal([made[2], made[1]], backups.List(Database));
        Assert.False(File.Exists(made[0]));
    }

    [Fact]
    public async Task Restoring_without_a_backup_says_so_and_changes_nothing()
    {
        await ExecuteAsync("CREATE TABLE task (title text); INSERT INTO task VALUES ('Still here')");

        var failure = await Assert.ThrowsAsync<PostgresBackupException>(
            () => new PostgresBackups(Server, PostgresBackupOptions.Default).RestoreLatestAsync(Database));

        Assert.Contains("There is no backup of 'plannior'", failure.Message);
        Assert.Equal("Still here", await ExecuteAsync("SELECT title FROM task"));
    }

    public Task DisposeAsync()
    {
        _postgres?.Dispose();
        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }

        return Task.CompletedTask;
    }

    private async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString(Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
