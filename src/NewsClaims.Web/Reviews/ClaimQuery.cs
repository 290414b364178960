using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Reviews;

/// <summary>The filters the review queue and GET /api/claims share; all optional.</summary>
public sealed record ClaimFilter(
    string? Source = null, string? Actor = null, string? Unit = null, int? Article = null, ReviewStatus? Status = null,
    DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50);

/// <summary>One claim as a list shows it: what, who, when, its status and version, and its first evidence.</summary>
public sealed record ClaimRow(
    int Id, int Version, string Source, string? Via, string? Actor, string Stance, double? Value, double? Low, double? High,
    string? Precision, string? QuantityText, string? Unit, string? Location, DateOnly StatedOn, string? RefersTo,
    string? RefersToRelation, ReviewStatus Status, int? ArticleId, string? ArticleTitle, string? Evidence, string? SourceText,
    string Origin, string? EditedBy)
{
    /// <summary>The figure as a reader writes it: "3,000", or "10,000–12,000" for a range.</summary>
    public string Figure => Value is { } v ? v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Low:N0}–{High:N0}");
}

public sealed record ClaimPage(IReadOnlyList<ClaimRow> Items, int Total, int Page, int PageSize);

/// <summary>Claims listed for review and for the API: unreviewed first, then newest statement first.</summary>
public sealed class ClaimQuery(NewsClaimsDbContext db)
{
    public async Task<ClaimPage> ListAsync(ClaimFilter f, CancellationToken ct = default)
    {
        var q = Filtered(f);
        var pageSize = Math.Clamp(f.PageSize, 1, 500);
        var page = Math.Max(1, f.Page);
        var total = await q.CountAsync(ct);
        var items = await Project(q.OrderBy(c => c.Status == ReviewStatus.Unreviewed ? 0 : 1).ThenByDescending(c => c.StatedOn).ThenBy(c => c.Id))
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ClaimPage(items, total, page, pageSize);
    }

    /// <summary>Every claim the filter matches, oldest statement first, read as it is written out (for exports).</summary>
    public IAsyncEnumerable<ClaimRow> AllAsync(ClaimFilter f) =>
        Project(Filtered(f).OrderBy(c => c.StatedOn).ThenBy(c => c.Id)).AsAsyncEnumerable();

    private IQueryable<Claim> Filtered(ClaimFilter f)
    {
        var q = db.Claims.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Source)) q = q.Where(c => c.Source!.Name == f.Source);
        if (!string.IsNullOrWhiteSpace(f.Actor)) q = q.Where(c => c.Actor!.Name == f.Actor);
        if (!string.IsNullOrWhiteSpace(f.Unit)) q = q.Where(c => c.Unit == f.Unit);
        if (f.Article is { } a) q = q.Where(c => c.Evidence.Any(e => e.ArticleId == a));
        if (f.Status is { } s) q = q.Where(c => c.Status == s);
        if (f.From is { } from) q = q.Where(c => c.StatedOn >= from);
        if (f.To is { } to) q = q.Where(c => c.StatedOn <= to);
        return q;
    }

    public Task<ClaimRow?> FindAsync(int id, CancellationToken ct = default) =>
        Project(db.Claims.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(ct);

    private static IQueryable<ClaimRow> Project(IQueryable<Claim> q) =>
        q.Select(c => new ClaimRow(c.Id, c.Version, c.Source!.Name, c.ViaSource != null ? c.ViaSource.Name : null,
            c.Actor != null ? c.Actor.Name : null, c.Stance, c.Value, c.Low, c.High, c.Precision, c.QuantityText, c.Unit, c.Location,
            c.StatedOn, c.RefersTo, c.RefersToRelation, c.Status,
            c.Evidence.OrderBy(e => e.Id).Select(e => (int?)e.ArticleId).FirstOrDefault(),
            c.Evidence.OrderBy(e => e.Id).Select(e => e.Article!.Title).FirstOrDefault(),
            c.Evidence.OrderBy(e => e.Id).Select(e => e.Text).FirstOrDefault(),
            c.Evidence.OrderBy(e => e.Id).Select(e => e.SourceText).FirstOrDefault(),
            c.Origin, c.EditedBy));
}
