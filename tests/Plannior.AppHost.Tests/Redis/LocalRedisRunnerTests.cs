using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using Plannior.LocalPostgres;
using StackExchange.Redis;

namespace Plannior.AppHost.Tests.Redis;

/// <summary>The machine's redis-server run through the one local-server runner, with a data root of its own.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class LocalRedisRunnerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Not pre-created: Prepare makes it private to the redis account, and /tmp lets that account reach it.
    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), $"plannior-redis-runner-{Guid.NewGuid():N}");
    private readonly List<Process> _started = [];

    [Fact]
    public async Task A_prepared_server_answers_only_with_its_password_on_loopback_and_keeps_its_data_across_restarts()
    {
        using (var server = Prepare())
        {
            await StartAsync(server);
            await using (var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
            {
                await redis.GetDatabase().StringSetAsync("kept", "yes");
            }

            var withoutPassword = $"{LocalRedisServer.Host}:{server.Port.ToString(CultureInfo.InvariantCulture)},abortConnect=false,connectTimeout=2000";
            await using (var anonymous = await ConnectionMultiplexer.ConnectAsync(withoutPassword))
            {
                await Assert.ThrowsAnyAsync<RedisException>(() => anonymous.GetDatabase().StringGetAsync("kept"));
            }

            Assert.Equal(ServerStop.Stopped, server.Stop(Timeout));
        }

        using var again = Prepare();
        await StartAsync(again);
        await using var reconnected = await ConnectionMultiplexer.ConnectAsync(again.ConnectionString);
        Assert.Equal("yes", (string?)await reconnected.GetDatabase().StringGetAsync("kept"));
    }

    [Fact]
    public async Task The_server_never_runs_as_root()
    {
        using var server = Prepare();
        var process = await StartAsync(server);

        var expected = Environment.IsPrivilegedProcess
            ? OsCommand.Run("id", ["-u", "redis"], Timeout)!.Output.Trim()
            : OsCommand.Run("id", ["-u"], Timeout)!.Output.Trim();
        Assert.Equal(expected, OsCommand.Run("ps", ["-o", "ruid=", "-p", process.Id.ToString(CultureInfo.InvariantCulture)], Timeout)!.Output.Trim());
        Assert.NotEqual("0", expected);
    }

    [Fact]
    public async Task A_second_owner_is_refused_naming_the_first_and_a_server_left_by_a_dead_owner_is_stopped()
    {
        var abandoned = Prepare(DataRootOwner.ThisProcess("http://localhost:15080"));
        var left = await StartAsync(abandoned);

        var refused = Assert.Throws<PostgresSetupException>(() => Prepare());
        Assert.Contains("Redis data", refused.Message);
        Assert.Contains("dashboard http://localhost:15080", refused.Message);
        Assert.Contains("Redis:DataDirectory", refused.Message);

        // The owner goes away without stopping its server, as a killed AppHost would.
        abandoned.Dispose();
        using var next = Prepare();

        Assert.True(left.WaitForExit(Timeout), "the server left behind was stopped");
        await StartAsync(next);
    }

    public void Dispose()
    {
        foreach (var process in _started.Where(process => !process.HasExited))
        {
            process.Kill();
            process.WaitForExit(Timeout);
        }

        if (Directory.Exists(_dataRoot))
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
    }

    private LocalRedisServer Prepare(DataRootOwner? owner = null) =>
        LocalRedisSetup.Prepare(RedisInstallation.DiscoverOnThisMachine()!, new LocalRedisOptions { DataRoot = _dataRoot, Owner = owner });

    private async Task<Process> StartAsync(LocalRedisServer server)
    {
        var process = await ReadyProcess.StartAsync("redis-server", server.ServerCommand(), server.DataRoot, LocalRedisServer.ReadyLine, Timeout);
        _started.Add(process);
        return process;
    }
}
