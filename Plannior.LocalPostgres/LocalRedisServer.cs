using System.Globalization;

namespace Plannior.LocalPostgres;

/// <summary>What <see cref="LocalRedisSetup.Prepare"/> needs to know beyond the binary.</summary>
public sealed record LocalRedisOptions
{
    /// <summary>The folder holding Redis's data, configuration and password; empty means the per-user default.</summary>
    public string? DataRoot { get; init; }

    /// <summary>The OS account Redis runs as when this process is root.</summary>
    public string OsUser { get; init; } = "redis";

    /// <summary>Who takes the data root (see <see cref="DataRootLease"/>); null means this process, without a dashboard.</summary>
    public DataRootOwner? Owner { get; init; }

    /// <summary>A server for tests: nothing is written to disk, since its data is deleted anyway.</summary>
    public bool Throwaway { get; init; }
}

/// <summary>
/// A prepared local Redis server: its configuration (loopback only, a password, data kept in the data root), the
/// port and the account to run as. Disposing it releases the data root (its <see cref="Lease"/>).
/// </summary>
public sealed class LocalRedisServer(
    RedisInstallation installation, string dataRoot, string password, int port, OsAccount? runAs, DataRootLease? lease = null)
    : ILocalServer
{
    public const string Host = "127.0.0.1";
    public const string ConfigFileName = "redis.conf";
    public const string PidFileName = "redis.pid";
    public const string PasswordFileName = "password";
    public const string ReadyLine = "Ready to accept connections";
    private const string ProcessName = "redis-server";

    public RedisInstallation Installation { get; } = installation;

    public string DataRoot { get; } = dataRoot;

    public int Port { get; } = port;

    public OsAccount? RunAs { get; } = runAs;

    public DataRootLease? Lease { get; } = lease;

    public string ConfigFile => Path.Combine(DataRoot, ConfigFileName);

    public string PidFile => Path.Combine(DataRoot, PidFileName);

    private string Password { get; } = password;

    LocalServerKind ILocalServer.Kind => LocalServerKind.Redis;

    string ILocalServer.Location => DataRoot;

    /// <summary>The StackExchange.Redis form, the same shape as Aspire's Redis container resource.</summary>
    public string ConnectionString =>
        $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)},password={Password}";

    /// <summary>
    /// The server process: its configuration file (which holds the password, so no command line shows it) and the
    /// port of this run.
    /// </summary>
    public (string Command, string[] Arguments) ServerCommand() =>
        Wrap(Installation.RedisServer, [ConfigFile, "--port", Port.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>The configuration file's text: loopback only, a password, the data, pid file and log in the data root.</summary>
    public static string Configuration(string dataRoot, string password, bool throwaway) =>
        string.Join('\n',
        [
            "bind 127.0.0.1",
            "protected-mode yes",
            "daemonize no",
            $"dir {Quote(dataRoot)}",
            $"pidfile {Quote(Path.Combine(dataRoot, PidFileName))}",
            $"requirepass {password}",
            // Data-protection keys live here: a restart must keep them, or every signed-in browser is signed out.
            .. throwaway ? new[] { "appendonly no", "save \"\"" } : ["appendonly yes", "appendfsync everysec"],
            string.Empty,
        ]);

    /// <summary>
    /// Stops a redis-server still running on this data root (left by a killed AppHost, or at shutdown): SIGTERM,
    /// on which Redis writes its data and exits; SIGKILL when it does not within <paramref name="timeout"/>.
    /// </summary>
    public ServerStop Stop(TimeSpan timeout)
    {
        if (ServerPidFile.RunningPid(PidFile, ProcessName) is not { } pid)
        {
            return ServerStop.NotRunning;
        }

        foreach (var signal in new[] { "-TERM", "-KILL" })
        {
            OsCommand.Run("kill", [signal, pid.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (ServerPidFile.RunningPid(PidFile, ProcessName) is null)
                {
                    return ServerStop.Stopped;
                }

                Thread.Sleep(TimeSpan.FromMilliseconds(50));
            }
        }

        return ServerStop.StillRunning;
    }

    public void Dispose() => Lease?.Dispose();

    private static string Quote(string path) => "\"" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private (string Command, string[] Arguments) Wrap(string command, IEnumerable<string> arguments) =>
        RunAs?.Wrap(command, arguments) ?? (command, arguments.ToArray());
}
