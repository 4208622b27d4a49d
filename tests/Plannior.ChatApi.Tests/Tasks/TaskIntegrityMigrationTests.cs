using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Plannior.ChatApi.Data;
using Plannior.Testing;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// The TaskIntegrityConstraints migration, on a real database that the update_task bug had already written to:
/// it repairs the rows, then the database refuses such values for good.
/// </summary>
public sealed class TaskIntegrityMigrationTests : IAsyncLifetime
{
    private const string BeforeConstraints = "20261128220001_TaskListIndexes";
    private static readonly Guid Owner = Guid.NewGuid();

    private const string OwnerRow =
        "INSERT INTO users (id, email, normalized_email, password_hash, language_preference, time_zone) VALUES (@owner, 'owner@example.com', 'OWNER@EXAMPLE.COM', 'x', 'en', 'UTC');";

    private string connectionString = "";

    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.GetSharedAsync();
        connectionString = await postgres.CreateDatabaseAsync("migration");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Rows_the_bug_corrupted_are_repaired_and_healthy_rows_are_left_alone()
    {
        await using var db = Context();
        await db.GetService<IMigrator>().MigrateAsync(BeforeConstraints);
        await SeedAsync(
            $$"""
            {{OwnerRow}}
            INSERT INTO tasks (id, user_id, title, priority, completed, completed_at, updated_at, tags) VALUES
              (1, @owner, 'priority zero', 0, false, NULL, '2026-11-30T10:00:00Z', '{}'),
              (2, @owner, 'priority out of range', 9, false, NULL, '2026-11-30T10:00:00Z', '{}'),
              (3, @owner, 'completed without a time', 3, true, NULL, '2026-11-30T10:00:00Z', '{}'),
              (4, @owner, 'open with a completion time', 1, false, '2026-11-29T08:00:00Z', '2026-11-30T10:00:00Z', '{}'),
              (5, @owner, 'healthy', 3, true, '2026-11-28T12:00:00Z', '2026-11-30T10:00:00Z', '{work}');
            """);

        await db.Database.MigrateAsync();

        var rows = await db.Tasks.AsNoTracking().Where(t => t.UserId == Owner).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Priority, t.Completed, t.CompletedAt, t.Tags })
            .ToListAsync();
        var repairedAt = new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(
            [
                (1, TaskPriority.Medium, false, (DateTime?)null),
                (2, TaskPriority.Medium, false, null),
                (3, TaskPriority.High, true, repairedAt),
                (4, TaskPriority.Low, false, null),
                (5, TaskPriority.High, true, new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc)),
            ],
            rows.Select(r => (r.Id, r.Priority, r.Completed, r.CompletedAt)));
        Assert.Equal(["work"], rows[^1].Tags);
    }

    [Theory]
    [InlineData("priority = 0")]
    [InlineData("priority = 4")]
    [InlineData("completed = true, completed_at = NULL")]
    [InlineData("completed = false, completed_at = now()")]
    public async Task After_the_migration_the_database_refuses_values_no_client_could_read_back(string assignment)
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
        await SeedAsync(
            $$"""
            {{OwnerRow}}
            INSERT INTO tasks (id, user_id, title, priority, completed, tags) VALUES (1, @owner, 'a task', 2, false, '{}');
            """);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => SeedAsync($"UPDATE tasks SET {assignment} WHERE id = 1;"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Fact]
    public async Task Rolling_back_to_the_previous_migration_drops_the_constraints_and_keeps_the_data()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
        await SeedAsync(
            $$"""
            {{OwnerRow}}
            INSERT INTO tasks (id, user_id, title, priority, completed, tags) VALUES (1, @owner, 'kept', 3, false, '{}');
            """);

        await db.GetService<IMigrator>().MigrateAsync(BeforeConstraints);

        Assert.DoesNotContain("20261201201656_TaskIntegrityConstraints", await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal("kept", (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == 1)).Title);
        await SeedAsync("UPDATE tasks SET priority = 0 WHERE id = 1;");
    }

    [Fact]
    public void Every_change_to_the_model_is_covered_by_a_migration()
    {
        using var db = Context();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration covers: run dotnet ef migrations add.");
    }

    private PlanniorDbContext Context() => new(new DbContextOptionsBuilder<PlanniorDbContext>()
        .UseNpgsql(connectionString)
        .UseSnakeCaseNamingConvention()
        .Options);

    private async Task SeedAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("owner", Owner);
        await command.ExecuteNonQueryAsync();
    }
}
