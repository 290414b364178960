using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Timeline;

/// <summary>One figure on the timeline, projected straight from the database (no entities loaded).</summary>
public sealed record TimelinePoint(
    int ClaimId, string Source, string? Via, DateOnly StatedOn, double? Value, double? Low, double? High,
    string? Precision, string? QuantityText, string? RefersTo, string? RefersToRelation, ReviewStatus Status,
    int EvidenceCount, string? FirstEvidence);

/// <summary>A series: whose (actor), what is counted (unit), where (location).</summary>
public sealed record SeriesKey(string Actor, string Unit, string? Location);

/// <summary>The query the timeline pages and the API share.</summary>
public sealed class TimelineQuery(NewsClaimsDbContext db)
{
    public async Task<IReadOnlyList<TimelinePoint>> PointsAsync(SeriesKey series, CancellationToken ct = default)
    {
        var query = db.Claims.AsNoTracking()
            .Where(c => c.Actor!.Name == series.Actor && c.Unit == series.Unit && c.Stance == "asserts");
        if (series.Location is not null) query = query.Where(c => c.Location == series.Location);
        var points = await query
            .OrderBy(c => c.StatedOn).ThenBy(c => c.Id)
            .Select(c => new TimelinePoint(c.Id, c.Source!.Name, c.ViaSource != null ? c.ViaSource.Name : null, c.StatedOn,
                c.Value, c.Low, c.High, c.Precision, c.QuantityText, c.RefersTo, c.RefersToRelation, c.Status,
                c.Evidence.Count, c.Evidence.OrderBy(e => e.Id).Select(e => e.Text).FirstOrDefault()))
            .ToListAsync(ct);
        return points;
    }
}
