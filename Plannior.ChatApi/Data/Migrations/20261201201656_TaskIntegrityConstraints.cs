using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plannior.ChatApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskIntegrityConstraints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Repair what the update_task bug wrote before the constraints can hold: its priority 0 (or any value
            // outside the enum) goes back to medium, and a completion flag is made to agree with its timestamp.
            migrationBuilder.Sql("UPDATE tasks SET priority = 2 WHERE priority NOT IN (1, 2, 3);");
            migrationBuilder.Sql("UPDATE tasks SET completed_at = updated_at WHERE completed AND completed_at IS NULL;");
            migrationBuilder.Sql("UPDATE tasks SET completed_at = NULL WHERE NOT completed AND completed_at IS NOT NULL;");

            migrationBuilder.AddCheckConstraint(
                name: "ck_tasks_completed_at",
                table: "tasks",
                sql: "completed = (completed_at IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_tasks_priority",
                table: "tasks",
                sql: "priority IN (1, 2, 3)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_tasks_completed_at",
                table: "tasks");

            migrationBuilder.DropCheckConstraint(
                name: "ck_tasks_priority",
                table: "tasks");
        }
    }
}
