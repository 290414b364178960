using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Pages.Articles;

public sealed class ArticleDetailsModel(NewsClaimsDbContext db) : PageModel
{
    public sealed record ClaimRow(int Id, string Source, string? Via, string? Actor, string Stance, string? QuantityText, string? Precision,
        string? Unit, string? Location, DateOnly StatedOn, string? RefersTo, string? RefersToRelation, ReviewStatus Status,
        double? Value, double? Low, double? High, string Origin, string? EditedBy)
    {
        public string Figure => Value is { } v ? v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Low:N0}–{High:N0}");
    }

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
        var claimIds = evidence.Select(e => e.ClaimId).Distinct().ToList();
        Claims = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id)).OrderBy(c => c.Id)
            .Select(c => new ClaimRow(c.Id, c.Source!.Name, c.ViaSource != null ? c.ViaSource.Name : null, c.Actor != null ? c.Actor.Name : null,
                c.Stance, c.QuantityText, c.Precision, c.Unit, c.Location, c.StatedOn, c.RefersTo, c.RefersToRelation, c.Status,
                c.Value, c.Low, c.High, c.Origin, c.EditedBy))
            .ToListAsync(ct);
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
