using System.Globalization;

namespace Plannior.LocalPostgres;

/// <summary>The OS account PostgreSQL runs as when started by root (initdb and postgres refuse root).</summary>
public sealed record OsAccount(string Name, int UserId, int GroupId, string SetPriv)
{
    /// <summary>The account to run PostgreSQL as: <paramref name="osUser"/> when this process is root, else none (itself).</summary>
    /// <exception cref="PostgresSetupException">Root, but setpriv or the account is missing.</exception>
    public static OsAccount? ForThisProcess(string osUser) =>
        Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows() ? Resolve(osUser) : null;

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

    private static OsAccount Resolve(string osUser)
    {
        var setPriv = OsCommand.FindOnPath("setpriv") ?? throw new PostgresSetupException(
            "Plannior runs PostgreSQL as a non-root account when started as root, which needs setpriv: install util-linux.");

        var uid = OsCommand.Run("id", ["-u", osUser], TimeSpan.FromSeconds(5));
        var gid = OsCommand.Run("id", ["-g", osUser], TimeSpan.FromSeconds(5));
        if (uid is not { Succeeded: true } || gid is not { Succeeded: true })
        {
            throw new PostgresSetupException(
                $"Plannior runs PostgreSQL as the OS account '{osUser}' when started as root (postgres refuses to run as root), " +
                "and that account does not exist: install the postgresql package, which creates it, " +
                $"create it (sudo useradd --system {osUser}), or set Postgres:OsUser.");
        }

        return new OsAccount(
            osUser,
            int.Parse(uid.Output.Trim(), CultureInfo.InvariantCulture),
            int.Parse(gid.Output.Trim(), CultureInfo.InvariantCulture),
            setPriv);
    }
}
