using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Timeline;

/// <summary>One figure on the timeline, projected straight from the database (no entities loaded).</summary>
public sealed record TimelinePoint(
    int ClaimId, string Source, string? Via, DateOnly StatedOn, double? Value, double? Low, double? High,
    string? Precision, string? QuantityText, string? RefersTo, string? RefersToRelation, ReviewStatus Status,
    int EvidenceCount, string? FirstEvidence, int? FirstEvidenceId);

/// <summary>A position without a figure on the series' actor: a denial, a refusal to comment, an assertion.</summary>
public sealed record StanceEvent(int ClaimId, string Source, string Stance, DateOnly StatedOn, string? Evidence);

/// <summary>The queries the timeline pages and the API share.</summary>
public sealed class TimelineQuery(NewsClaimsDbContext db, TimelineCache cache)
{
    public Task<IReadOnlyList<SeriesSummary>> SeriesAsync(CancellationToken ct = default) => cache.SeriesAsync(() => LoadSeriesAsync(ct));

    private async Task<IReadOnlyList<SeriesSummary>> LoadSeriesAsync(CancellationToken ct)
    {
        var rows = await db.Claims.AsNoTracking()
            .Where(c => c.Stance == "asserts" && c.Unit != null && c.Actor != null)
            .GroupBy(c => new { Actor = c.Actor!.Name, c.Unit, c.Location })
            .Select(g => new
            {
                g.Key.Actor, g.Key.Unit, g.Key.Location, Claims = g.Count(),
                Sources = g.Select(c => c.SourceId).Distinct().Count(),
                First = g.Min(c => c.StatedOn), Last = g.Max(c => c.StatedOn),
            })
            .ToListAsync(ct);
        return rows.Select(r => new SeriesSummary(new SeriesKey(r.Actor, r.Unit!, r.Location), r.Claims, r.Sources, r.First, r.Last))
            .OrderByDescending(s => s.Claims).ThenBy(s => s.Key.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<SeriesKey?> FindSeriesAsync(string slug, CancellationToken ct = default) =>
        (await SeriesAsync(ct)).Select(s => s.Key).FirstOrDefault(k => k.Slug == slug);

    public async Task<IReadOnlyList<TimelinePoint>> PointsAsync(SeriesKey series, TimelineFilter? filter = null, CancellationToken ct = default)
    {
        filter ??= TimelineFilter.Default;
        // the series' points are kept until claims change, so a new view narrows them without a query
        var all = await cache.PerSeriesAsync<IReadOnlyList<TimelinePoint>>(series, "points", async () =>
            await Project(SeriesClaims(series)).ToListAsync(ct));
        // publisher and language live on the articles: only those ask the database, for which claims qualify
        HashSet<int>? fromArticles = null;
        if (!string.IsNullOrEmpty(filter.Publisher) || !string.IsNullOrEmpty(filter.Language))
        {
            var q = SeriesClaims(series);
            if (!string.IsNullOrEmpty(filter.Publisher)) q = q.Where(c => c.Evidence.Any(e => e.Article!.Publisher == filter.Publisher));
            if (!string.IsNullOrEmpty(filter.Language)) q = q.Where(c => c.Evidence.Any(e => e.Article!.Language == filter.Language));
            fromArticles = (await q.Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        }
        return all.Where(p =>
                (fromArticles is null || fromArticles.Contains(p.ClaimId))
                && (filter.Sources.Count == 0 || filter.Sources.Contains(p.Source))
                && (filter.Statuses.Count == 0 || filter.Statuses.Contains(p.Status))
                && (filter.From is not { } from || p.StatedOn >= from)
                && (filter.To is not { } to || p.StatedOn <= to)
                && (string.IsNullOrEmpty(filter.Precision) || p.Precision == filter.Precision))
            .ToList();
    }

    private IQueryable<Claim> SeriesClaims(SeriesKey series)
    {
        var q = db.Claims.AsNoTracking()
            .Where(c => c.Actor!.Name == series.Actor && c.Unit == series.Unit && c.Stance == "asserts");
        return series.Location is null ? q.Where(c => c.Location == null) : q.Where(c => c.Location == series.Location);
    }

    private static IQueryable<TimelinePoint> Project(IQueryable<Claim> q) =>
        q.OrderBy(c => c.StatedOn).ThenBy(c => c.Id)
            .Select(c => new TimelinePoint(c.Id, c.Source!.Name, c.ViaSource != null ? c.ViaSource.Name : null, c.StatedOn,
                c.Value, c.Low, c.High, c.Precision, c.QuantityText, c.RefersTo, c.RefersToRelation, c.Status,
                // the first evidence by its id: MIN reads the index alone, where ORDER BY … LIMIT 1 sorted each claim's rows
                c.Evidence.Count, c.Evidence.Where(e => e.Id == c.Evidence.Min(x => x.Id)).Select(e => e.Text).FirstOrDefault(),
                c.Evidence.Min(e => (int?)e.Id)));

    public Task<IReadOnlyList<StanceEvent>> StancesAsync(SeriesKey series, CancellationToken ct = default) =>
        cache.PerSeriesAsync<IReadOnlyList<StanceEvent>>(series, "stances", async () => await db.Claims.AsNoTracking()
            .Where(c => c.Actor!.Name == series.Actor && c.Stance != "asserts")
            .OrderBy(c => c.StatedOn)
            .Select(c => new StanceEvent(c.Id, c.Source!.Name, c.Stance, c.StatedOn, c.Evidence.OrderBy(e => e.Id).Select(e => e.Text).FirstOrDefault()))
            .ToListAsync(ct));

    /// <summary>When each claim last changed: created, gained evidence, or was reviewed.</summary>
    public async Task<Dictionary<int, DateTime>> LastChangesAsync(IReadOnlyCollection<int> claimIds, CancellationToken ct = default)
    {
        var rows = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.CreatedAt,
                Evidence = c.Evidence.Max(e => (DateTime?)e.Article!.IngestedAt),
                Review = c.ReviewEvents.Max(e => (DateTime?)e.At),
            }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new[] { r.CreatedAt, r.Evidence ?? r.CreatedAt, r.Review ?? r.CreatedAt }.Max());
    }

    /// <summary>Publishers and sources present in a series, for the filter choices.</summary>
    public async Task<(IReadOnlyList<string> Sources, IReadOnlyList<string> Publishers)> ChoicesAsync(SeriesKey series, CancellationToken ct = default)
    {
        var choices = await cache.PerSeriesAsync(series, "choices", async () =>
        {
            var q = db.Claims.AsNoTracking().Where(c => c.Actor!.Name == series.Actor && c.Unit == series.Unit && c.Stance == "asserts");
            q = series.Location is null ? q.Where(c => c.Location == null) : q.Where(c => c.Location == series.Location);
            var sources = await q.Select(c => c.Source!.Name).Distinct().OrderBy(s => s).ToListAsync(ct);
            var publishers = await q.SelectMany(c => c.Evidence.Select(e => e.Article!.Publisher)).Where(p => p != null).Distinct().ToListAsync(ct);
            return new SeriesChoices(sources, publishers.OfType<string>().Order(StringComparer.Ordinal).ToList());
        });
        return (choices.Sources, choices.Publishers);
    }
}
