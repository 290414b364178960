using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsClaims.Web.Data;
using NewsClaims.Web.Reviews;

namespace NewsClaims.Web.Pages.Review;

public sealed class ReviewQueueModel(ClaimQuery query, ReviewService reviews) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public int? Article { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public ClaimFilter Filter { get; private set; } = new();
    public ClaimPage Claims { get; private set; } = new([], 0, 1, 50);
    public string? Message { get; private set; }
    public string? FromText => From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string? ToText => To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["Message"] as string;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, int version, string decision, string? note, CancellationToken ct)
    {
        TempData["Message"] = await ApplyAsync(id, version, decision, note, ct);
        return RedirectToPage(new { Source, Actor, Unit, Article, Status, From, To });
    }

    public async Task<IActionResult> OnPostBulkAsync(string[] selected, string decision, string? note, CancellationToken ct)
    {
        var messages = new List<string>();
        foreach (var item in selected)
        {
            var parts = item.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var version))
                messages.Add(await ApplyAsync(id, version, decision, note, ct));
        }
        TempData["Message"] = messages.Count == 0 ? "Nothing was selected." : string.Join(" ", messages);
        return RedirectToPage(new { Source, Actor, Unit, Article, Status, From, To });
    }

    private async Task<string> ApplyAsync(int id, int version, string decision, string? note, CancellationToken ct)
    {
        if (!ReviewService.TryParseStatus(decision, out var to)) return "Unknown status.";
        var outcome = await reviews.ReviewAsync(id, version, to, note, User.Identity?.Name ?? "unknown", ct);
        return outcome switch
        {
            ReviewOutcome.Applied a => $"Claim {id} is now {a.Status}.",
            ReviewOutcome.Conflict c => $"Claim {id} was changed meanwhile: it is now {c.CurrentStatus}. Nothing was overwritten; review it again if needed.",
            ReviewOutcome.Invalid i => $"Claim {id}: {i.Message}",
            _ => $"Claim {id} no longer exists.",
        };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Filter = new ClaimFilter(Source, Actor, Unit, Article, Status, From, To);
        Claims = await query.ListAsync(Filter, ct);
    }
}
