using System.Globalization;
using System.Runtime.Versioning;

namespace Plannior.LocalPostgres;

/// <summary>Prepares the machine's own PostgreSQL for a run: data directory, password, stale server, port.</summary>
public static class LocalPostgresSetup
{
    private static LocalServerKind Kind => LocalServerKind.Postgres;

    /// <summary>
    /// The per-user data folder. root's home is mode 700, where the postgres account cannot reach, so root's
    /// data lives under /var/lib instead.
    /// </summary>
    public static string DefaultDataRoot(bool runningAsRoot) => LocalDataRoot.DefaultFor(Kind, runningAsRoot);

    /// <summary>The major version a data directory was initialised with, or null when it is not initialised.</summary>
    public static int? DataDirectoryVersion(string dataRoot)
    {
        var versionFile = Path.Combine(LocalPostgresServer.DataDirectoryIn(dataRoot), "PG_VERSION");
        return File.Exists(versionFile) &&
               int.TryParse(File.ReadAllText(versionFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    /// <exception cref="PostgresSetupException">A step failed; the message names the cause and the fix.</exception>
    [UnsupportedOSPlatform("windows")]
    public static LocalPostgresServer Prepare(IReadOnlyList<PostgresInstallation> installations, LocalPostgresOptions options)
    {
        var runAs = OsAccount.ForThisProcess(options.OsUser);
        var dataRoot = Path.GetFullPath(options.DataRoot is { Length: > 0 } configured ? configured : DefaultDataRoot(runAs is not null));

        var dataVersion = DataDirectoryVersion(dataRoot);
        var installation = PostgresInstallation.Pick(installations, dataVersion) ?? throw new PostgresSetupException(
            $"Plannior needs PostgreSQL {dataVersion}: the data directory {dataRoot} was initialised by PostgreSQL {dataVersion}, " +
            $"but only PostgreSQL {string.Join(", ", installations.Select(i => i.MajorVersion))} is installed. " +
            $"Install PostgreSQL {dataVersion}, or set Postgres:DataDirectory to a new folder.");

        if (dataVersion is not null && !File.Exists(LocalPostgresServer.PasswordFileIn(dataRoot)))
        {
            throw new PostgresSetupException(
                $"The PostgreSQL data in {dataRoot} has lost its password file ({LocalPostgresServer.PasswordFileIn(dataRoot)}): " +
                $"restore it, or delete {dataRoot} to start with an empty database.");
        }

        LocalDataRoot.Create(dataRoot, runAs, Kind);

        // Taken before anything could stop a postmaster: only one whose owner is gone is stale.
        var lease = LocalDataRoot.Take(dataRoot, options.Owner ?? DataRootOwner.ThisProcess(dashboardUrl: null), Kind);

        try
        {
            // initdb reads the password file as the postgres account.
            var password = LocalDataRoot.ReadOrCreateSecret(LocalPostgresServer.PasswordFileIn(dataRoot), runAs, dataRoot, Kind);
            var server = new LocalPostgresServer(installation, dataRoot, password, LocalDataRoot.FreeLoopbackPort(), runAs, lease);

            if (dataVersion is null)
            {
                InitDb(server, options.Throwaway);
            }

            if (server.StopPostmaster(TimeSpan.FromSeconds(30)) == ServerStop.StillRunning)
            {
                throw new PostgresSetupException(
                    $"A PostgreSQL server left by an earlier run still uses {server.DataDirectory} and did not stop: stop it and start again.");
            }

            return server;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>The one message a second AppHost gives: who has the data, and what to do instead.</summary>
    public static string InUseMessage(string dataRoot, DataRootOwner? holder) =>
        LocalDataRoot.InUseMessage(dataRoot, holder, Kind);

    private static void InitDb(LocalPostgresServer server, bool throwaway)
    {
        var dataDirectory = server.DataDirectory;
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new PostgresSetupException(
                $"{dataDirectory} is not empty but holds no PostgreSQL data (no PG_VERSION): move it away, or set Postgres:DataDirectory to another folder.");
        }

        // initdb works in a staging folder renamed at the end, so a run killed half-way is redone rather than half-used.
        var staging = dataDirectory + ".initdb";
        OsCommandResult? result = null;
        foreach (var locale in new[] { "--locale=C.UTF-8", "--no-locale" })
        {
            DeleteIfExists(staging);
            result = server.RunTool(server.Installation.InitDb,
            [
                "-D", staging,
                "-U", LocalPostgresServer.SuperUser,
                $"--pwfile={LocalPostgresServer.PasswordFileIn(server.DataRoot)}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                locale,
                .. throwaway ? new[] { "--no-sync" } : [],
            ], TimeSpan.FromMinutes(2));

            if (result is { Succeeded: true })
            {
                DeleteIfExists(dataDirectory);
                Directory.Move(staging, dataDirectory);
                return;
            }
        }

        DeleteIfExists(staging);
        throw new PostgresSetupException(
            $"initdb failed to create {dataDirectory} (exit code {result?.ExitCode.ToString(CultureInfo.InvariantCulture) ?? "none: it did not start"}):" +
            Environment.NewLine + result?.Tail());
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
