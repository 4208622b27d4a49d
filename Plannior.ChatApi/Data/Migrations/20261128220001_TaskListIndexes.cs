using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plannior.ChatApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tasks_user_id_created_at_id",
                table: "tasks",
                columns: new[] { "user_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_user_id_priority_id",
                table: "tasks",
                columns: new[] { "user_id", "priority", "id" });

            // Case-insensitive title sort (ORDER BY lower(title)) reads this in order instead of sorting every task.
            migrationBuilder.Sql("CREATE INDEX ix_tasks_user_id_lower_title_id ON tasks (user_id, lower(title), id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_tasks_user_id_lower_title_id;");

            migrationBuilder.DropIndex(
                name: "ix_tasks_user_id_created_at_id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_tasks_user_id_priority_id",
                table: "tasks");
        }
    }
}
