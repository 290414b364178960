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
    [Fact]
    public async Task A_batch_that_fails_is_saved_one_by_one_and_only_the_bad_article_is_lost()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = NewContext(new FailOnTitle("Vergiftet"));
        var service = Service(db);
        string Text(string title, int n) => $"{title}\n\nLaut dem Pentagon wurden am Mittwoch rund {n} russische Soldaten getötet.";
        var pending = new[] { Text("Erste Meldung", 1200), Text("Vergiftet", 1300), Text("Dritte Meldung", 1400), Text("Erste Meldung", 1200) }
            .Select(t => new PendingArticle(service.Extract(Submission(t)), "test")).ToList();

        var results = await service.SaveManyAsync(pending, ct);

        Assert.NotNull(results[0]);
        Assert.Null(results[1]);
        Assert.NotNull(results[2]);
        Assert.True(results[3]!.Duplicate);
        Assert.Equal(results[0]!.ArticleId, results[3]!.ArticleId);
        await using var check = NewContext();
        Assert.Equal(["Dritte Meldung", "Erste Meldung"], await check.Articles.OrderBy(a => a.Title).Select(a => a.Title!).ToListAsync(ct));
        Assert.Equal([1200.0, 1400.0], await check.Claims.OrderBy(c => c.Value).Select(c => c.Value!.Value).ToListAsync(ct));
    }

    /// <summary>A database that refuses any save containing the article with this title.</summary>
    private sealed class FailOnTitle(string title) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Article>().Any(a => a.Entity.Title == title && a.State == EntityState.Added))
                throw new DbUpdateException("constraint failed (simulated)");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private sealed class FailOnEvidence : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Evidence>().Any()) throw new InvalidOperationException("disk full (simulated)");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
