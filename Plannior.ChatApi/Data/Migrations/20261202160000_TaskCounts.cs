using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plannior.ChatApi.Data.Migrations
{
    /// <summary>
    /// <c>task_counts</c>: each user's number of tasks and of completed ones, kept by statement-level triggers on
    /// <c>tasks</c> in the same transaction as the change (a COPY of 10,000 rows is one update of the count, not
    /// 10,000). The list's total read it instead of counting: for the bench's user with 10,000 tasks the count was
    /// 10,000 index entries and heap fetches, 2-13 ms of PostgreSQL CPU on every page.
    /// </summary>
    [DbContext(typeof(PlanniorDbContext))]
    [Migration("20261202160000_TaskCounts")]
    public partial class TaskCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No CHECK (0 <= completed <= total): PostgreSQL checks the row an upsert proposes before it finds the
            // conflict, and the triggers propose deltas (a completion is total 0, completed 1).
            migrationBuilder.Sql("""
                CREATE TABLE task_counts (
                    user_id uuid NOT NULL CONSTRAINT pk_task_counts PRIMARY KEY
                        CONSTRAINT fk_task_counts_users_user_id REFERENCES users (id) ON DELETE CASCADE,
                    total integer NOT NULL,
                    completed integer NOT NULL
                );
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION task_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO task_counts AS c (user_id, total, completed)
                    SELECT user_id, count(*), count(*) FILTER (WHERE completed) FROM inserted GROUP BY user_id
                    ON CONFLICT (user_id) DO UPDATE SET total = c.total + EXCLUDED.total, completed = c.completed + EXCLUDED.completed;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION task_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- No insert: when the user is being deleted, the row may be gone already (cascade), and must stay gone.
                    UPDATE task_counts AS c SET total = c.total - d.total, completed = c.completed - d.completed
                    FROM (SELECT user_id, count(*) AS total, count(*) FILTER (WHERE completed) AS completed
                          FROM deleted GROUP BY user_id) AS d
                    WHERE c.user_id = d.user_id;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION task_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- Completion changes (and, in principle, a task moved to another user); other updates change nothing.
                    INSERT INTO task_counts AS c (user_id, total, completed)
                    SELECT user_id, sum(total), sum(completed) FROM (
                        SELECT user_id, 1 AS total, completed::int AS completed FROM updated
                        UNION ALL
                        SELECT user_id, -1, -completed::int FROM previous) AS changes
                    GROUP BY user_id
                    HAVING sum(total) <> 0 OR sum(completed) <> 0
                    ON CONFLICT (user_id) DO UPDATE SET total = c.total + EXCLUDED.total, completed = c.completed + EXCLUDED.completed;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION task_counts_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM task_counts;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER task_counts_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_after_insert();
                CREATE TRIGGER task_counts_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS deleted
                    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_after_delete();
                CREATE TRIGGER task_counts_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS previous NEW TABLE AS updated
                    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_after_update();
                CREATE TRIGGER task_counts_truncate AFTER TRUNCATE ON tasks
                    FOR EACH STATEMENT EXECUTE FUNCTION task_counts_after_truncate();
                """);

            // Writers of another instance still on the previous version must not change tasks between the count
            // and the triggers taking over: SHARE mode holds writes (not reads) until this migration commits.
            migrationBuilder.Sql("""
                LOCK TABLE tasks IN SHARE MODE;
                INSERT INTO task_counts (user_id, total, completed)
                SELECT user_id, count(*), count(*) FILTER (WHERE completed) FROM tasks GROUP BY user_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER task_counts_truncate ON tasks;
                DROP TRIGGER task_counts_update ON tasks;
                DROP TRIGGER task_counts_delete ON tasks;
                DROP TRIGGER task_counts_insert ON tasks;
                DROP FUNCTION task_counts_after_truncate();
                DROP FUNCTION task_counts_after_update();
                DROP FUNCTION task_counts_after_delete();
                DROP FUNCTION task_counts_after_insert();
                DROP TABLE task_counts;
                """);
        }
    }
}
