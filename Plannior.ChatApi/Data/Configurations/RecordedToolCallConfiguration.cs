using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class RecordedToolCallConfiguration : IEntityTypeConfiguration<RecordedToolCall>
{
    public void Configure(EntityTypeBuilder<RecordedToolCall> call)
    {
        call.ToTable("tool_call_records");
        call.Property(c => c.Name).HasMaxLength(64);
        call.Property(c => c.Arguments).HasColumnType("jsonb");
        call.Property(c => c.Result).HasColumnType("jsonb");
        call.Property(c => c.CreatedAt).HasDefaultValueSql("clock_timestamp()");
        // Gone with the message (and so with its conversation and account).
        call.HasOne<ChatMessage>().WithMany().HasForeignKey(c => c.MessageId).OnDelete(DeleteBehavior.Cascade);
        call.HasIndex(c => new { c.MessageId, c.Sequence }).IsUnique();
    }
}
