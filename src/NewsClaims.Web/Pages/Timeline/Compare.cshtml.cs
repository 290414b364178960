using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Pages.Timeline;

/// <summary>Two series side by side (?a=key&amp;b=key), each with the default filter.</summary>
public sealed class CompareModel(TimelineQuery timeline) : PageModel
{
    public IReadOnlyList<SeriesSummary> Choices { get; private set; } = [];
    public SeriesView? Left { get; private set; }
    public SeriesView? Right { get; private set; }

    public async Task OnGetAsync(string? a, string? b, CancellationToken ct)
    {
        Choices = await timeline.SeriesAsync(ct);
        Left = await LoadAsync(a ?? Choices.ElementAtOrDefault(0)?.Key.Slug, ct);
        Right = await LoadAsync(b ?? Choices.ElementAtOrDefault(1)?.Key.Slug, ct);
    }

    private async Task<SeriesView?> LoadAsync(string? slug, CancellationToken ct) =>
        slug is not null && Choices.FirstOrDefault(s => s.Key.Slug == slug) is { } s
            ? await SeriesView.LoadAsync(timeline, s.Key, TimelineFilter.Default, "", ct)
            : null;
}
