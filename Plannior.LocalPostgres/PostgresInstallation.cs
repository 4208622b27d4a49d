using System.Globalization;
using System.Text.RegularExpressions;

namespace Plannior.LocalPostgres;

/// <summary>A folder holding the PostgreSQL server binaries (postgres, initdb, pg_ctl) of one major version.</summary>
public sealed partial record PostgresInstallation(string BinDirectory, int MajorVersion)
{
    private const string VersionSlot = "{version}";

    /// <summary>Where packages put versioned installs: Debian/Ubuntu, RHEL/Fedora (PGDG), Homebrew.</summary>
    public static readonly string[] DefaultVersionedLayouts =
    [
        "/usr/lib/postgresql/{version}/bin",
        "/usr/pgsql-{version}/bin",
        "/opt/homebrew/opt/postgresql@{version}/bin",
        "/usr/local/opt/postgresql@{version}/bin",
    ];

    public string Postgres => Tool("postgres");

    public string InitDb => Tool("initdb");

    public string PgCtl => Tool("pg_ctl");

    public string PgDump => Tool("pg_dump");

    public string PgRestore => Tool("pg_restore");

    /// <summary>Finds the installations on this machine: PATH, <c>pg_config --bindir</c> and the versioned layouts.</summary>
    public static IReadOnlyList<PostgresInstallation> DiscoverOnThisMachine()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var candidates = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (PgConfigBinDirectory(path) is { } pgConfigBin)
        {
            candidates.Add(pgConfigBin);
        }

        return Discover(candidates, DefaultVersionedLayouts, ReadMajorVersion);
    }

    /// <summary>Lists the installations found, highest major version first.</summary>
    /// <param name="candidateDirectories">Folders that may hold the binaries directly (PATH entries, pg_config's bindir).</param>
    /// <param name="versionedLayouts">Paths with a <c>{version}</c> slot, such as <c>/usr/lib/postgresql/{version}/bin</c>.</param>
    /// <param name="readMajorVersion">Asks a <c>postgres</c> binary its major version (null when it cannot tell).</param>
    public static IReadOnlyList<PostgresInstallation> Discover(
        IEnumerable<string> candidateDirectories,
        IEnumerable<string> versionedLayouts,
        Func<string, int?> readMajorVersion)
    {
        var found = new List<PostgresInstallation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var directory in candidateDirectories)
        {
            Add(directory, readMajorVersion);
        }

        foreach (var layout in versionedLayouts)
        {
            var slot = layout.IndexOf(VersionSlot, StringComparison.Ordinal);
            var parent = Path.GetDirectoryName(layout[..slot] + "_")!;
            var namePrefix = Path.GetFileName(layout[..slot]);
            if (!Directory.Exists(parent))
            {
                continue;
            }

            foreach (var versionDirectory in Directory.EnumerateDirectories(parent, namePrefix + "*"))
            {
                if (int.TryParse(Path.GetFileName(versionDirectory)[namePrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
                {
                    Add(versionDirectory + layout[(slot + VersionSlot.Length)..], _ => major);
                }
            }
        }

        // OrderByDescending is stable: among equal versions PATH and pg_config come first.
        return [.. found.OrderByDescending(installation => installation.MajorVersion)];

        void Add(string directory, Func<string, int?> version)
        {
            var full = InstallationDirectory(Path.GetFullPath(directory));
            if (!seen.Add(full) || !HasServerBinaries(full))
            {
                return;
            }

            if (version(Path.Combine(full, "postgres")) is { } major)
            {
                found.Add(new PostgresInstallation(full, major));
            }
        }
    }

    /// <summary>
    /// Picks the installation to run: the one matching the version the data directory was initialised with,
    /// otherwise the highest. Null when the data directory needs a version that is not installed.
    /// </summary>
    public static PostgresInstallation? Pick(IReadOnlyList<PostgresInstallation> installations, int? dataDirectoryVersion) =>
        dataDirectoryVersion is { } version
            ? installations.FirstOrDefault(installation => installation.MajorVersion == version)
            : installations.FirstOrDefault();

    /// <summary>
    /// A folder of links to the server binaries (/usr/local/bin/postgres -> /usr/lib/postgresql/15/bin/postgres)
    /// stands for the folder they point into, which also has the client tools (pg_dump, pg_restore).
    /// </summary>
    private static string InstallationDirectory(string directory)
    {
        var postgres = Path.Combine(directory, "postgres");
        return File.Exists(postgres) &&
               File.ResolveLinkTarget(postgres, returnFinalTarget: true) is { } target &&
               Path.GetDirectoryName(target.FullName) is { } targetDirectory &&
               HasServerBinaries(targetDirectory)
            ? targetDirectory
            : directory;
    }

    public static bool HasServerBinaries(string directory) =>
        new[] { "postgres", "initdb", "pg_ctl" }.All(name => OsCommand.IsExecutableFile(Path.Combine(directory, name)));

    /// <summary>Parses <c>postgres --version</c> output such as "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".</summary>
    public static int? ParseMajorVersion(string versionOutput) =>
        VersionPattern().Match(versionOutput) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    private string Tool(string name) => Path.Combine(BinDirectory, name);

    private static int? ReadMajorVersion(string postgresBinary) =>
        OsCommand.Run(postgresBinary, ["--version"], TimeSpan.FromSeconds(5)) is { Succeeded: true } result
            ? ParseMajorVersion(result.Output)
            : null;

    private static string? PgConfigBinDirectory(string path) =>
        OsCommand.FindOnPath("pg_config", path) is { } pgConfig &&
        OsCommand.Run(pgConfig, ["--bindir"], TimeSpan.FromSeconds(5)) is { Succeeded: true } result &&
        result.Output.Trim() is { Length: > 0 } bin
            ? bin
            : null;

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();
}
