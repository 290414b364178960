using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Pages.Timeline;

public sealed class SeriesPageModel(TimelineQuery timeline) : PageModel
{
    public SeriesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await timeline.FindSeriesAsync(slug, ct) is not { } key) return NotFound();
        View = await SeriesView.LoadAsync(timeline, key, SeriesView.ParseFilter(Request.Query), Request.QueryString.Value?.TrimStart('?') ?? "", ct)
            with { AllRows = Request.Query["rows"] == "all" };
        return Page();
    }
}
