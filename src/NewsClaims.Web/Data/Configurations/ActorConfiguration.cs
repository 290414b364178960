using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> b)
    {
        b.Property(a => a.Name).HasMaxLength(300).IsRequired();
        b.HasIndex(a => a.Name).IsUnique();
        b.HasMany(a => a.Aliases).WithOne(a => a.Actor).HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
