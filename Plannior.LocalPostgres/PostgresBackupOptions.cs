using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Plannior.LocalPostgres;

/// <summary>The <c>Postgres:Backups</c> settings.</summary>
public sealed record PostgresBackupOptions(int Retention)
{
    public const int DefaultRetention = 7;
    public const int MaxRetention = 100;

    public static PostgresBackupOptions Default { get; } = new(DefaultRetention);

    /// <summary>Reads <c>Postgres:Backups:Retention</c>: how many backups of a database to keep; unset means 7.</summary>
    public static bool TryParse(string? retention, [NotNullWhen(true)] out PostgresBackupOptions? options, [NotNullWhen(false)] out string? problem)
    {
        options = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(retention))
        {
            options = Default;
            return true;
        }

        if (int.TryParse(retention.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxRetention)
        {
            options = new PostgresBackupOptions(count);
            return true;
        }

        problem = $"Postgres:Backups:Retention must be a whole number from 1 to {MaxRetention} (it is '{retention}').";
        return false;
    }
}
