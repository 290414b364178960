using System.Globalization;
using System.Text.Json;

namespace NewsClaims.Web.Timeline;

/// <summary>
/// What the interactive chart draws, handed to the browser as JSON inside the page (no second request,
/// and exactly the points the table below shows). Dates are ISO strings; the browser only lays them out.
/// </summary>
public sealed record ChartData(
    string Title,
    IReadOnlyList<ChartSource> Sources,
    IReadOnlyList<ChartStance> Stances,
    IReadOnlyList<ChartBandStep> Band,
    IReadOnlyList<ChartRevision> Revisions,
    bool EvidenceOnHover)
{
    /// <summary>Above this many points the evidence sentences stay out of the page; hovering fetches a point's own.</summary>
    public const int InlineEvidenceLimit = 300;

    public const int MaxRevisionPins = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static ChartData Of(string title, IReadOnlyList<TimelinePoint> points, IReadOnlyList<StanceEvent> stances, IReadOnlyList<Revision> revisions)
    {
        var inline = points.Count <= InlineEvidenceLimit;
        var sources = points.GroupBy(p => p.Source)
            .Select(g => new ChartSource(g.Key, g.Select(p => Point(p, inline)).ToList()))
            .ToList();
        // a band needs two voices; one source's own line is not a consensus
        var band = sources.Count > 1
            ? Timeline.Revisions.Consensus(points).Select(b => new ChartBandStep(Iso(b.Date), b.Low, b.High)).ToList()
            : [];
        return new ChartData(title, sources,
            stances.Select(s => new ChartStance(s.ClaimId, s.Source, s.Stance, Iso(s.StatedOn), s.Evidence)).ToList(),
            band,
            // pins for the latest revisions only: in a dense series older ones would stack on each other
            revisions.TakeLast(MaxRevisionPins).Select(r => new ChartRevision(r.Source, Iso(r.To), r.After, SeriesView.Describe(r), Short(r))).ToList(),
            !inline);
    }

    /// <summary>Safe inside a &lt;script type="application/json"&gt; element: the default encoder escapes &lt;, &gt; and &amp;.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static ChartPoint Point(TimelinePoint p, bool withEvidence) => new(
        p.ClaimId, Iso(p.StatedOn), p.Value, p.Low, p.High, p.Precision, p.QuantityText, p.Via,
        p.Status.ToString(), withEvidence ? p.FirstEvidence : null, SeriesView.Figure(p),
        TimelineChart.Target(p) is { } target ? Iso(target) : null, p.RefersTo, p.RefersToRelation);

    private static string Short(Revision r) => r.Percent is { } pct
        ? string.Create(CultureInfo.InvariantCulture, $"{(pct >= 0 ? "+" : "")}{pct:0}%")
        : string.Create(CultureInfo.InvariantCulture, $"{(r.Change >= 0 ? "+" : "")}{r.Change:N0}");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record ChartSource(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>One figure; <see cref="ProjectedTo"/> is set for a projection ("12,000 by December").</summary>
public sealed record ChartPoint(
    int Claim, string Date, double? Value, double? Low, double? High, string? Precision, string? Text, string? Via,
    string Status, string? Evidence, string Figure, string? ProjectedTo, string? RefersTo, string? Relation);

public sealed record ChartStance(int Claim, string Source, string Stance, string Date, string? Evidence);

public sealed record ChartBandStep(string Date, double Low, double High);

public sealed record ChartRevision(string Source, string Date, double After, string Label, string Short);
