using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> b)
    {
        b.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ViaSource).WithMany().HasForeignKey(c => c.ViaSourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Actor).WithMany().HasForeignKey(c => c.ActorId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Stance).HasMaxLength(16).IsRequired();
        b.Property(c => c.Precision).HasMaxLength(16);
        b.Property(c => c.Unit).HasMaxLength(64);
        b.Property(c => c.Location).HasMaxLength(200);
        b.Property(c => c.StatedOnPrecision).HasMaxLength(16);
        b.Property(c => c.RefersTo).HasMaxLength(10);
        b.Property(c => c.RefersToPrecision).HasMaxLength(16);
        b.Property(c => c.RefersToRelation).HasMaxLength(8);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Property(c => c.Origin).HasMaxLength(16);
        b.Property(c => c.EditedBy).HasMaxLength(200);
        // the timeline reads one series (actor, unit) ordered by source and date
        b.HasIndex(c => new { c.ActorId, c.Unit, c.SourceId, c.StatedOn });
        b.HasIndex(c => c.Status);
        // ingestion looks for the same claim among one source's claims of one day
        b.HasIndex(c => new { c.SourceId, c.StatedOn });
    }
}
