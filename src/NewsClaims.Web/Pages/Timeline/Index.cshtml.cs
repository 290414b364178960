using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Pages.Timeline;

public sealed class SeriesListModel(TimelineQuery timeline) : PageModel
{
    public IReadOnlyList<SeriesSummary> Series { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Series = await timeline.SeriesAsync(ct);
}
