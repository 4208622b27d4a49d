using System.Data.Common;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.Bench;

/// <summary>
/// <c>--plans</c>: each task query's SQL as <see cref="TaskService"/> sends it for the bench's user, run again under
/// <c>EXPLAIN (ANALYZE, BUFFERS)</c> with the same parameters, so PostgreSQL's share of a request (its plan, rows
/// read and time) is seen per statement instead of guessed.
/// </summary>
internal static class QueryPlans
{
    public static async Task<string> RunAsync(string connectionString, Guid userId, string[] queries)
    {
        var recorder = new CommandRecorder();
        var options = new DbContextOptionsBuilder<PlanniorDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(recorder)
            .Options;
        var text = new StringBuilder();
        await using var explain = new NpgsqlConnection(connectionString);
        await explain.OpenAsync();
        foreach (var query in queries.Where(query => !query.StartsWith('/')))
        {
            await using var db = new PlanniorDbContext(options);
            var service = new TaskService(db, TimeProvider.System, new ChangeContext(), new AuthenticatedAccount());
            var values = QueryHelpers.ParseQuery(query);
            string? Value(string name) => values.TryGetValue(name, out var value) ? value.ToString() : null;
            int? Number(string name) => Value(name) is { } number ? int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) : null;
            var filter = new TaskListQuery(Value("status"), Value("priority"), Value("tag"), Value("q"), Value("due"),
                Value("sort"), Value("order"), Number("limit"), Number("offset")).ToFilter(new ValidationErrors())!;
            recorder.Commands.Clear();
            await service.ListAsync(userId, filter, CancellationToken.None);
            foreach (var (sql, parameters) in recorder.Commands)
            {
                await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, explain);
                command.Parameters.AddRange(parameters);
                text.AppendLine($"### tasks{query}").AppendLine("```").AppendLine(sql).AppendLine();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    text.AppendLine(reader.GetString(0));
                }
                text.AppendLine("```");
            }
        }
        return text.ToString();
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<(string Sql, NpgsqlParameter[] Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(parameter => parameter.Clone())]));
            return ValueTask.FromResult(result);
        }
    }
}
