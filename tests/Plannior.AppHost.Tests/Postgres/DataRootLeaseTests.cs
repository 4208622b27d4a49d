using System.Diagnostics;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Postgres;

/// <summary>One owner per data root, decided by an OS lock that dies with its holder.</summary>
public sealed class DataRootLeaseTests : IDisposable
{
    private static readonly DataRootOwner Dashboard15080 = DataRootOwner.ThisProcess("http://localhost:15080");

    private readonly DirectoryInfo _dataRoot = Directory.CreateTempSubdirectory("plannior-pg-lease-");

    [Fact]
    public void A_second_taker_is_refused_and_told_who_holds_the_data_root()
    {
        Assert.True(DataRootLease.TryTake(_dataRoot.FullName, Dashboard15080, out var first, out var before));
        using (first)
        {
            Assert.Null(before);

            Assert.False(DataRootLease.TryTake(_dataRoot.FullName, DataRootOwner.ThisProcess(null), out var second, out var holder));
            Assert.Null(second);
            Assert.Equal(Dashboard15080, holder);
        }
    }

    [Fact]
    public void A_released_data_root_is_taken_again_and_names_the_owner_before()
    {
        Assert.True(DataRootLease.TryTake(_dataRoot.FullName, Dashboard15080, out var first, out _));
        first.Dispose();

        Assert.True(DataRootLease.TryTake(_dataRoot.FullName, DataRootOwner.ThisProcess(null), out var second, out var before));
        using (second)
        {
            Assert.Equal(Dashboard15080, before);
            var now = DataRootLease.ReadOwner(_dataRoot.FullName);
            Assert.Equal(Environment.ProcessId, now?.ProcessId);
            Assert.Null(now?.DashboardUrl);
        }
    }

    [Fact]
    public async Task Another_process_holding_the_lock_keeps_the_data_root_until_it_exits()
    {
        // util-linux flock takes the same flock(2) lock; it holds it while cat waits for its input.
        var lockFile = Path.Combine(_dataRoot.FullName, DataRootLease.LockFileName);
        var startInfo = new ProcessStartInfo("flock", ["--exclusive", lockFile, "sh", "-c", "echo locked; cat"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using var holder = Process.Start(startInfo)!;
        Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());

        Assert.False(DataRootLease.TryTake(_dataRoot.FullName, Dashboard15080, out _, out _));

        holder.StandardInput.Close();
        await holder.WaitForExitAsync();
        Assert.True(DataRootLease.TryTake(_dataRoot.FullName, Dashboard15080, out var lease, out _));
        lease.Dispose();
    }

    [Fact]
    public void An_owner_is_running_only_while_its_pid_has_the_recorded_start_time()
    {
        using var finished = Process.Start("true")!;
        finished.WaitForExit();
        var self = DataRootOwner.ThisProcess(null);

        Assert.True(self.IsRunning());
        Assert.False((self with { StartedAtUtc = self.StartedAtUtc.AddMinutes(-5) }).IsRunning());
        Assert.False(new DataRootOwner(finished.Id, DateTime.UtcNow, null).IsRunning());
    }

    [Fact]
    public void The_message_names_the_running_AppHost_by_dashboard_and_pid()
    {
        var message = LocalPostgresSetup.InUseMessage("/data/pg", Dashboard15080);

        Assert.StartsWith($"Another Plannior AppHost (pid {Environment.ProcessId}, dashboard http://localhost:15080) is running on the PostgreSQL data in /data/pg", message);
        Assert.Contains("leaves it alone", message);
        Assert.Contains("Postgres:DataDirectory", message);
    }

    public void Dispose() => _dataRoot.Delete(recursive: true);
}
