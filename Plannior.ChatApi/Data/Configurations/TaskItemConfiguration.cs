using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> task)
    {
        task.ToTable("tasks", table =>
        {
            // The database itself refuses what no client could read back: a priority outside the enum, or a
            // completion flag that disagrees with its timestamp.
            table.HasCheckConstraint("ck_tasks_priority", $"priority IN ({string.Join(", ", Enum.GetValues<TaskPriority>().Select(priority => (short)priority))})");
            table.HasCheckConstraint("ck_tasks_completed_at", "completed = (completed_at IS NOT NULL)");
        });
        task.Property(t => t.Title).HasMaxLength(TaskLimits.TitleMaxLength);
        task.Property(t => t.Description).HasMaxLength(TaskLimits.DescriptionMaxLength);
        task.Property(t => t.Priority).HasConversion<short>();
        task.Property(t => t.Tags).HasColumnType("text[]");
        task.Property(t => t.Recurrence).HasMaxLength(TaskLimits.RecurrenceMaxLength);
        task.Property(t => t.CreatedAt).HasDefaultValueSql("now()");
        task.Property(t => t.UpdatedAt).HasDefaultValueSql("now()");

        task.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        task.HasOne<TaskItem>().WithMany().HasForeignKey(t => t.NextOccurrenceId).OnDelete(DeleteBehavior.SetNull);

        // The list's default order, with and without the status filter, and the other sorts: each lets
        // Postgres read one user's page in order instead of sorting all of their tasks.
        task.HasIndex(t => new { t.UserId, t.CreatedAt, t.Id });
        task.HasIndex(t => new { t.UserId, t.Completed, t.CreatedAt });
        task.HasIndex(t => new { t.UserId, t.Priority, t.Id });
        // sort=title orders by lower(title); its index is an expression index created in the TaskListIndexes migration.
        // Due windows, overdue and "sort=due".
        task.HasIndex(t => new { t.UserId, t.DueAt });
        task.HasIndex(t => t.Tags).HasMethod("gin");
        // Substring search ("q") over title and description.
        task.HasIndex(t => t.Title).HasMethod("gin").HasOperators("gin_trgm_ops");
        task.HasIndex(t => t.Description).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
