using System.Globalization;
using System.Runtime.Versioning;

namespace Plannior.LocalPostgres;

/// <summary>A backup or restore failed; the message says which and why.</summary>
public sealed class PostgresBackupException(string message) : Exception(message);

/// <summary>
/// Backups of a local server's databases with its own pg_dump and pg_restore, in <c>backups/</c> beside the data
/// directory: one timestamped file per backup, the newest <see cref="PostgresBackupOptions.Retention"/> kept.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresBackups(LocalPostgresServer server, PostgresBackupOptions options)
{
    public const string FolderName = "backups";
    private const string Extension = ".dump";
    private const string TimestampFormat = "yyyyMMdd'T'HHmmssfff'Z'";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(10);

    // One dump or restore at a time: a restore must not read a file a backup is still writing or pruning.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public string Folder { get; } = Path.Combine(server.DataRoot, FolderName);

    /// <summary>The finished backups of <paramref name="database"/>, newest first.</summary>
    public IReadOnlyList<string> List(string database) =>
        !Directory.Exists(Folder)
            ? []
            : [.. Directory.EnumerateFiles(Folder, $"{database}-*{Extension}").Order(StringComparer.Ordinal).Reverse()];

    /// <summary>Dumps <paramref name="database"/> to a new file, then deletes the oldest beyond the retention count.</summary>
    /// <returns>The new backup's path.</returns>
    /// <exception cref="PostgresBackupException">pg_dump failed; no partial file is left as a backup.</exception>
    public async Task<string> BackUpAsync(string database, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            RequireTool(server.Installation.PgDump);
            CreateFolder();
            var file = Path.Combine(Folder, $"{database}-{DateTime.UtcNow.ToString(TimestampFormat, CultureInfo.InvariantCulture)}{Extension}");
            // Written under another name and renamed when complete, so a failed dump is never the "latest".
            var partial = file + ".partial";
            var result = await Task.Run(() => server.RunClientTool(server.Installation.PgDump, database,
                ["--format=custom", "--file", partial], ToolTimeout), cancellationToken);
            if (result is not { Succeeded: true })
            {
                File.Delete(partial);
                throw new PostgresBackupException($"pg_dump of '{database}' failed: {Explain(result)}");
            }

            File.Move(partial, file);
            foreach (var old in List(database).Skip(options.Retention))
            {
                File.Delete(old);
            }

            return file;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Replaces everything in <paramref name="database"/> with its newest backup, in one transaction: a restore
    /// that fails leaves the database as it was.
    /// </summary>
    /// <returns>The backup restored.</returns>
    /// <exception cref="PostgresBackupException">There is no backup, or pg_restore failed.</exception>
    public async Task<string> RestoreLatestAsync(string database, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            RequireTool(server.Installation.PgRestore);
            var latest = List(database).FirstOrDefault() ?? throw new PostgresBackupException(
                $"There is no backup of '{database}' in {Folder} to restore: back it up first.");
            var result = await Task.Run(() => server.RunClientTool(server.Installation.PgRestore, database,
                ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner", latest], ToolTimeout), cancellationToken);
            return result is { Succeeded: true }
                ? latest
                : throw new PostgresBackupException($"pg_restore of {Path.GetFileName(latest)} into '{database}' failed, nothing was changed: {Explain(result)}");
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void CreateFolder()
    {
        if (Directory.Exists(Folder))
        {
            return;
        }

        Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // pg_dump runs as the server's account and writes here.
        server.RunAs?.Own(Folder);
    }

    private static void RequireTool(string tool)
    {
        if (!OsCommand.IsExecutableFile(tool))
        {
            throw new PostgresBackupException(
                $"Backups need {Path.GetFileName(tool)} beside the server binaries, and {tool} is missing: " +
                "install the PostgreSQL client package of the same version (Debian/Ubuntu: postgresql-client).");
        }
    }

    private static string Explain(OsCommandResult? result) =>
        result is null
            ? "the tool could not be started"
            : $"exit code {result.ExitCode.ToString(CultureInfo.InvariantCulture)}{Environment.NewLine}{result.Tail()}";
}
