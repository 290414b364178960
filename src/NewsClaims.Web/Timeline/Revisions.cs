namespace NewsClaims.Web.Timeline;

/// <summary>A source changing its own figure: NIS 1,500 → 3,000, +100 %.</summary>
public sealed record Revision(string Source, DateOnly From, DateOnly To, double Before, double After)
{
    public double Change => After - Before;
    public double? Percent => Before == 0 ? null : (After - Before) / Before * 100;
}

public static class Revisions
{
    /// <summary>Consecutive current figures (not projections) of each source that differ.</summary>
    public static IReadOnlyList<Revision> Of(IEnumerable<TimelinePoint> points) =>
        points.Where(p => p.Value is not null && TimelineChart.Target(p) is null)
            .GroupBy(p => p.Source)
            .SelectMany(g => g.OrderBy(p => p.StatedOn).ThenBy(p => p.ClaimId).Zip(g.OrderBy(p => p.StatedOn).ThenBy(p => p.ClaimId).Skip(1))
                .Where(pair => pair.First.Value != pair.Second.Value && pair.First.StatedOn < pair.Second.StatedOn)
                .Select(pair => new Revision(g.Key, pair.First.StatedOn, pair.Second.StatedOn, pair.First.Value!.Value, pair.Second.Value!.Value)))
            .OrderBy(r => r.To)
            .ToList();

    /// <summary>At each date with a figure: the lowest and highest current figure across sources.</summary>
    public static IReadOnlyList<(DateOnly Date, double Low, double High)> Consensus(IEnumerable<TimelinePoint> points)
    {
        var current = points.Where(p => p.Value is not null && TimelineChart.Target(p) is null).OrderBy(p => p.StatedOn).ThenBy(p => p.ClaimId).ToList();
        var latest = new Dictionary<string, double>(StringComparer.Ordinal);
        var band = new List<(DateOnly, double, double)>();
        foreach (var day in current.GroupBy(p => p.StatedOn))
        {
            foreach (var p in day) latest[p.Source] = p.Value!.Value;
            band.Add((day.Key, latest.Values.Min(), latest.Values.Max()));
        }
        return band;
    }
}
