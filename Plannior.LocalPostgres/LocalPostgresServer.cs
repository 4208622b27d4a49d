using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Plannior.LocalPostgres;


/// <summary>
/// A prepared local PostgreSQL server: initialised data directory, password, port and the account to run as.
/// Disposing it releases the data root (its <see cref="Lease"/>) for the next owner.
/// </summary>
public sealed class LocalPostgresServer(
    PostgresInstallation installation, string dataRoot, string password, int port, OsAccount? runAs, DataRootLease? lease = null)
    : ILocalServer
{
    public const string Host = "127.0.0.1";
    public const string SuperUser = "postgres";

    public PostgresInstallation Installation { get; } = installation;

    /// <summary>The folder Plannior owns: <c>pgdata/</c> and the <c>password</c> file beside it.</summary>
    public string DataRoot { get; } = dataRoot;

    public string DataDirectory => DataDirectoryIn(DataRoot);

    public int Port { get; } = port;

    public OsAccount? RunAs { get; } = runAs;

    /// <summary>This process's hold on <see cref="DataRoot"/>, when <see cref="LocalPostgresSetup.Prepare"/> took it.</summary>
    public DataRootLease? Lease { get; } = lease;

    private string Password { get; } = password;

    public static string DataDirectoryIn(string dataRoot) => Path.Combine(dataRoot, "pgdata");

    public static string PasswordFileIn(string dataRoot) => Path.Combine(dataRoot, "password");

    /// <summary>The same shape as Aspire's PostgreSQL container resource: no Database for the server itself.</summary>
    public string ConnectionString(string? database = null) =>
        $"Host={Host};Port={Port.ToString(CultureInfo.InvariantCulture)};Username={SuperUser};Password={Password}" +
        (database is null ? string.Empty : $";Database={database}");

    /// <summary>The connection properties Aspire's container resource also offers (Host, Port, ..., Uri).</summary>
    public IEnumerable<KeyValuePair<string, string>> ConnectionProperties(string? database)
    {
        var port = Port.ToString(CultureInfo.InvariantCulture);
        yield return new("Host", Host);
        yield return new("Port", port);
        yield return new("Username", SuperUser);
        yield return new("Password", Password);
        if (database is not null)
        {
            yield return new("DatabaseName", database);
        }

        // The password is letters and digits, so it needs no escaping in a URI.
        yield return new("Uri", $"postgresql://{SuperUser}:{Password}@{Host}:{port}{(database is null ? string.Empty : "/" + database)}");
    }

    /// <summary>
    /// The server process: TCP on loopback only, no Unix socket (its default folder may not exist or be writable).
    /// <paramref name="settings"/> are extra <c>name=value</c> server settings.
    /// </summary>
    public (string Command, string[] Arguments) ServerCommand(IEnumerable<string>? settings = null) =>
        Wrap(Installation.Postgres,
        [
            "-D", DataDirectory,
            "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", $"listen_addresses={Host}",
            "-c", "unix_socket_directories=",
            .. (settings ?? []).SelectMany(setting => new[] { "-c", setting }),
        ]);

    /// <summary>Creates the database unless it exists; the server must be accepting connections.</summary>
    public async Task CreateDatabaseIfMissingAsync(string databaseName, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", databaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        // CREATE DATABASE takes no parameters; the identifier is quoted instead.
        var quoted = "\"" + databaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs one of the installation's tools (initdb, pg_ctl, ...) as the server's account, in the data root.</summary>
    public OsCommandResult? RunTool(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var (command, wrapped) = Wrap(tool, arguments);
        return OsCommand.Run(command, wrapped, timeout, DataRoot);
    }

    /// <summary>
    /// Runs a client tool (pg_dump, pg_restore) on <paramref name="database"/> as the superuser, over TCP; the
    /// password goes in the environment, not on a command line others can read.
    /// </summary>
    public OsCommandResult? RunClientTool(string tool, string database, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var (command, wrapped) = Wrap(tool,
        [
            "--host", Host,
            "--port", Port.ToString(CultureInfo.InvariantCulture),
            "--username", SuperUser,
            "--dbname", database,
            .. arguments,
        ]);
        return OsCommand.Run(command, wrapped, timeout, DataRoot, new Dictionary<string, string> { ["PGPASSWORD"] = Password });
    }

    /// <summary>
    /// Stops a postmaster still running on this data directory (left by a killed AppHost, or at shutdown),
    /// and removes a lock file naming a process that is not ours, so a start never trips over a stale lock.
    /// </summary>
    /// <param name="immediate">Skip the fast shutdown's checkpoint: for throwaway data only.</param>
    public ServerStop StopPostmaster(TimeSpan timeout, bool immediate = false)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        switch (ServerPidFile.Inspect(pidFile, "postgres"))
        {
            case ServerPidFile.State.Running:
                break;
            case ServerPidFile.State.PidReused:
                // postgres refuses to start while the pid in its lock file is alive, whoever owns it now.
                File.Delete(pidFile);
                return ServerStop.NotRunning;
            default:
                // No lock, or a dead pid: postgres replaces a stale lock itself, after checking that no orphaned
                // backend still holds the shared memory.
                return ServerStop.NotRunning;
        }

        var seconds = ((int)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        foreach (var mode in immediate ? ["immediate"] : new[] { "fast", "immediate" })
        {
            RunTool(Installation.PgCtl, ["stop", "-D", DataDirectory, "-m", mode, "-w", "-t", seconds], timeout + TimeSpan.FromSeconds(5));
            if (ServerPidFile.Inspect(pidFile, "postgres") is not ServerPidFile.State.Running)
            {
                return ServerStop.Stopped;
            }
        }

        return ServerStop.StillRunning;
    }

    LocalServerKind ILocalServer.Kind => LocalServerKind.Postgres;

    string ILocalServer.Location => DataDirectory;

    /// <summary>A fast shutdown: SIGTERM would be a "smart" one, waiting for every pooled client to leave.</summary>
    ServerStop ILocalServer.Stop(TimeSpan timeout) => StopPostmaster(timeout);

    public void Dispose() => Lease?.Dispose();

    private (string Command, string[] Arguments) Wrap(string command, IEnumerable<string> arguments) =>
        RunAs?.Wrap(command, arguments) ?? (command, arguments.ToArray());
}
