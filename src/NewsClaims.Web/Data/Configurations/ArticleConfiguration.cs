using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsClaims.Web.Data.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.ContentHash).HasMaxLength(64).IsRequired();
        b.HasIndex(a => a.ContentHash).IsUnique();
        b.Property(a => a.Language).HasMaxLength(8);
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Kicker).HasMaxLength(500);
        b.Property(a => a.Publisher).HasMaxLength(200);
        b.Property(a => a.Url).HasMaxLength(2000);
        b.Property(a => a.IngestedBy).HasMaxLength(200);
        b.HasIndex(a => a.Published);
    }
}
