using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Pages;

public sealed class IndexModel(TimelineQuery timeline, IOptions<NewsClaimsOptions> options) : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<TimelinePoint> Points { get; private set; } = [];
    public string ChartSvg { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var o = options.Value;
        var series = new SeriesKey(o.DefaultActor, o.DefaultUnit, o.DefaultLocation);
        Title = string.Join(" · ", new[] { series.Actor, series.Unit, series.Location }.Where(s => s is not null));
        Points = await timeline.PointsAsync(series, ct);
        ChartSvg = TimelineChart.Svg(Points, Title);
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
}
