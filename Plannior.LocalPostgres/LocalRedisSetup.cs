using System.Runtime.Versioning;

namespace Plannior.LocalPostgres;

/// <summary>
/// Prepares the machine's own Redis for a run, the way <see cref="LocalPostgresSetup"/> prepares PostgreSQL: the
/// data root taken (<see cref="LocalDataRoot"/>), the password, the configuration, a stale server stopped, a port.
/// </summary>
public static class LocalRedisSetup
{
    private static LocalServerKind Kind => LocalServerKind.Redis;

    public static string DefaultDataRoot(bool runningAsRoot) => LocalDataRoot.DefaultFor(Kind, runningAsRoot);

    /// <exception cref="PostgresSetupException">A step failed; the message names the cause and the fix.</exception>
    [UnsupportedOSPlatform("windows")]
    public static LocalRedisServer Prepare(RedisInstallation installation, LocalRedisOptions options)
    {
        var runAs = OsAccount.ForThisProcess(options.OsUser, Kind);
        var dataRoot = Path.GetFullPath(options.DataRoot is { Length: > 0 } configured ? configured : DefaultDataRoot(runAs is not null));

        LocalDataRoot.Create(dataRoot, runAs, Kind);
        // Taken before anything could stop a server: only one whose owner is gone is stale.
        var lease = LocalDataRoot.Take(dataRoot, options.Owner ?? DataRootOwner.ThisProcess(dashboardUrl: null), Kind);
        try
        {
            var password = LocalDataRoot.ReadOrCreateSecret(Path.Combine(dataRoot, LocalRedisServer.PasswordFileName), runAs, dataRoot, Kind);
            var server = new LocalRedisServer(installation, dataRoot, password, LocalDataRoot.FreeLoopbackPort(), runAs, lease);
            WriteConfiguration(server, password, options.Throwaway);

            if (server.Stop(TimeSpan.FromSeconds(15)) == ServerStop.StillRunning)
            {
                throw new PostgresSetupException(
                    $"A Redis server left by an earlier run still uses {dataRoot} and did not stop: stop it and start again.");
            }

            return server;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static void WriteConfiguration(LocalRedisServer server, string password, bool throwaway)
    {
        // Written aside and renamed over, owner-only from the start: it holds the password.
        var staging = server.ConfigFile + ".tmp";
        File.Delete(staging);
        using (var stream = new FileStream(staging, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(LocalRedisServer.Configuration(server.DataRoot, password, throwaway));
        }

        server.RunAs?.Own(staging);
        File.Move(staging, server.ConfigFile, overwrite: true);
    }
}
