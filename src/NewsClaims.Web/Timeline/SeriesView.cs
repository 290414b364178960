using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Timeline;

/// <summary>Everything a series page shows: chart, points, revisions, positions, and the filter that made it.</summary>
public sealed record SeriesView(
    SeriesKey Key, TimelineFilter Filter, IReadOnlyList<TimelinePoint> Points, IReadOnlyList<Revision> Revisions,
    IReadOnlyList<StanceEvent> Stances, IReadOnlyList<string> SourceChoices,
    IReadOnlyList<string> PublisherChoices, string QueryString)
{
    /// <summary>A table longer than this shows its latest rows unless the reader asks for all (?rows=all); exports hold every row.</summary>
    public const int TableLimit = 500;

    private string? _svg;
    private string? _json;
    private IReadOnlyList<TimelinePoint>? _tableRows;

    public bool AllRows { get; init; }

    /// <summary>The rows the table shows: all of them, or the latest <see cref="TableLimit"/>.</summary>
    public IReadOnlyList<TimelinePoint> TableRows => _tableRows ??= AllRows || Points.Count <= TableLimit ? Points : Points.Skip(Points.Count - TableLimit).ToList();

    /// <summary>The page's own address with every filter and all rows shown.</summary>
    public string AllRowsQuery => string.Join("&", QueryString.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("rows=", StringComparison.Ordinal)).Append("rows=all"));

    /// <summary>The server-drawn chart, drawn only for a page that shows it (no chart library, comparison).</summary>
    public string ChartSvg => _svg ??= TimelineChart.Svg(Points, Key.Title, Stances);

    /// <summary>The interactive chart's data, made only for a page that draws it.</summary>
    public string ChartJson => _json ??= ChartData.Of(Key.Title, Points, Stances, Revisions).ToJson();

    public static async Task<SeriesView> LoadAsync(TimelineQuery query, SeriesKey key, TimelineFilter filter, string queryString, CancellationToken ct)
    {
        var points = await query.PointsAsync(key, filter, ct);
        var stances = await query.StancesAsync(key, ct);
        var (sources, publishers) = await query.ChoicesAsync(key, ct);
        var revisions = Timeline.Revisions.Of(points);
        return new SeriesView(key, filter, points, revisions, stances, sources, publishers, queryString);
    }

    /// <summary>Reads the filter from the query string: ?source=…&amp;status=…&amp;from=…&amp;to=…&amp;precision=…&amp;publisher=…&amp;language=…</summary>
    public static TimelineFilter ParseFilter(IQueryCollection q)
    {
        var statuses = q["status"].Select(s => Enum.TryParse<ReviewStatus>(s, true, out var v) ? (ReviewStatus?)v : null).OfType<ReviewStatus>().ToList();
        return new TimelineFilter(
            q["source"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList(),
            statuses.Count > 0 ? statuses : TimelineFilter.DefaultStatuses,
            Date(q["from"]), Date(q["to"]),
            NullIfEmpty(q["precision"]), NullIfEmpty(q["publisher"]), NullIfEmpty(q["language"]));
    }

    public static string Figure(TimelinePoint p) => p.Precision switch
    {
        "range" => string.Create(CultureInfo.InvariantCulture, $"{p.Low:N0}–{p.High:N0}"),
        "vague" => string.Create(CultureInfo.InvariantCulture, $"{p.QuantityText} (≥ {p.Low:N0})"),
        "at-least" => string.Create(CultureInfo.InvariantCulture, $"≥ {p.Value:N0}"),
        "at-most" => string.Create(CultureInfo.InvariantCulture, $"≤ {p.Value:N0}"),
        "approximate" => string.Create(CultureInfo.InvariantCulture, $"~{p.Value:N0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0}"),
    };

    public static string Describe(Revision r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Source}: {r.Before:N0} → {r.After:N0} ({(r.Change >= 0 ? "+" : "")}{r.Change:N0}{(r.Percent is { } pct ? $", {(pct >= 0 ? "+" : "")}{pct:0} %" : "")}) between {r.From:yyyy-MM-dd} and {r.To:yyyy-MM-dd}");

    private static DateOnly? Date(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
