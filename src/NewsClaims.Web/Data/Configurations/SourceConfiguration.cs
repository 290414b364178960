using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.Property(s => s.Name).HasMaxLength(300).IsRequired();
        b.HasIndex(s => s.Name).IsUnique();
        b.HasMany(s => s.Aliases).WithOne(a => a.Source).HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
