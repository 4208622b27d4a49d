using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> message)
    {
        message.ToTable("messages");
        message.Property(m => m.Role).HasMaxLength(16);
        message.Property(m => m.ToolCallMetadata).HasColumnType("jsonb");
        message.Property(m => m.ClientMessageId).HasMaxLength(ConversationLimits.ClientMessageIdMaxLength);
        message.Property(m => m.Language).HasMaxLength(2);
        message.Property(m => m.CreatedAt).HasDefaultValueSql("clock_timestamp()");
        message.HasIndex(m => new { m.ConversationId, m.CreatedAt });
        // Idempotency: one user message per client id, so a duplicate insert fails instead of running twice.
        message.HasIndex(m => new { m.UserId, m.ClientMessageId }).IsUnique()
            .HasFilter("client_message_id IS NOT NULL AND role = 'user'");
        message.HasIndex(m => m.ReplyToId).IsUnique().HasFilter("reply_to_id IS NOT NULL");
        message.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
