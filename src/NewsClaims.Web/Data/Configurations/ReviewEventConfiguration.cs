using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class ReviewEventConfiguration : IEntityTypeConfiguration<ReviewEvent>
{
    public void Configure(EntityTypeBuilder<ReviewEvent> b)
    {
        b.HasOne(e => e.Claim).WithMany(c => c.ReviewEvents).HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Who).HasMaxLength(200);
        b.HasIndex(e => new { e.ClaimId, e.At });
    }
}
