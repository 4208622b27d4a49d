using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plannior.ChatApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class ToolCallOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "result",
                table: "tool_call_records",
                type: "jsonb",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "jsonb");

            migrationBuilder.AddColumn<long>(
                name: "changes_before",
                table: "tool_call_records",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "changes_before",
                table: "tool_call_records");

            // A call whose result never arrived has no value the older schema can hold ('' is not JSON).
            migrationBuilder.Sql("DELETE FROM tool_call_records WHERE result IS NULL;");
            migrationBuilder.AlterColumn<string>(
                name: "result",
                table: "tool_call_records",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb",
                oldNullable: true);
        }
    }
}
