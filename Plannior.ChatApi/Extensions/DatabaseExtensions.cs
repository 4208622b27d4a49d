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
        builder.AddDatabaseConnection(ConnectionName);
        builder.AddPlanniorOptions<DatabaseOptions>(DatabaseOptions.SectionName);
        // Aspire configures the context while services are registered, before options can be resolved; the same
        // section is read here, and an invalid value still stops the start through the validation above.
        var database = ReadEarly(builder.Configuration);

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

    /// <summary>
    /// <c>ConnectionStrings:plannior</c> required and parsable at start, so a missing one names the setting instead of
    /// failing the first query.
    /// </summary>
    private static void AddDatabaseConnection(this IHostApplicationBuilder builder, string name)
    {
        var key = $"ConnectionStrings:{name}";
        builder.DescribeSetting(key);
        builder.Services.GetSettingsCatalog().AddCheck<DatabaseConnection>();
        builder.Services.AddOptions<DatabaseConnection>()
            .Configure<IConfiguration>((connection, configuration) => connection.ConnectionString = configuration.GetConnectionString(name))
            .Validate(connection => !string.IsNullOrWhiteSpace(connection.ConnectionString),
                $"{key} is not set: give the PostgreSQL connection string (Aspire passes it as ConnectionStrings__{name}).")
            .Validate(connection => string.IsNullOrWhiteSpace(connection.ConnectionString) || DatabaseConnection.Parses(connection.ConnectionString),
                $"{key} is not a valid PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...).")
            .ValidateOnStart();
    }

    // A value the binder cannot convert is reported by the options validation; here it must not stop registration.
    private static DatabaseOptions ReadEarly(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException)
        {
            return new DatabaseOptions();
        }
    }
}

/// <summary>The <c>plannior</c> connection string, validated at start.</summary>
internal sealed class DatabaseConnection
{
    public string? ConnectionString { get; set; }

    public static bool Parses(string connectionString)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
