using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.HasOne(e => e.Claim).WithMany(c => c.Evidence).HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Article).WithMany(a => a.Evidence).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.ClaimId, e.ArticleId, e.Start }).IsUnique();
        b.HasIndex(e => e.ArticleId);
    }
}
