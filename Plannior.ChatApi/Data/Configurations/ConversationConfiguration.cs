using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> conversation)
    {
        conversation.ToTable("conversations");
        conversation.Property(c => c.Title).HasMaxLength(ConversationLimits.TitleMaxLength);
        conversation.Property(c => c.LanguagePreference).HasMaxLength(2);
        conversation.Property(c => c.CreatedAt).HasDefaultValueSql("now()");
        conversation.Property(c => c.UpdatedAt).HasDefaultValueSql("now()");
        conversation.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        conversation.HasIndex(c => new { c.UserId, c.UpdatedAt });
        conversation.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
