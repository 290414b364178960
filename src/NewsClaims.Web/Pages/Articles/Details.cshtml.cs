using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;
using NewsClaims.Web.Reviews;

namespace NewsClaims.Web.Pages.Articles;

public sealed class ArticleDetailsModel(NewsClaimsDbContext db, ClaimQuery claims) : PageModel
{
    /// <summary>A run of article text and the claims whose evidence covers it. Rendered encoded, never as HTML.</summary>
    public sealed record Segment(string Text, IReadOnlyList<int> ClaimIds);

    public Article Article { get; private set; } = new();
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];
    public IReadOnlyList<Segment> Segments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        Article = article;
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.ArticleId == id)
            .Select(e => new { e.ClaimId, e.Start, e.End }).ToListAsync(ct);
        Claims = (await claims.ListAsync(new ClaimFilter(Article: id, PageSize: 500), ct)).Items.OrderBy(c => c.Id).ToList();
        Segments = Split(article.Text, evidence.Select(e => (e.Start, e.End, e.ClaimId)).ToList());
        return Page();
    }

    public static IReadOnlyList<Segment> Split(string text, IReadOnlyList<(int Start, int End, int ClaimId)> spans)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (s, e, _) in spans)
        {
            cuts.Add(Math.Clamp(s, 0, text.Length));
            cuts.Add(Math.Clamp(e, 0, text.Length));
        }
        var list = cuts.ToList();
        var segments = new List<Segment>();
        for (var i = 0; i + 1 < list.Count; i++)
        {
            var (from, to) = (list[i], list[i + 1]);
            if (from == to) continue;
            var ids = spans.Where(sp => sp.Start <= from && sp.End >= to).Select(sp => sp.ClaimId).Distinct().ToList();
            segments.Add(new Segment(text[from..to], ids));
        }
        return segments;
    }
}
