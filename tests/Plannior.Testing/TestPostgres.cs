using Plannior.LocalPostgres;

namespace Plannior.Testing;

/// <summary>
/// A throwaway PostgreSQL server started from the machine's own binaries, one per test process, with a fresh
/// database per test class. Real SQL, no container runtime needed.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private const string FolderPrefix = "plannior-tests-pg-";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    // Durability is pointless for a throwaway test server; speed is not.
    private static readonly string[] ServerSettings =
        ["fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"];

    private static readonly Lazy<Task<TestPostgres>> SharedServer = new(StartAsync);

    private LocalPostgresProcess _server;
    private int _stopped;

    private TestPostgres(LocalPostgresProcess server) => _server = server;

    public int Port => _server.Server.Port;

    public string ConnectionString(string database) => _server.Server.ConnectionString(database) + ";Timeout=15";

    /// <summary>The server shared by every test in this process; stopped when the process exits.</summary>
    public static Task<TestPostgres> GetSharedAsync() => SharedServer.Value;

    /// <summary>
    /// A server of the caller's own, which it may stop and start again to play an outage without touching the
    /// shared one; dispose it when done.
    /// </summary>
    public static Task<TestPostgres> StartDedicatedAsync() => StartAsync();

    /// <summary>Stops the server (fast shutdown: sessions are cut), keeping its data and port for <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync() => Task.Run(() =>
    {
        if (_server.Stop(StopTimeout) == ServerStop.StillRunning)
        {
            throw new InvalidOperationException("The test PostgreSQL server did not stop.");
        }
    });

    /// <summary>Starts a stopped server again on the same port, over the same data.</summary>
    public async Task StartAgainAsync() =>
        _server = await LocalPostgresProcess.StartAsync(_server.Server, ServerSettings, TimeSpan.FromSeconds(60));

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await _server.Server.CreateDatabaseIfMissingAsync(name);
        return ConnectionString(name);
    }

    private static async Task<TestPostgres> StartAsync()
    {
        var installations = PostgresInstallation.DiscoverOnThisMachine();
        if (installations.Count == 0)
        {
            throw new InvalidOperationException(
                "The integration tests need the PostgreSQL server binaries (Debian: apt-get install postgresql).");
        }

        SweepAbandonedServers(installations);
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Guid.NewGuid():N}");
        var server = await Task.Run(() => Prepare(installations, root));

        var postgres = new TestPostgres(await LocalPostgresProcess.StartAsync(server, ServerSettings, TimeSpan.FromSeconds(60)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => postgres.Stop();
        return postgres;
    }

    private static LocalPostgresServer Prepare(IReadOnlyList<PostgresInstallation> installations, string root)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The test PostgreSQL server runs on Linux and macOS.");
        }

        return LocalPostgresSetup.Prepare(installations, new LocalPostgresOptions { DataRoot = root, Throwaway = true });
    }

    /// <summary>
    /// A test host killed before its exit handlers run leaves its server behind; the next run stops those whose
    /// owner is gone (the lease on their data root is free), so servers and temp folders never pile up.
    /// </summary>
    private static void SweepAbandonedServers(IReadOnlyList<PostgresInstallation> installations)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), $"{FolderPrefix}*"))
        {
            // No owner record yet: a run is still creating it, and may not have locked it.
            if (!File.Exists(Path.Combine(folder, DataRootLease.OwnerFileName))
                || !DataRootLease.TryTake(folder, DataRootOwner.ThisProcess(dashboardUrl: null), out var lease, out _))
            {
                continue;
            }

            using (lease)
            {
                var installation = PostgresInstallation.Pick(installations, LocalPostgresSetup.DataDirectoryVersion(folder)) ?? installations[0];
                using var abandoned = new LocalPostgresServer(installation, folder, password: "", port: 0, OsAccount.ForThisProcess("postgres"));
                abandoned.StopPostmaster(StopTimeout, immediate: true);
                TempFolders.DeleteQuietly(folder);
            }
        }
    }

    private void Stop()
    {
        // Once: at process exit, or when disposed before it.
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _server.Stop(StopTimeout, immediate: true);
        TempFolders.DeleteQuietly(_server.Server.DataRoot);
        _server.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
