using System.Runtime.Versioning;
using Plannior.AppHost.Postgres;
using Plannior.AppHost.Redis;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Tests.Redis;

/// <summary>Finding redis-server, and choosing how Redis is provided, the way PostgreSQL's are.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class RedisDiscoveryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("plannior-redis-discovery-").FullName;

    public static TheoryData<string[]> PathOrders()
    {
        // Every order of an empty folder, a non-executable file, an impostor and the real one on PATH.
        string[] folders = ["empty", "not-executable", "impostor", "redis"];
        var orders = new TheoryData<string[]>();
        foreach (var order in Permutations(folders))
        {
            orders.Add(order);
        }
        return orders;
    }

    [Theory]
    [MemberData(nameof(PathOrders))]
    public void Only_an_executable_that_answers_as_redis_server_is_found_wherever_it_is_on_the_path(string[] order)
    {
        var path = order.Select(Folder).ToList();

        var found = RedisInstallation.Discover(path, [], RedisInstallation.AnswersVersion);

        Assert.Equal(Path.Combine(Folder("redis"), RedisInstallation.BinaryName), found?.RedisServer);
    }

    [Fact]
    public void Path_comes_before_the_package_folders_and_they_are_searched_when_path_has_none()
    {
        var second = Folder("redis-too");

        Assert.Equal(Path.Combine(Folder("redis"), "redis-server"),
            RedisInstallation.Discover([Folder("redis")], [second], RedisInstallation.AnswersVersion)?.RedisServer);
        Assert.Equal(Path.Combine(second, "redis-server"),
            RedisInstallation.Discover([Folder("empty"), Folder("impostor")], [second], RedisInstallation.AnswersVersion)?.RedisServer);
        Assert.Null(RedisInstallation.Discover([Folder("empty"), Folder("impostor")], [Folder("not-executable")], RedisInstallation.AnswersVersion));
    }

    [Fact]
    public void This_machine_has_redis_server_where_the_tests_and_ci_install_it()
    {
        var found = RedisInstallation.DiscoverOnThisMachine();

        Assert.NotNull(found);
        Assert.True(RedisInstallation.AnswersVersion(found.RedisServer));
    }

    public static TheoryData<string, bool, bool, string> Choices => new()
    {
        // mode, runtime healthy, redis-server installed, expected
        { "Auto", true, true, "container" },
        { "Auto", true, false, "container" },
        { "Auto", false, true, "local" },
        { "Auto", false, false, "unavailable" },
        { "Container", true, true, "container" },
        { "Container", false, true, "unavailable" },
        { "Local", true, true, "local" },
        { "Local", true, false, "unavailable" },
        { "Local", false, false, "unavailable" },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void Redis_is_chosen_like_postgres(string mode, bool runtimeHealthy, bool installed, string expected)
    {
        var installation = installed ? new RedisInstallation("/usr/bin/redis-server") : null;

        var hosting = RedisHosting.Choose(Enum.Parse<PostgresMode>(mode), "docker", runtimeHealthy, installation, replicas: 2);

        Assert.Equal(expected, hosting switch
        {
            RedisHosting.Container => "container",
            RedisHosting.Local local => local.Installation == installation ? "local" : "wrong installation",
            RedisHosting.Unavailable => "unavailable",
            _ => "unknown",
        });
    }

    [Fact]
    public void With_neither_one_message_says_why_redis_is_needed_and_both_ways_to_get_it()
    {
        var hosting = RedisHosting.Choose(PostgresMode.Auto, "docker", runtimeHealthy: false, installation: null, replicas: 3);

        var message = Assert.IsType<RedisHosting.Unavailable>(hosting).Message;
        Assert.Contains("3 replicas", message);
        Assert.Contains("Docker or Podman", message);
        Assert.Contains("sudo apt-get install redis-server", message);
        Assert.Contains("Plannior:Replicas=1", message);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("1", 1)]
    [InlineData(" 2 ", 2)]
    [InlineData("20", 20)]
    public void Replicas_read_as_a_whole_number_default_one(string? value, int expected)
    {
        Assert.True(SharedStateExtensions.TryReadReplicas(value, out var replicas, out _));
        Assert.Equal(expected, replicas);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("21")]
    [InlineData("two")]
    [InlineData("1.5")]
    public void Replicas_out_of_range_are_refused_naming_the_setting(string value)
    {
        Assert.False(SharedStateExtensions.TryReadReplicas(value, out _, out var problem));
        Assert.Contains("Plannior:Replicas", problem);
        Assert.Contains($"'{value}'", problem);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The folder named, made on first use with what its name says it holds.</summary>
    private string Folder(string name)
    {
        var folder = Path.Combine(_root, name);
        if (Directory.Exists(folder))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var binary = Path.Combine(folder, RedisInstallation.BinaryName);
        switch (name)
        {
            case "redis" or "redis-too":
                Script(binary, "echo 'Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=1'");
                break;
            case "impostor":
                Script(binary, "echo 'something else entirely'");
                break;
            case "not-executable":
                File.WriteAllText(binary, "#!/bin/sh\necho 'Redis server v=7.0.15'\n");
                break;
        }

        return folder;
    }

    private static void Script(string path, string body)
    {
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static IEnumerable<string[]> Permutations(string[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, index) =>
                Permutations([.. items.Take(index), .. items.Skip(index + 1)]).Select(rest => (string[])[item, .. rest]));
}
