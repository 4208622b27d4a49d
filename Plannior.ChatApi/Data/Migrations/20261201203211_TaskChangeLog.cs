using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plannior.ChatApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "task_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<short>(type: "smallint", nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    source = table.Column<short>(type: "smallint", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    undone_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_changes", x => x.id);
                    table.CheckConstraint("ck_task_changes_action", "action IN (1, 2, 3, 4, 5)");
                    table.CheckConstraint("ck_task_changes_source", "source IN (1, 2, 3)");
                    table.ForeignKey(
                        name: "fk_task_changes_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_task_changes_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_task_changes_conversation_id_id",
                table: "task_changes",
                columns: new[] { "conversation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_changes_user_id_id",
                table: "task_changes",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_task_changes_user_id_task_id_id",
                table: "task_changes",
                columns: new[] { "user_id", "task_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "task_changes");
        }
    }
}
