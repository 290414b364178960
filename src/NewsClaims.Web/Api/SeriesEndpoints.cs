using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using CsvHelper;
using NewsClaims.Extraction.Contract;
using NewsClaims.Web.Accounts;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Api;

public static class SeriesEndpoints
{
    public static void MapSeriesApi(this IEndpointRouteBuilder app)
    {
        var series = app.MapGroup("/api/series").RequireAuthorization(Policies.Read).CacheOutput(TimelineCachePolicy.Name);

        series.MapGet("/", async (TimelineQuery query, CancellationToken ct) =>
            Results.Json((await query.SeriesAsync(ct)).Select(s => new
            {
                key = s.Key.Slug, s.Key.Actor, s.Key.Unit, s.Key.Location, s.Claims, s.Sources, s.First, s.Last,
            }), ApiJson.Options));

        // points per source, each with its evidence id; the same filters as the page
        series.MapGet("/{key}/timeline", async (string key, HttpRequest request, TimelineQuery query, CancellationToken ct) =>
        {
            if (await query.FindSeriesAsync(key, ct) is not { } s) return Results.Problem($"No series {key}.", statusCode: StatusCodes.Status404NotFound);
            var points = await query.PointsAsync(s, SeriesView.ParseFilter(request.Query), ct);
            return Results.Json(new
            {
                key = s.Slug, s.Actor, s.Unit, s.Location,
                sources = points.GroupBy(p => p.Source).Select(g => new { source = g.Key, points = g.ToList() }),
                revisions = Revisions.Of(points),
            }, ApiJson.Options);
        });

        // the server-drawn chart of the same filtered view, for saving as SVG
        series.MapGet("/{key}/chart.svg", async (string key, HttpRequest request, TimelineQuery query, CancellationToken ct) =>
        {
            if (await query.FindSeriesAsync(key, ct) is not { } s) return Results.Problem($"No series {key}.", statusCode: StatusCodes.Status404NotFound);
            var points = await query.PointsAsync(s, SeriesView.ParseFilter(request.Query), ct);
            var svg = TimelineChart.Svg(points, s.Title, await query.StancesAsync(s, ct), standalone: true);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(svg), "image/svg+xml; charset=utf-8", $"{s.Slug}.svg");
        });

        // Atom: one entry per claim, newest first; a review or a new article changes the entry's updated time
        series.MapGet("/{key}/feed", async (string key, HttpRequest request, TimelineQuery query, CancellationToken ct) =>
        {
            if (await query.FindSeriesAsync(key, ct) is not { } s) return Results.Problem($"No series {key}.", statusCode: StatusCodes.Status404NotFound);
            var points = await query.PointsAsync(s, TimelineFilter.Default with { Statuses = [] }, ct);
            var updates = await query.LastChangesAsync(points.Select(p => p.ClaimId).ToList(), ct);
            var site = $"{request.Scheme}://{request.Host}";
            var entries = points.OrderByDescending(p => updates.GetValueOrDefault(p.ClaimId)).Take(100).Select(p =>
            {
                var item = new SyndicationItem(
                    $"{p.Source}: {SeriesView.Figure(p)} ({p.Status})",
                    $"{p.FirstEvidence} (said {p.StatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})",
                    new Uri($"{site}/claims/{p.ClaimId}"),
                    $"{site}/claims/{p.ClaimId}",
                    new DateTimeOffset(DateTime.SpecifyKind(updates.GetValueOrDefault(p.ClaimId), DateTimeKind.Utc)));
                return item;
            }).ToList();
            var feed = new SyndicationFeed($"NewsClaims: {s.Title}", $"New and revised claims in {s.Title}", new Uri($"{site}/timeline/{s.Slug}"), $"{site}/timeline/{s.Slug}",
                entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch, entries);
            using var stream = new MemoryStream();
            using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Indent = true }))
            {
                new Atom10FeedFormatter(feed).WriteTo(xml);
            }
            return Results.File(stream.ToArray(), "application/atom+xml; charset=utf-8");
        });

        series.MapGet("/{key}/export", async (string key, string? format, HttpRequest request, TimelineQuery query, CancellationToken ct) =>
        {
            if (await query.FindSeriesAsync(key, ct) is not { } s) return Results.Problem($"No series {key}.", statusCode: StatusCodes.Status404NotFound);
            var points = await query.PointsAsync(s, SeriesView.ParseFilter(request.Query), ct);
            if (format is "json") return Results.Json(points, ApiJson.Options);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
            {
                await csv.WriteRecordsAsync(points.Select(p => new
                {
                    claim = p.ClaimId, said_on = p.StatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source = p.Source, via = p.Via,
                    value = p.Value, low = p.Low, high = p.High, precision = p.Precision, quantity_text = p.QuantityText,
                    refers_to = p.RefersTo, relation = p.RefersToRelation, status = p.Status.ToString(), evidence = p.FirstEvidence,
                }), ct);
            }
            return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", $"{s.Slug}.csv");
        });
    }
}
