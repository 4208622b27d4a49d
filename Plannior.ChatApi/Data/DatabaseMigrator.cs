using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Plannior.ChatApi.Data;

/// <summary>
/// Applies the EF Core migrations before the server starts listening, so no request and no health probe
/// ever sees an old schema.
/// </summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseReadiness readiness, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    private const int StartupRetries = 6;
    private static readonly TimeSpan StartupMaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(5);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Telemetry.ActivitySource.StartActivity("Migrate database");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanniorDbContext>();
        // Requests get a budget of seconds; start-up may wait about a minute for a database still coming up, and a
        // migration may run longer than any request's command.
        db.Database.SetCommandTimeout(MigrationCommandTimeout);
        var strategy = new NpgsqlRetryingExecutionStrategy(db, StartupRetries, StartupMaxRetryDelay, errorCodesToAdd: null);
        await strategy.ExecuteAsync(db, static (context, token) => context.Database.MigrateAsync(token), cancellationToken);
        readiness.MarkMigrated();
        logger.LogInformation("Database schema is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Set once the schema is migrated; the database health check reports unhealthy until then.</summary>
internal sealed class DatabaseReadiness
{
    private volatile bool migrated;

    public bool IsMigrated => migrated;

    public void MarkMigrated() => migrated = true;
}
