using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;
using NewsClaims.Web.Reviews;

namespace NewsClaims.Web.Pages.Claims;

public sealed class ClaimDetailsModel(ClaimQuery query, NewsClaimsDbContext db) : PageModel
{
    public sealed record EvidenceRow(int ArticleId, string? Title, string? Publisher, DateOnly Published, string Text);

    public ClaimRow Claim { get; private set; } = null!;
    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];
    public IReadOnlyList<ReviewEvent> History { get; private set; } = [];

    /// <summary>"Extracted as read", or which editor corrected or added it.</summary>
    public string Origin { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await query.FindAsync(id, ct) is not { } claim) return NotFound();
        Claim = claim;
        Evidence = await db.Evidence.AsNoTracking().Where(e => e.ClaimId == id).OrderBy(e => e.Id)
            .Select(e => new EvidenceRow(e.ArticleId, e.Article!.Title, e.Article.Publisher, e.Article.Published, e.Text)).ToListAsync(ct);
        Origin = claim.Origin == ClaimOrigins.Extracted ? "Extracted as read." : $"{char.ToUpperInvariant(claim.Origin[0])}{claim.Origin[1..]} by {claim.EditedBy}.";
        History = await db.ReviewEvents.AsNoTracking().Where(e => e.ClaimId == id).OrderBy(e => e.Id).ToListAsync(ct);
        return Page();
    }
}
