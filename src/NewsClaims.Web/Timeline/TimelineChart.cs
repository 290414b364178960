using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace NewsClaims.Web.Timeline;

/// <summary>
/// Draws a series as an SVG on the server, so the timeline works without JavaScript: a step line per
/// source, ranges and vague figures as bars (never as invented points), projections dashed to their
/// target date, and the review status in each marker (confirmed solid, unreviewed hollow).
/// </summary>
public static class TimelineChart
{
    // colour-blind safe (Okabe–Ito)
    private static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    private const int Width = 900, Height = 380, Left = 70, Right = 270, Top = 20, Bottom = 40;

    // a saved file has no page stylesheet around it
    private const string StandaloneStyle =
        "<style>.axis{stroke:#888}.tick,.legend,.value{font:12px sans-serif;fill:#222}.consensus{fill:#888;fill-opacity:.15;stroke:none}.stance{fill:#555}.stance-denies{fill:#D55E00}</style>";

    public static string Svg(IReadOnlyList<TimelinePoint> points, string title, IReadOnlyList<StanceEvent>? stances = null, bool standalone = false)
    {
        stances ??= [];
        var enc = HtmlEncoder.Default;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"group\" aria-label=\"{enc.Encode(title)}\" class=\"chart\">");
        if (standalone) sb.Append(CultureInfo.InvariantCulture, $"<title>{enc.Encode(title)}</title>{StandaloneStyle}<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        if (points.Count == 0)
        {
            sb.Append("<text x=\"20\" y=\"40\">No figures in this series yet.</text></svg>");
            return sb.ToString();
        }

        var dates = points.Select(p => p.StatedOn).Concat(points.Select(p => Target(p)).OfType<DateOnly>())
            .Concat(stances.Select(s => s.StatedOn)).ToList();
        var minDay = dates.Min().AddDays(-3).DayNumber;
        var maxDay = dates.Max().AddDays(3).DayNumber;
        var maxY = points.Max(p => Math.Max(p.High ?? 0, Math.Max(p.Value ?? 0, p.Low ?? 0))) * 1.15;
        if (maxY <= 0) maxY = 1;
        double X(DateOnly d) => Left + (d.DayNumber - minDay) * (Width - Left - Right) / (double)Math.Max(1, maxDay - minDay);
        double Y(double v) => Height - Bottom - v * (Height - Top - Bottom) / maxY;
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        // axes with a few ticks
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" class=\"axis\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" class=\"axis\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var v = maxY * i / 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" class=\"tick\" text-anchor=\"end\">{v:N0}</text>");
            var d = DateOnly.FromDayNumber(minDay + (maxDay - minDay) * i / 4);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(d))}\" y=\"{Height - Bottom + 18}\" class=\"tick\" text-anchor=\"middle\">{d:yyyy-MM-dd}</text>");
        }

        // consensus band: lowest to highest current figure across sources, drawn under the lines
        var band = Revisions.Consensus(points);
        if (points.Select(p => p.Source).Distinct().Count() > 1 && band.Count > 1)
        {
            // a step band, like the lines: a figure stands until the next one is said
            var upper = new List<string>();
            var lower = new List<string>();
            for (var i = 0; i < band.Count; i++)
            {
                var (x0, x1) = (X(band[i].Date), i + 1 < band.Count ? X(band[i + 1].Date) : X(band[i].Date));
                upper.Add($"{F(x0)},{F(Y(band[i].High))} {F(x1)},{F(Y(band[i].High))}");
                lower.Add($"{F(x1)},{F(Y(band[i].Low))} {F(x0)},{F(Y(band[i].Low))}");
            }
            lower.Reverse();
            var upperPoints = string.Join(" ", upper);
            var lowerPoints = string.Join(" ", lower);
            sb.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{upperPoints} {lowerPoints}\" class=\"consensus\"><title>Consensus band: lowest to highest current figure across sources</title></polygon>");
        }
        foreach (var s in stances)
        {
            var x = X(s.StatedOn);
            var y = Height - Bottom;
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/claims/{s.ClaimId}\"><path d=\"M{F(x)},{F(y - 2)} l-6,-10 h12 z\" class=\"stance stance-{s.Stance}\"><title>{enc.Encode($"{s.Source} {s.Stance} ({s.StatedOn:yyyy-MM-dd}): {s.Evidence}")}</title></path></a>");
        }

        var sources = points.Select(p => p.Source).Distinct().ToList();
        for (var s = 0; s < sources.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var own = points.Where(p => p.Source == sources[s]).ToList();
            var line = own.Where(p => p.Value is not null && Target(p) is null).ToList();
            if (line.Count > 1)
            {
                var path = new StringBuilder();
                for (var i = 0; i < line.Count; i++)
                {
                    var x = X(line[i].StatedOn);
                    var y = Y(line[i].Value!.Value);
                    if (i == 0) path.Append(CultureInfo.InvariantCulture, $"M{F(x)},{F(y)}");
                    else path.Append(CultureInfo.InvariantCulture, $" H{F(x)} V{F(y)}");
                }
                sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }
            foreach (var p in own)
            {
                var x = X(p.StatedOn);
                var label = enc.Encode($"{p.Source}{(p.Via is null ? "" : " via " + p.Via)}: {p.QuantityText} ({p.Precision}, said {p.StatedOn:yyyy-MM-dd}, {p.Status}) — {p.FirstEvidence}");
                if (Target(p) is { } target && p.Value is { } projected)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{F(Y(projected))}\" x2=\"{F(X(target))}\" y2=\"{F(Y(projected))}\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\" class=\"projection\"><title>{label} projected by {p.RefersTo}</title></line>");
                }
                if (p.Value is null || p.Precision is "range" or "vague")
                {
                    var low = p.Low ?? 0;
                    var high = p.High ?? maxY;
                    sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{F(Y(low))}\" x2=\"{F(x)}\" y2=\"{F(Y(high))}\" stroke=\"{colour}\" stroke-width=\"6\" stroke-opacity=\"0.35\" class=\"range\"><title>{label}</title></line>");
                    continue;
                }
                var fill = p.Status == Data.ReviewStatus.Confirmed ? colour : "#fff";
                var shape = p.Status is Data.ReviewStatus.Denied or Data.ReviewStatus.Disputed ? "stroke-dasharray=\"2 2\"" : "";
                sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/claims/{p.ClaimId}\"><circle cx=\"{F(x)}\" cy=\"{F(Y(p.Value.Value))}\" r=\"5\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\" {shape} class=\"point status-{p.Status.ToString().ToLowerInvariant()}\" data-claim=\"{p.ClaimId}\"><title>{label}</title></circle></a>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 7)}\" y=\"{F(Y(p.Value.Value) - 7)}\" class=\"value\">{p.Value.Value:N0}</text>");
            }
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 12}\" y=\"{Top + s * 22}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 30}\" y=\"{Top + s * 22 + 11}\" class=\"legend\">{enc.Encode(sources[s])}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The date a projection ("by December", "by the end of the year") points to: the end of its month or year.</summary>
    public static DateOnly? Target(TimelinePoint p)
    {
        if (p.RefersToRelation != "by" || p.RefersTo is null) return null;
        if (p.RefersTo.Length == 4 && int.TryParse(p.RefersTo, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200)
            return new DateOnly(year, 12, 31);
        if (p.RefersTo.Length == 7 && DateOnly.TryParseExact(p.RefersTo + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            return m.AddMonths(1).AddDays(-1);
        return DateOnly.TryParseExact(p.RefersTo, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
