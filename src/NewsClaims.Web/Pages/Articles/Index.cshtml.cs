using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Pages.Articles;

public sealed class ArticlesIndexModel(NewsClaimsDbContext db) : PageModel
{
    public sealed record Row(int Id, string? Title, string? Publisher, DateOnly Published, string Language, int Claims);

    public IReadOnlyList<Row> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Select(a => new Row(a.Id, a.Title, a.Publisher, a.Published, a.Language, a.Evidence.Select(e => e.ClaimId).Distinct().Count()))
            .Take(500)
            .ToListAsync(ct);
}
