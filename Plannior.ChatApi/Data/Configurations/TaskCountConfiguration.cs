using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class TaskCountConfiguration : IEntityTypeConfiguration<TaskCount>
{
    public void Configure(EntityTypeBuilder<TaskCount> count)
    {
        // Written only by the triggers the TaskCounts migration creates with the table (SQL EF cannot model), so
        // the table is outside EF's migrations and read-only here.
        count.ToTable("task_counts", table => table.ExcludeFromMigrations());
        count.HasKey(c => c.UserId);
    }
}
