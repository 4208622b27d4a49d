using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plannior.ChatApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // sort=due orders by (due_at IS NULL, due_at, id): read in order, with or without the status filter, instead
            // of sorting every pending task (EXPLAIN ANALYZE with the bench's 10,000 tasks: 18 ms to 1.3 ms).
            migrationBuilder.Sql("CREATE INDEX ix_tasks_user_id_due_at_is_null_due_at_id ON tasks (user_id, (due_at IS NULL), due_at, id);");

            // Title with the sort key, so a deep page (sort=title&offset=5000) skips its rows in an index-only scan:
            // PostgreSQL scans an expression index index-only only when the query needs no column outside it (26-36 ms to 7 ms).
            migrationBuilder.Sql("CREATE INDEX ix_tasks_user_id_lower_title_id_title ON tasks (user_id, lower(title), id) INCLUDE (title);");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tasks_user_id_lower_title_id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX ix_tasks_user_id_lower_title_id ON tasks (user_id, lower(title), id);");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tasks_user_id_lower_title_id_title;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tasks_user_id_due_at_is_null_due_at_id;");
        }
    }
}
