using System.Globalization;

namespace Plannior.LocalPostgres;

/// <summary>
/// The OS account a local server runs as when started by root: PostgreSQL's initdb and postgres refuse root, and
/// Redis is given the same treatment, so neither runs with more rights than it needs.
/// </summary>
public sealed record OsAccount(string Name, int UserId, int GroupId, string SetPriv)
{
    /// <summary>The account to run the server as: <paramref name="osUser"/> when this process is root, else none (itself).</summary>
    /// <param name="kind">The server, for the message; PostgreSQL when not given.</param>
    /// <exception cref="PostgresSetupException">Root, but setpriv or the account is missing.</exception>
    public static OsAccount? ForThisProcess(string osUser, LocalServerKind? kind = null) =>
        Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows() ? Resolve(osUser, kind ?? LocalServerKind.Postgres) : null;

    /// <summary>
    /// Wraps a command so it runs as this account. setpriv execs the command in place, so the process the
    /// orchestrator signals is postgres itself; runuser would stay as a parent that SIGKILLs postgres two
    /// seconds after forwarding SIGTERM, cutting its shutdown short.
    /// </summary>
    public (string Command, string[] Arguments) Wrap(string command, IEnumerable<string> arguments) =>
        (SetPriv,
        [
            $"--reuid={UserId.ToString(CultureInfo.InvariantCulture)}",
            $"--regid={GroupId.ToString(CultureInfo.InvariantCulture)}",
            "--init-groups",
            "--",
            command,
            .. arguments,
        ]);

    /// <summary>Gives a file or folder to this account (chown uid:gid).</summary>
    public void Own(string path)
    {
        var owner = $"{UserId.ToString(CultureInfo.InvariantCulture)}:{GroupId.ToString(CultureInfo.InvariantCulture)}";
        if (OsCommand.Run("chown", [owner, path], TimeSpan.FromSeconds(10)) is not { Succeeded: true })
        {
            throw new PostgresSetupException($"Could not give {path} to the OS account '{Name}' (chown {owner} failed).");
        }
    }

    private static OsAccount Resolve(string osUser, LocalServerKind kind)
    {
        var setPriv = OsCommand.FindOnPath("setpriv") ?? throw new PostgresSetupException(
            $"Plannior runs {kind.Product} as a non-root account when started as root, which needs setpriv: install util-linux.");

        var uid = OsCommand.Run("id", ["-u", osUser], TimeSpan.FromSeconds(5));
        var gid = OsCommand.Run("id", ["-g", osUser], TimeSpan.FromSeconds(5));
        if (uid is not { Succeeded: true } || gid is not { Succeeded: true })
        {
            throw new PostgresSetupException(
                $"Plannior runs {kind.Product} as the OS account '{osUser}' when started as root" +
                (kind == LocalServerKind.Postgres ? " (postgres refuses to run as root)" : string.Empty) +
                $", and that account does not exist: install the {kind.Package} package, which creates it, " +
                $"create it (sudo useradd --system {osUser}), or set {kind.OsUserSetting}.");
        }

        return new OsAccount(
            osUser,
            int.Parse(uid.Output.Trim(), CultureInfo.InvariantCulture),
            int.Parse(gid.Output.Trim(), CultureInfo.InvariantCulture),
            setPriv);
    }
}
