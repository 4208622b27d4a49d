using System.Collections.Concurrent;
using System.Diagnostics;

namespace Plannior.LocalPostgres;

/// <summary>
/// Starts a local server process this process runs itself (test servers; the AppHost leaves that to the
/// orchestrator) and waits for the line it prints once it accepts connections.
/// </summary>
public static class ReadyProcess
{
    private const int LinesKept = 20;

    /// <exception cref="PostgresSetupException">The process exited during start-up or did not get ready in time.</exception>
    public static async Task<Process> StartAsync(
        string name, (string Command, string[] Arguments) server, string workingDirectory, string readyLine, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(server.Command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in server.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tail = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = startInfo };
        // Reading both pipes also keeps a chatty server from blocking on a full buffer.
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        try
        {
            if (await Task.WhenAny(ready.Task, exited).WaitAsync(timeout) == exited)
            {
                throw new PostgresSetupException(
                    $"{name} exited with code {process.ExitCode} during start-up:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}");
            }
        }
        catch (TimeoutException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            throw new PostgresSetupException(
                $"{name} did not accept connections within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}");
        }

        return process;

        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            tail.Enqueue(line);
            while (tail.Count > LinesKept)
            {
                tail.TryDequeue(out _);
            }

            if (line.Contains(readyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
    }
}
