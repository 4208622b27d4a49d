using System.Runtime.Versioning;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

[UnsupportedOSPlatform("windows")]
internal static class PostgresBackupCommands
{
    /// <summary>
    /// Adds the dashboard commands <i>Back up now</i> and <i>Restore latest backup</i> for <paramref name="database"/>,
    /// enabled while the server is healthy.
    /// </summary>
    public static IResourceBuilder<LocalPostgresServerResource> WithBackupCommands(
        this IResourceBuilder<LocalPostgresServerResource> builder, PostgresBackupOptions options, string database)
    {
        var backups = new PostgresBackups(builder.Resource.Server, options);

        return builder
            .WithCommand("back-up", "Back up now",
                context => RunAsync(context, async token =>
                    $"Backed up '{database}' to {await backups.BackUpAsync(database, token)} (keeping the newest {options.Retention})."),
                new CommandOptions
                {
                    Description = $"pg_dump '{database}' into {backups.Folder}",
                    IconName = "Save",
                    UpdateState = EnabledWhileHealthy,
                })
            .WithCommand("restore-latest", "Restore latest backup",
                context => RunAsync(context, async token =>
                    $"Restored '{database}' from {await backups.RestoreLatestAsync(database, token)}."),
                new CommandOptions
                {
                    Description = $"pg_restore the newest backup in {backups.Folder} over '{database}'",
                    ConfirmationMessage = $"Replace everything in '{database}' with its latest backup? Changes made since then are lost.",
                    IconName = "ArrowCounterclockwise",
                    UpdateState = EnabledWhileHealthy,
                });
    }

    private static async Task<ExecuteCommandResult> RunAsync(ExecuteCommandContext context, Func<CancellationToken, Task<string>> run)
    {
        try
        {
            var message = await run(context.CancellationToken);
            context.Logger.LogInformation("{Outcome}", message);
            return CommandResults.Success(message);
        }
        catch (PostgresBackupException ex)
        {
            context.Logger.LogError("{Failure}", ex.Message);
            return CommandResults.Failure(ex.Message);
        }
    }

    private static ResourceCommandState EnabledWhileHealthy(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.HealthStatus is HealthStatus.Healthy ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;
}
