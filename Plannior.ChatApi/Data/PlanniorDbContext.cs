using Microsoft.EntityFrameworkCore;

namespace Plannior.ChatApi.Data;

public sealed class PlanniorDbContext(DbContextOptions<PlanniorDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ChatMessage> Messages => Set<ChatMessage>();
    public DbSet<TaskChange> TaskChanges => Set<TaskChange>();
    public DbSet<TaskCount> TaskCounts => Set<TaskCount>();
    public DbSet<RecordedToolCall> ToolCallRecords => Set<RecordedToolCall>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlanniorDbContext).Assembly);
    }
}
