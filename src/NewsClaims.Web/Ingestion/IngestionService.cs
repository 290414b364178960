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
        IReadOnlyList<string>? origins = null) =>
        (await SaveAllAsync([new PendingArticle(extraction, ingestedBy, origins)], ct, singly: true))[0]!;

    /// <summary>
    /// Saves many articles in one transaction (bulk import). Should that fail, each is saved on its own, so
    /// one bad article costs only itself: its result is null.
    /// </summary>
    public Task<IReadOnlyList<IngestResult?>> SaveManyAsync(IReadOnlyList<PendingArticle> articles, CancellationToken ct = default) =>
        SaveAllAsync(articles, ct, singly: false);

    private async Task<IReadOnlyList<IngestResult?>> SaveAllAsync(IReadOnlyList<PendingArticle> pending, CancellationToken ct, bool singly)
    {
        var results = new IngestResult?[pending.Count];
        var hashes = pending.Select(p => ContentHash.Of(p.Extraction.Text)).ToList();
        var stored = await db.Articles.Where(a => hashes.Contains(a.ContentHash)).Select(a => new { a.ContentHash, a.Id }).ToListAsync(ct);
        var known = stored.ToDictionary(a => a.ContentHash, a => a.Id, StringComparer.Ordinal);
        // the first of several equal texts in one request is saved; the others are its duplicates
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var fresh = new List<int>();
        for (var i = 0; i < pending.Count; i++)
        {
            if (known.TryGetValue(hashes[i], out var id)) results[i] = new IngestResult(id, true, pending[i].Extraction);
            else if (first.TryAdd(hashes[i], i)) fresh.Add(i);
        }
        if (fresh.Count == 0) return results;

        var articles = new Dictionary<int, Article>();
        var saved = false;
        using (await writes.EnterAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                // every lookup below searches the context's own rows: without this each one would rescan them all for changes
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                await StageAsync(fresh.Select(i => (pending[i], hashes[i])).ToList(), articles, fresh, ct);
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                saved = true;
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                if (singly)
                {
                    if (!await db.Articles.AnyAsync(a => a.ContentHash == hashes[0], CancellationToken.None)) throw;
                    // another request saved the same text a moment ago: that one stands
                    logger.LogInformation(e, "Article with hash {Hash} was saved concurrently", hashes[0]);
                    var winner = await db.Articles.Where(a => a.ContentHash == hashes[0]).Select(a => a.Id).FirstAsync(CancellationToken.None);
                    return [new IngestResult(winner, true, pending[0].Extraction)];
                }
                logger.LogWarning(e, "A batch of {Count} articles failed to save; saving them one by one", fresh.Count);
            }
        }

        if (saved)
        {
            await timelines.ChangedAsync(CancellationToken.None);
            foreach (var i in fresh)
            {
                results[i] = new IngestResult(articles[i].Id, false, pending[i].Extraction);
                logger.LogInformation("Ingested article {ArticleId} '{Title}' with {Claims} claims", articles[i].Id, articles[i].Title, pending[i].Extraction.Claims.Count);
            }
        }
        else
        {
            // the batch failed as a whole: each article on its own, so a bad one costs only itself
            foreach (var i in fresh)
            {
                try
                {
                    results[i] = await SaveAsync(pending[i].Extraction, pending[i].IngestedBy, ct, pending[i].Origins);
                }
                catch (DbUpdateException e)
                {
                    db.ChangeTracker.Clear();
                    logger.LogWarning(e, "Article '{Title}' could not be saved", pending[i].Extraction.Article.Title);
                }
            }
        }
        for (var i = 0; i < pending.Count; i++)
            if (results[i] is null && first.TryGetValue(hashes[i], out var savedAt) && results[savedAt] is { } winner)
                results[i] = new IngestResult(winner.ArticleId, true, pending[i].Extraction);
        return results;
    }

    /// <summary>Adds the articles, their claims (new or the same claim found again) and evidence to the context.</summary>
    private async Task StageAsync(IReadOnlyList<(PendingArticle Pending, string Hash)> items, Dictionary<int, Article> articles, List<int> indexes, CancellationToken ct)
    {
        var names = new NameResolver(db);
        var allClaims = items.SelectMany(x => x.Pending.Extraction.Claims).ToList();
        await names.LoadAsync(
            allClaims.SelectMany(c => new[] { c.Source?.Name ?? "unknown", c.Source?.Text, c.Source?.Via }),
            allClaims.SelectMany(c => new[] { c.Actor?.Name, c.Actor?.Text }), ct);
        var staged = new List<(PendingArticle Pending, Article Article, List<(Source Source, Source? Via, Actor? Actor)> Resolved)>();
        for (var n = 0; n < items.Count; n++)
        {
            var (p, hash) = items[n];
            var article = NewArticle(p.Extraction, hash, p.IngestedBy);
            db.Articles.Add(article);
            articles[indexes[n]] = article;
            staged.Add((p, article, p.Extraction.Claims.Select(c => (
                Source: names.Source(c.Source?.Name ?? "unknown", c.Source?.Text),
                Via: c.Source?.Via is { } v ? names.Source(v, null) : null,
                Actor: c.Actor is null ? null : names.Actor(c.Actor.Name, c.Actor.Text))).ToList()));
        }
        await LoadSameClaimCandidatesAsync(staged.SelectMany(s => s.Resolved.Select(r => r.Source)), allClaims, ct);
        foreach (var (p, article, resolved) in staged)
        {
            var claims = p.Extraction.Claims;
            for (var i = 0; i < claims.Count; i++)
            {
                var c = claims[i];
                var (source, via, actor) = resolved[i];
                var origin = p.Origins?[i] ?? ClaimOrigins.Extracted;
                var claim = FindSameClaim(source, actor, c) ?? NewClaim(source, via, actor, c);
                if (origin != ClaimOrigins.Extracted && claim.Id == 0)
                {
                    claim.Origin = origin;
                    claim.EditedBy = p.IngestedBy;
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
        }
    }

    private Article NewArticle(ExtractedArticle extraction, string hash, string ingestedBy) => new()
    {
        Title = extraction.Article.Title,
        Kicker = extraction.Article.Kicker,
        Publisher = extraction.Article.Publisher,
        Url = extraction.Article.Url,
        Published = extraction.Article.Published is { } p
            ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        Language = extraction.Article.Language,
        Text = extraction.Text,
        ContentHash = hash,
        Agencies = string.Join(", ", extraction.Article.Agencies),
        IngestedBy = ingestedBy,
        IngestedAt = clock.GetUtcNow().UtcDateTime,
    };

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
