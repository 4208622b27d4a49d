namespace Plannior.LocalPostgres;

/// <summary>What <see cref="LocalPostgresSetup.Prepare"/> needs to know beyond the binaries.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>The folder holding <c>pgdata/</c> and the password; empty means the per-user default.</summary>
    public string? DataRoot { get; init; }

    /// <summary>The OS account PostgreSQL runs as when this process is root.</summary>
    public string OsUser { get; init; } = "postgres";

    /// <summary>Who takes the data root (see <see cref="DataRootLease"/>); null means this process, without a dashboard.</summary>
    public DataRootOwner? Owner { get; init; }

    /// <summary>A server for tests: initdb skips fsync, since its data is deleted anyway.</summary>
    public bool Throwaway { get; init; }
}
