using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Plannior.ChatApi.Data;

/// <summary>
/// How long a request waits on PostgreSQL before it is a 503 (section <c>Database</c>). The budget API.md promises
/// is 5 s: a refused connection is retried at once (a pooled connection the server dropped on a restart fails
/// that way), a timeout is not retried since it has used the budget already, and the health check gives up first.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Npgsql's <c>Timeout</c>: opening a connection, or waiting for one from a full pool.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:15")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>One command, for a server that accepts connections but does not answer; migrations get longer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Retries of a transient failure other than a timeout.</summary>
    [Range(0, 3)]
    public int MaxRetryCount { get; set; } = 1;

    [Range(typeof(TimeSpan), "00:00:00", "00:00:02")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The <c>database</c> health check's own limit, so <c>/health</c> answers unhealthy within 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02")]
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The connection string with its connect timeout no longer than <see cref="ConnectTimeout"/>.</summary>
    public string? Bound(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return connectionString;
        }
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // The start's validation names the unparsable setting; registration must not die on it first.
            return connectionString;
        }
        var limit = (int)Math.Ceiling(ConnectTimeout.TotalSeconds);
        // Timeout=0 means no limit at all.
        builder.Timeout = builder.Timeout is > 0 and var configured && configured < limit ? configured : limit;
        return builder.ConnectionString;
    }
}
