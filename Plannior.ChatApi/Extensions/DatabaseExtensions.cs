using Microsoft.EntityFrameworkCore;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Extensions;

internal static class DatabaseExtensions
{
    public const string ConnectionName = "plannior";

    /// <summary>
    /// The DbContext on the <c>plannior</c> connection, with <see cref="DatabaseOptions"/>' bounded waits and
    /// retries in place of Aspire's default (six retries, about a minute), the migrator and the health check.
    /// </summary>
    public static IHostApplicationBuilder AddPlanniorDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Aspire configures the context while services are registered, before options can be resolved; the same
        // section is read here, and an invalid value still stops the start through the validation above.
        var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        builder.AddNpgsqlDbContext<PlanniorDbContext>(ConnectionName,
            settings =>
            {
                settings.DisableHealthChecks = true;
                settings.DisableRetry = true;
                settings.ConnectionString = database.Bound(settings.ConnectionString);
            },
            options => options
                .UseNpgsql(npgsql => npgsql
                    .ExecutionStrategy(dependencies => new BoundedRetryStrategy(dependencies, database))
                    .CommandTimeout((int)Math.Ceiling(database.CommandTimeout.TotalSeconds)))
                .UseSnakeCaseNamingConvention());
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", timeout: database.HealthCheckTimeout);
        return builder;
    }
}
