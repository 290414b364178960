using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class SourceAliasConfiguration : IEntityTypeConfiguration<SourceAlias>
{
    public void Configure(EntityTypeBuilder<SourceAlias> b)
    {
        b.Property(a => a.Text).HasMaxLength(300).IsRequired();
        b.HasIndex(a => a.Text).IsUnique();
    }
}
