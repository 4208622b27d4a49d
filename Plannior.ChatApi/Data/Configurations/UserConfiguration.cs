using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plannior.ChatApi.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.Property(u => u.Email).HasMaxLength(AccountLimits.EmailMaxLength);
        user.Property(u => u.NormalizedEmail).HasMaxLength(AccountLimits.EmailMaxLength);
        user.HasIndex(u => u.NormalizedEmail).IsUnique();
        user.Property(u => u.Name).HasMaxLength(AccountLimits.NameMaxLength);
        user.Property(u => u.LanguagePreference).HasMaxLength(2);
        user.Property(u => u.TimeZone).HasMaxLength(64);
        user.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
        user.Property(u => u.UpdatedAt).HasDefaultValueSql("now()");
    }
}
