using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Pages;

/// <summary>The home page: the default series, filtered like any series page.</summary>
public sealed class IndexModel(TimelineQuery timeline, IOptions<NewsClaimsOptions> options) : PageModel
{
    public SeriesView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var o = options.Value;
        var key = new SeriesKey(o.DefaultActor, o.DefaultUnit, o.DefaultLocation);
        View = await SeriesView.LoadAsync(timeline, key, SeriesView.ParseFilter(Request.Query), Request.QueryString.Value?.TrimStart('?') ?? "", ct);
    }
}
