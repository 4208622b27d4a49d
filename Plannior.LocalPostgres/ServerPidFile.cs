using System.Diagnostics;
using System.Globalization;

namespace Plannior.LocalPostgres;

/// <summary>
/// Reads the pid file a local server keeps in its working directory (postgres's <c>postmaster.pid</c>, Redis's
/// <c>redis.pid</c>) to tell whether a server left by an earlier run still runs on this data.
/// </summary>
public static class ServerPidFile
{
    public enum State
    {
        NoLock,
        Dead,
        Running,
        PidReused,
        Unknown,
    }

    /// <param name="pidFile">The pid file, in the server's working directory; its first line is the pid.</param>
    /// <param name="processName">The server's process name (postgres, redis-server).</param>
    public static State Inspect(string pidFile, string processName)
    {
        string lockContent;
        try
        {
            lockContent = File.ReadAllText(pidFile);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return State.NoLock;
        }

        if (!int.TryParse(lockContent.Split('\n', 2)[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return State.Unknown;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return State.Dead;
            }

            if (process.ProcessName != processName && Comm(pid) != processName)
            {
                return State.PidReused;
            }
        }
        catch (ArgumentException)
        {
            return State.Dead;
        }

        if (!OperatingSystem.IsLinux())
        {
            return State.Running;
        }

        // A server works in its data directory: seeing this very pid file through its working directory proves it
        // is ours, and not another server's process that got the same pid.
        try
        {
            return File.ReadAllText($"/proc/{pid}/cwd/{Path.GetFileName(pidFile)}") == lockContent ? State.Running : State.PidReused;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return State.PidReused;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return State.Unknown;
        }
    }

    /// <summary>The pid recorded in the file, when it names a running server of ours.</summary>
    public static int? RunningPid(string pidFile, string processName)
    {
        try
        {
            return Inspect(pidFile, processName) == State.Running &&
                   int.TryParse(File.ReadAllText(pidFile).Split('\n', 2)[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? pid
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed by the server as it exited, between the two reads.
            return null;
        }
    }

    /// <summary>
    /// The kernel's name for the process. redis-server rewrites its command line ("redis-server 127.0.0.1:6379"),
    /// which is what .NET names a process by, but not this.
    /// </summary>
    private static string? Comm(int pid)
    {
        try
        {
            return OperatingSystem.IsLinux() ? File.ReadAllText($"/proc/{pid}/comm").Trim() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
