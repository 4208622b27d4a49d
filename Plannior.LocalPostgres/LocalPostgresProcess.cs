using System.Diagnostics;

namespace Plannior.LocalPostgres;

/// <summary>
/// A postgres server this process started itself (test servers; the AppHost leaves that to the orchestrator),
/// ready once it printed that it accepts connections.
/// </summary>
public sealed class LocalPostgresProcess : IDisposable
{
    private const string ReadyLine = "database system is ready to accept connections";

    private readonly Process _process;

    private LocalPostgresProcess(LocalPostgresServer server, Process process)
    {
        Server = server;
        _process = process;
    }

    public LocalPostgresServer Server { get; }

    /// <summary>The postmaster's pid: setpriv execs postgres in place, so it is the process started.</summary>
    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end, whoever stops it; false when it still runs after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    /// <summary>Starts the server and waits for its ready line; fails when it exits first or takes longer than <paramref name="timeout"/>.</summary>
    /// <param name="settings">Extra <c>name=value</c> server settings.</param>
    /// <exception cref="PostgresSetupException">postgres exited during start-up or did not get ready in time.</exception>
    public static async Task<LocalPostgresProcess> StartAsync(LocalPostgresServer server, IEnumerable<string> settings, TimeSpan timeout) =>
        new(server, await ReadyProcess.StartAsync("postgres", server.ServerCommand(settings), server.DataRoot, ReadyLine, timeout));

    /// <summary>Stops the server and waits for the process to end.</summary>
    /// <param name="immediate">Skip the fast shutdown's checkpoint: for throwaway data only.</param>
    public ServerStop Stop(TimeSpan timeout, bool immediate = false)
    {
        var outcome = Server.StopPostmaster(timeout, immediate);
        if (outcome != ServerStop.StillRunning && !_process.WaitForExit(timeout))
        {
            return ServerStop.StillRunning;
        }

        return outcome;
    }

    /// <summary>Stops the server if it still runs, then releases its data root.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Stop(TimeSpan.FromSeconds(15));
        }

        _process.Dispose();
        Server.Dispose();
    }
}
