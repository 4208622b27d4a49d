namespace Plannior.LocalPostgres;

/// <summary>The machine's own <c>redis-server</c> binary.</summary>
public sealed record RedisInstallation(string RedisServer)
{
    public const string BinaryName = "redis-server";

    /// <summary>Where packages put it when PATH does not name the folder: Debian/Ubuntu, RHEL, Homebrew, /usr/local.</summary>
    public static readonly string[] DefaultDirectories = ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/opt/homebrew/bin"];

    /// <summary>Finds redis-server on PATH, else in the <see cref="DefaultDirectories"/>; null when there is none.</summary>
    public static RedisInstallation? DiscoverOnThisMachine() =>
        Discover(
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries),
            DefaultDirectories,
            AnswersVersion);

    /// <summary>The first folder, PATH's before the default ones, holding an executable redis-server that says it is one.</summary>
    /// <param name="isRedisServer">Asks a binary whether it is redis-server (its <c>--version</c>).</param>
    public static RedisInstallation? Discover(
        IEnumerable<string> candidateDirectories, IEnumerable<string> defaultDirectories, Func<string, bool> isRedisServer) =>
        candidateDirectories.Concat(defaultDirectories)
            .Select(directory => Path.Combine(Path.GetFullPath(directory), BinaryName))
            .Distinct(StringComparer.Ordinal)
            .Where(OsCommand.IsExecutableFile)
            .Where(isRedisServer)
            .Select(binary => new RedisInstallation(binary))
            .FirstOrDefault();

    /// <summary>"Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=...".</summary>
    public static bool IsRedisVersionLine(string output) => output.Contains("Redis server v=", StringComparison.Ordinal);

    /// <summary>Runs <c>binary --version</c>: a redis-server answers with its version line.</summary>
    public static bool AnswersVersion(string binary) =>
        OsCommand.Run(binary, ["--version"], TimeSpan.FromSeconds(5)) is { Succeeded: true } result && IsRedisVersionLine(result.Output);
}
