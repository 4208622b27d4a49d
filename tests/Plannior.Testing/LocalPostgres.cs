using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Plannior.AppHost.Postgres;

namespace Plannior.Testing;

/// <summary>
/// A throwaway PostgreSQL server started from the machine's own binaries, one per test process, with a fresh
/// database per test class. Real SQL, no container runtime needed.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string FolderPrefix = "plannior-tests-pg-";
    private const string OwnerFile = "owner.pid";

    private static readonly Lazy<Task<LocalPostgres>> SharedServer = new(StartAsync);

    private readonly string root;
    private readonly string binDirectory;
    private Process? process;

    private LocalPostgres(string root, string binDirectory, int port)
    {
        this.root = root;
        this.binDirectory = binDirectory;
        Port = port;
    }

    private string DataDirectory => Path.Combine(root, "data");

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    /// <summary>The server shared by every test in this process; stopped when the process exits.</summary>
    public static Task<LocalPostgres> GetSharedAsync() => SharedServer.Value;

    /// <summary>
    /// A server of the caller's own, which it may stop and start again to play an outage without touching the
    /// shared one; dispose it when done.
    /// </summary>
    public static Task<LocalPostgres> StartDedicatedAsync() => StartAsync();

    /// <summary>Stops the server (fast shutdown: sessions are cut), keeping its data and port for <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        await OsUser.RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w"]);
        await process!.WaitForExitAsync();
    }

    /// <summary>Starts a stopped server again on the same port, over the same data.</summary>
    public Task StartAgainAsync() => LaunchAsync();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<LocalPostgres> StartAsync()
    {
        var binDirectory = PostgresInstallation.Pick(PostgresInstallation.DiscoverOnThisMachine(), dataDirectoryVersion: null)?.BinDirectory
            ?? throw new InvalidOperationException(
                "The integration tests need the PostgreSQL server binaries (Debian: apt-get install postgresql).");
        await SweepAbandonedServersAsync(binDirectory);
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var postgres = new LocalPostgres(root, binDirectory, FreePort());
        OsUser.PrepareDirectory(root);

        await OsUser.RunAsync(Path.Combine(binDirectory, "initdb"),
            ["-D", postgres.DataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);

        AppDomain.CurrentDomain.ProcessExit += (_, _) => postgres.Stop();
        await postgres.LaunchAsync();
        return postgres;
    }

    private async Task LaunchAsync()
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process?.Dispose();
        process = OsUser.Start(Path.Combine(binDirectory, "postgres"),
        [
            "-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            // Durability is pointless for a throwaway test server; speed is not.
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=200",
        ], line =>
        {
            if (line.Contains("database system is ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        });
        await WaitUntilReadyAsync(process, ready.Task);
    }

    /// <summary>
    /// A test host killed before its exit handlers run leaves its server behind; the next run stops those whose
    /// owning process is gone, so servers and temp folders never pile up.
    /// </summary>
    private static async Task SweepAbandonedServersAsync(string binDirectory)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), $"{FolderPrefix}*"))
        {
            var ownerPath = Path.Combine(folder, OwnerFile);
            if (!File.Exists(ownerPath)
                || !int.TryParse(await File.ReadAllTextAsync(ownerPath), out var owner)
                || IsAlive(owner))
            {
                continue;
            }
            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    await OsUser.RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["stop", "-D", Path.Combine(folder, "data"), "-m", "immediate"]);
                }
            }
            catch (InvalidOperationException)
            {
                // Already stopped: only the folder is left.
            }
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run may be sweeping the same folder.
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Waits for the server's own "ready to accept connections" line, or fails when it exits first.</summary>
    private static async Task WaitUntilReadyAsync(Process process, Task ready)
    {
        var exited = process.WaitForExitAsync();
        var finished = await Task.WhenAny(ready, exited).WaitAsync(TimeSpan.FromSeconds(60));
        if (finished == exited)
        {
            throw new InvalidOperationException($"postgres exited with code {process.ExitCode} during start-up.");
        }
    }

    private void Stop()
    {
        try
        {
            if (process is { HasExited: false })
            {
                OsUser.RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate"])
                    .Wait(TimeSpan.FromSeconds(20));
            }
            Directory.Delete(root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or AggregateException)
        {
            // Best effort at process exit: a leftover temp folder is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
