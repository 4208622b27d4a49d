using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Plannior.LocalPostgres;

/// <summary>Prepares the machine's own PostgreSQL for a run: data directory, password, stale server, port.</summary>
public static class LocalPostgresSetup
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// The per-user data folder. root's home is mode 700, where the postgres account cannot reach, so root's
    /// data lives under /var/lib instead.
    /// </summary>
    public static string DefaultDataRoot(bool runningAsRoot) =>
        runningAsRoot
            ? "/var/lib/plannior/postgres"
            : Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
                "plannior",
                "postgres");

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

        CreateDataRoot(dataRoot, runAs);

        // Taken before anything could stop a postmaster: only one whose owner is gone is stale.
        if (!DataRootLease.TryTake(dataRoot, options.Owner ?? DataRootOwner.ThisProcess(dashboardUrl: null), out var lease, out var holder))
        {
            throw new PostgresSetupException(InUseMessage(dataRoot, holder));
        }

        try
        {
            var password = ReadOrCreatePassword(dataRoot, runAs);
            var server = new LocalPostgresServer(installation, dataRoot, password, FreeLoopbackPort(), runAs, lease);

            if (dataVersion is null)
            {
                InitDb(server, options.Throwaway);
            }

            if (server.StopPostmaster(TimeSpan.FromSeconds(30)) == PostmasterStop.StillRunning)
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
        (holder is not null && holder.IsRunning()
            ? $"Another Plannior AppHost ({holder.Describe()}) is running on the PostgreSQL data in {dataRoot}"
            : $"Another Plannior AppHost is starting on the PostgreSQL data in {dataRoot}") +
        ", so this one leaves it alone and exits. Use that one, stop it first, or set Postgres:DataDirectory to another folder.";

    [UnsupportedOSPlatform("windows")]
    private static void CreateDataRoot(string dataRoot, OsAccount? runAs)
    {
        // Parents keep the default mode so the postgres account can traverse them; only the data root is private.
        Directory.CreateDirectory(Path.GetDirectoryName(dataRoot)!);
        var created = !Directory.Exists(dataRoot);
        if (created)
        {
            Directory.CreateDirectory(dataRoot, OwnerOnly);
        }

        if (runAs is null)
        {
            return;
        }

        runAs.Own(dataRoot);
        var access = runAs.Wrap("test", ["-w", dataRoot, "-a", "-x", dataRoot]);
        if (OsCommand.Run(access.Command, access.Arguments, TimeSpan.FromSeconds(5)) is not { Succeeded: true })
        {
            if (created)
            {
                Directory.Delete(dataRoot);
            }

            throw new PostgresSetupException(
                $"The OS account '{runAs.Name}' that runs PostgreSQL cannot reach {dataRoot}: a parent folder is closed to it " +
                "(/root is mode 700). Set Postgres:DataDirectory to a folder outside /root, e.g. /var/lib/plannior/postgres.");
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static string ReadOrCreatePassword(string dataRoot, OsAccount? runAs)
    {
        var passwordFile = LocalPostgresServer.PasswordFileIn(dataRoot);
        if (!File.Exists(passwordFile))
        {
            // Letters and digits only: the password goes into a key=value connection string unquoted.
            var password = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
            using (var stream = new FileStream(passwordFile, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            }))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(password);
            }

            if (runAs is not null)
            {
                // initdb reads it as the postgres account.
                runAs.Own(passwordFile);
            }
        }

        return File.ReadAllText(passwordFile).Trim() is { Length: > 0 } stored
            ? stored
            : throw new PostgresSetupException($"The PostgreSQL password file {passwordFile} is empty: delete {dataRoot} to start afresh.");
    }

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

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
