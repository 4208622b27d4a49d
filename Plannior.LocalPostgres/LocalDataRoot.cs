using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace Plannior.LocalPostgres;

/// <summary>
/// A kind of local server, for its messages: its name, its data folder's name, the settings that move its data
/// and name its OS account, and the Debian package that installs it.
/// </summary>
public sealed record LocalServerKind(string Product, string Folder, string SettingsSection, string Package)
{
    public static LocalServerKind Postgres { get; } = new("PostgreSQL", "postgres", "Postgres", "postgresql");

    public static LocalServerKind Redis { get; } = new("Redis", "redis", "Redis", "redis-server");

    public string DataDirectorySetting => $"{SettingsSection}:DataDirectory";

    public string OsUserSetting => $"{SettingsSection}:OsUser";
}

/// <summary>
/// The steps every local server (PostgreSQL, Redis) takes on its data root before it runs: create it private to
/// the account that runs the server, take its <see cref="DataRootLease"/>, keep its secret, pick a port.
/// </summary>
public static class LocalDataRoot
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// The per-user data folder of a kind of server. root's home is mode 700, where the server's account cannot
    /// reach, so root's data lives under /var/lib instead.
    /// </summary>
    public static string DefaultFor(LocalServerKind kind, bool runningAsRoot) =>
        runningAsRoot
            ? $"/var/lib/plannior/{kind.Folder}"
            : Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
                "plannior",
                kind.Folder);

    /// <summary>Creates the data root (mode 700) and gives it to <paramref name="runAs"/>, which must be able to reach it.</summary>
    /// <exception cref="PostgresSetupException">The account cannot reach the folder.</exception>
    [UnsupportedOSPlatform("windows")]
    public static void Create(string dataRoot, OsAccount? runAs, LocalServerKind kind)
    {
        // Parents keep the default mode so the server's account can traverse them; only the data root is private.
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
                $"The OS account '{runAs.Name}' that runs {kind.Product} cannot reach {dataRoot}: a parent folder is closed to it " +
                $"(/root is mode 700). Set {kind.DataDirectorySetting} to a folder outside /root, e.g. {DefaultFor(kind, runningAsRoot: true)}.");
        }
    }

    /// <summary>Takes the data root for <paramref name="owner"/>, or says who has it.</summary>
    /// <exception cref="PostgresSetupException">A live process holds it.</exception>
    public static DataRootLease Take(string dataRoot, DataRootOwner owner, LocalServerKind kind) =>
        DataRootLease.TryTake(dataRoot, owner, out var lease, out var holder)
            ? lease
            : throw new PostgresSetupException(InUseMessage(dataRoot, holder, kind));

    /// <summary>The one message a second AppHost gives: who has the data, and what to do instead.</summary>
    public static string InUseMessage(string dataRoot, DataRootOwner? holder, LocalServerKind kind) =>
        (holder is not null && holder.IsRunning()
            ? $"Another Plannior AppHost ({holder.Describe()}) is running on the {kind.Product} data in {dataRoot}"
            : $"Another Plannior AppHost is starting on the {kind.Product} data in {dataRoot}") +
        $", so this one leaves it alone and exits. Use that one, stop it first, or set {kind.DataDirectorySetting} to another folder.";

    /// <summary>
    /// The secret kept in <paramref name="file"/> (mode 600, given to <paramref name="runAs"/>), created on first use:
    /// letters and digits only, so it goes unquoted into a connection string.
    /// </summary>
    /// <exception cref="PostgresSetupException">The file exists but is empty.</exception>
    [UnsupportedOSPlatform("windows")]
    public static string ReadOrCreateSecret(string file, OsAccount? runAs, string dataRoot, LocalServerKind kind)
    {
        if (!File.Exists(file))
        {
            var secret = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
            using (var stream = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            }))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(secret);
            }

            // The server reads it as its own account.
            runAs?.Own(file);
        }

        return File.ReadAllText(file).Trim() is { Length: > 0 } stored
            ? stored
            : throw new PostgresSetupException($"The {kind.Product} password file {file} is empty: delete {dataRoot} to start afresh.");
    }

    /// <summary>A TCP port on loopback that nothing listens on right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
