using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class SourceAuditConfiguration : IEntityTypeConfiguration<SourceAudit>
{
    public void Configure(EntityTypeBuilder<SourceAudit> b)
    {
        b.Property(a => a.Who).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(32);
        b.Property(a => a.Detail).HasMaxLength(1000);
        b.HasIndex(a => a.At);
    }
}
