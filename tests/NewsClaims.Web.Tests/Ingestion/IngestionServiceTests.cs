using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using NewsClaims.Web.Data;
using NewsClaims.Web.Ingestion;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Ingestion;

public sealed class IngestionServiceTests : IDisposable
{
    private readonly TestFolder _folder = new();

    private const string Article = "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 1500 Soldaten nach Russland geschickt.";

    private NewsClaimsDbContext NewContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<NewsClaimsDbContext>()
            .UseSqlite($"Data Source={_folder.File("ingest.db")}")
            .AddInterceptors(interceptors)
            .Options;
        var db = new NewsClaimsDbContext(options);
        db.Database.Migrate();
        return db;
    }

    private static readonly NewsClaims.Web.Timeline.TimelineCache Timelines = new(
        ((IServiceCollection)new ServiceCollection()).AddOptions().AddOutputCache().BuildServiceProvider()
            .GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>());

    private static IngestionService Service(NewsClaimsDbContext db) =>
        new(db, new ExtractorProvider(), TimeProvider.System, Timelines, new WriteGate(), NullLogger<IngestionService>.Instance);

    private static ArticleSubmission Submission(string text, string date = "2024-10-18") =>
        new(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "Test", "de", null, "test");

    [Fact]
    public async Task A_save_that_fails_half_way_saves_nothing()
    {
        await using (var failing = NewContext(new FailOnEvidence()))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => Service(failing).IngestAsync(Submission(Article), TestContext.Current.CancellationToken));
        }

        await using var db = NewContext();
        Assert.Equal(0, await db.Articles.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Claims.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Sources.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_same_claim_from_a_second_article_gains_evidence_instead_of_a_duplicate()
    {
        await using var db = NewContext();
        var service = Service(db);
        await service.IngestAsync(Submission(Article), TestContext.Current.CancellationToken);
        await service.IngestAsync(Submission("Laut dem südkoreanischen Geheimdienst sind rund 1500 nordkoreanische Soldaten in Russland eingetroffen."), TestContext.Current.CancellationToken);

        var claim = await db.Claims.Include(c => c.Evidence).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, claim.Evidence.Select(e => e.ArticleId).Distinct().Count());
        Assert.Equal("South Korean intelligence (NIS)", (await db.Sources.SingleAsync(TestContext.Current.CancellationToken)).Name);
    }

    [Fact]
    public async Task Source_words_become_aliases_of_the_canonical_source()
    {
        await using var db = NewContext();
        await Service(db).IngestAsync(Submission(Article), TestContext.Current.CancellationToken);

        var aliases = await db.SourceAliases.Select(a => a.Text).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("südkoreanischen Geheimdienstes", aliases);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Fails the save after the article and claims are in the change set: the transaction must undo all of it.</summary>
    private sealed class FailOnEvidence : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Evidence>().Any()) throw new InvalidOperationException("disk full (simulated)");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
