using System.Diagnostics;

namespace Plannior.Testing;

/// <summary>PostgreSQL refuses to run as root; as root, run it as the "postgres" OS user instead.</summary>
internal static class OsUser
{
    private const string PostgresUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    public static void PrepareDirectory(string path)
    {
        if (!IsRoot)
        {
            return;
        }
        using var chown = Process.Start("chown", ["-R", $"{PostgresUser}:{PostgresUser}", path])!;
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown {path} failed: is there a '{PostgresUser}' OS user?");
        }
    }

    /// <summary>Starts a long-running process; <paramref name="onLine"/> sees each line it writes to either stream.</summary>
    public static Process Start(string fileName, IReadOnlyList<string> arguments, Action<string> onLine)
    {
        var process = Process.Start(StartInfo(fileName, arguments))
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        // Reading both pipes also keeps a chatty server from blocking on a full buffer.
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) onLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) onLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        using var process = Process.Start(StartInfo(fileName, arguments))
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(fileName)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static ProcessStartInfo StartInfo(string fileName, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(IsRoot ? "runuser" : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            foreach (var prefix in new[] { "-u", PostgresUser, "--", fileName })
            {
                info.ArgumentList.Add(prefix);
            }
        }
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }
}
