using System.Diagnostics;
using Plannior.LocalPostgres;

namespace Plannior.Testing;

/// <summary>
/// A throwaway Redis server started from the machine's own redis-server through the AppHost's runner, the Redis
/// counterpart of <see cref="TestPostgres"/>: real Redis, no container runtime needed.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private const string FolderPrefix = "plannior-tests-redis-";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private static readonly Lazy<Task<TestRedis>> SharedServer = new(StartAsync);

    private readonly LocalRedisServer _server;
    private Process _process;
    private int _stopped;

    private TestRedis(LocalRedisServer server, Process process)
    {
        _server = server;
        _process = process;
    }

    /// <summary>host:port,password=...: what the AppHost passes as ConnectionStrings:redis.</summary>
    public string ConnectionString => _server.ConnectionString;

    /// <summary>The server shared by every test in this process; stopped when the process exits.</summary>
    public static Task<TestRedis> GetSharedAsync() => SharedServer.Value;

    /// <summary>A server of the caller's own, which it may stop and start again to play an outage; dispose it when done.</summary>
    public static Task<TestRedis> StartDedicatedAsync() => StartAsync();

    /// <summary>Stops the server, keeping its port for <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync() => Task.Run(() =>
    {
        if (_server.Stop(StopTimeout) == ServerStop.StillRunning || !_process.WaitForExit(StopTimeout))
        {
            throw new InvalidOperationException("The test Redis server did not stop.");
        }
    });

    /// <summary>Starts a stopped server again on the same port.</summary>
    public async Task StartAgainAsync() => _process = await Start(_server);

    private static async Task<TestRedis> StartAsync()
    {
        var installation = RedisInstallation.DiscoverOnThisMachine() ?? throw new InvalidOperationException(
            "The integration tests need redis-server (Debian: apt-get install redis-server).");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The test Redis server runs on Linux and macOS.");
        }

        SweepAbandonedServers(installation);
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Guid.NewGuid():N}");
        var server = LocalRedisSetup.Prepare(installation, new LocalRedisOptions { DataRoot = root, Throwaway = true });
        var redis = new TestRedis(server, await Start(server));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => redis.Stop();
        return redis;
    }

    private static Task<Process> Start(LocalRedisServer server) =>
        ReadyProcess.StartAsync("redis-server", server.ServerCommand(), server.DataRoot, LocalRedisServer.ReadyLine, StartTimeout);

    /// <summary>Stops the servers of test runs killed before their exit handlers ran, and deletes their folders.</summary>
    private static void SweepAbandonedServers(RedisInstallation installation)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), $"{FolderPrefix}*"))
        {
            if (!File.Exists(Path.Combine(folder, DataRootLease.OwnerFileName))
                || !DataRootLease.TryTake(folder, DataRootOwner.ThisProcess(dashboardUrl: null), out var lease, out _))
            {
                continue;
            }

            using (lease)
            {
                using var abandoned = new LocalRedisServer(installation, folder, password: "", port: 0, runAs: null);
                abandoned.Stop(StopTimeout);
                TempFolders.DeleteQuietly(folder);
            }
        }
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _server.Stop(StopTimeout);
        _process.WaitForExit(StopTimeout);
        _process.Dispose();
        TempFolders.DeleteQuietly(_server.DataRoot);
        _server.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
