using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Ingestion;

/// <summary>
/// The one door for writes of articles and claims. One transaction per article: the article, its
/// claims and evidence are stored together or not at all. Names resolve to canonical sources and
/// actors (created when unknown); a claim already known from another article gains evidence.
/// </summary>
public sealed class IngestionService(NewsClaimsDbContext db, ExtractorProvider extractor, TimeProvider clock, Timeline.TimelineCache timelines,
    WriteGate writes, ILogger<IngestionService> logger)
{
    /// <summary>Reads and extracts, then saves. Throws <see cref="UnreadableArticleException"/> for input that is no article.</summary>
    public async Task<IngestResult> IngestAsync(ArticleSubmission submission, CancellationToken ct = default)
    {
        var extraction = Extract(submission);
        return await SaveAsync(extraction, submission.IngestedBy, ct);
    }

    public ExtractedArticle Extract(ArticleSubmission submission) =>
        extractor.Current.Extract(new ArticleInput(submission.Content, submission.Published, submission.Publisher,
            submission.Language, submission.Url));

    /// <summary>
    /// Saves an extraction, as read or as corrected by an editor; <paramref name="origins"/> says, claim by
    /// claim, whether it is as extracted, corrected or added (null: all as extracted).
    /// </summary>
    public async Task<IngestResult> SaveAsync(ExtractedArticle extraction, string ingestedBy, CancellationToken ct = default,
        IReadOnlyList<string>? origins = null)
    {
        var hash = ContentHash.Of(extraction.Text);
        var existing = await db.Articles.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return new IngestResult(id, true, extraction);

        var published = extraction.Article.Published is { } p
            ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var article = new Article
        {
            Title = extraction.Article.Title,
            Kicker = extraction.Article.Kicker,
            Publisher = extraction.Article.Publisher,
            Url = extraction.Article.Url,
            Published = published,
            Language = extraction.Article.Language,
            Text = extraction.Text,
            ContentHash = hash,
            Agencies = string.Join(", ", extraction.Article.Agencies),
            IngestedBy = ingestedBy,
            IngestedAt = clock.GetUtcNow().UtcDateTime,
        };

        using var turn = await writes.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // every lookup below searches the context's own rows: without this each one would rescan them all for changes
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Articles.Add(article);
            var names = new NameResolver(db);
            var claims = extraction.Claims;
            await names.LoadAsync(
                claims.SelectMany(c => new[] { c.Source?.Name ?? "unknown", c.Source?.Text, c.Source?.Via }),
                claims.SelectMany(c => new[] { c.Actor?.Name, c.Actor?.Text }), ct);
            var resolved = claims.Select(c => (
                Source: names.Source(c.Source?.Name ?? "unknown", c.Source?.Text),
                Via: c.Source?.Via is { } v ? names.Source(v, null) : null,
                Actor: c.Actor is null ? null : names.Actor(c.Actor.Name, c.Actor.Text))).ToList();
            await LoadSameClaimCandidatesAsync(resolved.Select(r => r.Source), claims, ct);
            for (var i = 0; i < claims.Count; i++)
            {
                var c = claims[i];
                var (source, via, actor) = resolved[i];
                var origin = origins?[i] ?? ClaimOrigins.Extracted;
                var claim = FindSameClaim(source, actor, c) ?? NewClaim(source, via, actor, c);
                if (origin != ClaimOrigins.Extracted && claim.Id == 0)
                {
                    claim.Origin = origin;
                    claim.EditedBy = ingestedBy;
                }
                foreach (var e in c.Evidence)
                {
                    claim.Evidence.Add(new Data.Evidence
                    {
                        Article = article,
                        Start = e.Start,
                        End = e.End,
                        Text = e.Text,
                        SourceText = c.Source?.Text,
                        QuantityText = c.Quantity?.Text,
                    });
                }
            }
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await timelines.ChangedAsync(CancellationToken.None);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await tx.RollbackAsync(CancellationToken.None);
            if (!await IsDuplicateAsync(hash)) throw;
            // another request saved the same text a moment ago: that one stands
            logger.LogInformation(e, "Article with hash {Hash} was saved concurrently", hash);
            var winner = await db.Articles.Where(a => a.ContentHash == hash).Select(a => a.Id).FirstAsync(CancellationToken.None);
            return new IngestResult(winner, true, extraction);
        }
        logger.LogInformation("Ingested article {ArticleId} '{Title}' with {Claims} claims", article.Id, article.Title, extraction.Claims.Count);
        return new IngestResult(article.Id, false, extraction);
    }

    private async Task<bool> IsDuplicateAsync(string hash)
    {
        db.ChangeTracker.Clear();
        return await db.Articles.AnyAsync(a => a.ContentHash == hash);
    }

    private Claim NewClaim(Source source, Source? via, Actor? actor, ExtractedClaim c)
    {
        var claim = new Claim
        {
            Source = source,
            ViaSource = via,
            Actor = actor,
            Stance = c.Stance,
            Value = (double?)c.Quantity?.Value,
            Low = (double?)c.Quantity?.Low,
            High = (double?)c.Quantity?.High,
            Precision = c.Quantity?.Precision,
            QuantityText = c.Quantity?.Text,
            Unit = c.Unit,
            Location = c.Location,
            StatedOn = StatedOn(c),
            StatedOnPrecision = c.StatedOn.Precision,
            RefersTo = c.RefersTo?.Date,
            RefersToPrecision = c.RefersTo?.Precision,
            RefersToRelation = c.RefersTo?.Relation,
            Status = ReviewStatus.Unreviewed,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Claims.Add(claim);
        return claim;
    }

    /// <summary>Brings the stored claims of these sources on these days into the context: the only ones a claim can repeat.</summary>
    private async Task LoadSameClaimCandidatesAsync(IEnumerable<Source> sources, IReadOnlyList<ExtractedClaim> claims, CancellationToken ct)
    {
        var ids = sources.Where(s => s.Id != 0).Select(s => s.Id).Distinct().ToList();
        if (ids.Count == 0) return;
        var days = claims.Select(c => StatedOn(c)).Distinct().ToList();
        await db.Claims.Where(x => ids.Contains(x.SourceId) && days.Contains(x.StatedOn)).LoadAsync(ct);
    }

    /// <summary>The same claim (source, actor, unit, figure, day said) already stored from another article or earlier in this one.</summary>
    private Claim? FindSameClaim(Source source, Actor? actor, ExtractedClaim c)
    {
        var stated = StatedOn(c);
        var value = (double?)c.Quantity?.Value;
        var low = (double?)c.Quantity?.Low;
        var high = (double?)c.Quantity?.High;
        // stored rows compare by key (their navigations may not be loaded), new ones by reference
        bool SameSource(Claim x) => x.Source == source || (source.Id != 0 && x.SourceId == source.Id);
        bool SameActor(Claim x) => actor is null
            ? x.Actor is null && x.ActorId is null
            : x.Actor == actor || (actor.Id != 0 && x.ActorId == actor.Id);
        return db.ChangeTracker.Entries<Claim>().Select(e => e.Entity).FirstOrDefault(x =>
            x.Unit == c.Unit && x.Stance == c.Stance && x.Value == value && x.Low == low && x.High == high && x.StatedOn == stated
            && SameSource(x) && SameActor(x));
    }

    private static DateOnly StatedOn(ExtractedClaim c) => DateOnly.ParseExact(c.StatedOn.Date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
