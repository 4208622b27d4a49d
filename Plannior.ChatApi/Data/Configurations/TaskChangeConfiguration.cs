using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class TaskChangeConfiguration : IEntityTypeConfiguration<TaskChange>
{
    public void Configure(EntityTypeBuilder<TaskChange> change)
    {
        change.ToTable("task_changes", table =>
        {
            table.HasCheckConstraint("ck_task_changes_action", $"action IN ({Values<ChangeAction>()})");
            table.HasCheckConstraint("ck_task_changes_source", $"source IN ({Values<ChangeSource>()})");
        });
        change.Property(c => c.Action).HasConversion<short>();
        change.Property(c => c.Source).HasConversion<short>();
        change.Property(c => c.Before).HasColumnType("jsonb");
        change.Property(c => c.After).HasColumnType("jsonb");
        change.Property(c => c.CreatedAt).HasDefaultValueSql("now()");

        change.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        change.HasOne<Conversation>().WithMany().HasForeignKey(c => c.ConversationId).OnDelete(DeleteBehavior.SetNull);

        // The feed (newest first), a task's latest change (what may be undone), a conversation's latest change ("undo").
        change.HasIndex(c => new { c.UserId, c.Id });
        change.HasIndex(c => new { c.UserId, c.TaskId, c.Id });
        change.HasIndex(c => new { c.ConversationId, c.Id });
    }

    private static string Values<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(value => Convert.ToInt16(value, System.Globalization.CultureInfo.InvariantCulture)));
}
