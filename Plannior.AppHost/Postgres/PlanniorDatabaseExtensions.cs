using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

internal static class PlanniorDatabaseExtensions
{
    // A daemon that answers does so in well under a second; one that hangs must not hold up the AppHost.
    private static readonly TimeSpan RuntimeCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Adds the Postgres server ("postgres") and the Plannior database ("plannior"): the Aspire container when a
    /// container runtime is healthy (always in publish mode), otherwise the machine's own PostgreSQL binaries, whose
    /// resource offers backup and restore commands on the dashboard.
    /// </summary>
    /// <param name="problem">When it returns false: one message saying what to install or change.</param>
    public static bool TryAddPlanniorDatabase(
        this IDistributedApplicationBuilder builder,
        [NotNullWhen(true)] out IResourceBuilder<IResourceWithConnectionString>? database,
        [NotNullWhen(false)] out string? problem)
    {
        database = null;
        problem = null;

        if (builder.ExecutionContext.IsPublishMode)
        {
            // The volume keeps the data across container restarts and redeploys.
            database = builder.AddPostgres("postgres").WithDataVolume().AddDatabase("plannior");
            return true;
        }

        var section = builder.Configuration.GetSection("Postgres");
        if (!PostgresHosting.TryParseMode(section["Mode"], out var mode))
        {
            problem = $"Postgres:Mode must be auto, container or local (it is '{section["Mode"]}').";
            return false;
        }

        if (!PostgresBackupOptions.TryParse(section["Backups:Retention"], out var backupOptions, out problem))
        {
            return false;
        }

        var runtime = ContainerRuntime.Name(builder.Configuration);
        var runtimeHealthy = mode != PostgresMode.Local && ContainerRuntime.IsHealthy(runtime, RuntimeCheckTimeout);
        var installations = mode == PostgresMode.Container || runtimeHealthy || OperatingSystem.IsWindows()
            ? []
            : PostgresInstallation.DiscoverOnThisMachine();

        switch (PostgresHosting.Choose(mode, runtime, runtimeHealthy, installations.FirstOrDefault()))
        {
            case PostgresHosting.Container:
                database = builder.AddPostgres("postgres").WithDataVolume().AddDatabase("plannior");
                return true;

            case PostgresHosting.Local when !OperatingSystem.IsWindows():
                try
                {
                    var osUser = section["OsUser"] is { Length: > 0 } configuredUser ? configuredUser : "postgres";
                    var server = LocalPostgresSetup.Prepare(installations, new LocalPostgresOptions
                    {
                        DataRoot = section["DataDirectory"],
                        OsUser = osUser,
                        Owner = DataRootOwner.ThisProcess(DashboardUrl(builder.Configuration)),
                    });
                    database = builder.AddLocalPostgres("postgres", server)
                        .WithBackupCommands(backupOptions, "plannior")
                        .AddDatabase("plannior");
                    return true;
                }
                catch (PostgresSetupException ex)
                {
                    problem = ex.Message;
                    return false;
                }

            case PostgresHosting.Unavailable unavailable:
                problem = unavailable.Message;
                return false;

            default:
                throw new UnreachableException();
        }
    }

    /// <summary>The dashboard's address (its first ASPNETCORE_URLS entry), for a second AppHost's message.</summary>
    internal static string? DashboardUrl(IConfiguration configuration) =>
        configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
