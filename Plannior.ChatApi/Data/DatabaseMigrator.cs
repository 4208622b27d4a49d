using Microsoft.EntityFrameworkCore;

namespace Plannior.ChatApi.Data;

/// <summary>
/// Applies the EF Core migrations before the server starts listening, so no request and no health probe
/// ever sees an old schema.
/// </summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseReadiness readiness, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Telemetry.ActivitySource.StartActivity("Migrate database");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanniorDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
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
