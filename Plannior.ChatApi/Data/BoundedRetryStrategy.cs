using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Plannior.ChatApi.Data;

/// <summary>
/// Npgsql's retrying strategy, except for timeouts: a connect or command timeout has spent the request's budget
/// already, and waiting it out again would only make the 503 late.
/// </summary>
internal sealed class BoundedRetryStrategy(ExecutionStrategyDependencies dependencies, DatabaseOptions options)
    : NpgsqlRetryingExecutionStrategy(dependencies, options.MaxRetryCount, options.MaxRetryDelay, errorCodesToAdd: null)
{
    protected override bool ShouldRetryOn(Exception? exception) =>
        exception is not (TimeoutException or NpgsqlException { InnerException: TimeoutException }) && base.ShouldRetryOn(exception);
}
