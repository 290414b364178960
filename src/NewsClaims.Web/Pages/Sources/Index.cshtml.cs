using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Accounts;
using NewsClaims.Web.Data;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Pages.Sources;

public sealed class SourcesModel(NewsClaimsDbContext db, SourceService sources, IAuthorizationService authorization) : PageModel
{
    public sealed record AliasRow(int Id, string Text, bool AddedByEditor);

    public sealed record Row(int Id, string Name, int Claims, IReadOnlyList<AliasRow> Aliases);

    public IReadOnlyList<Row> Sources { get; private set; } = [];
    public IReadOnlyList<SourceAudit> Audit { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["Message"] as string;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded;
        var claimCounts = await db.Claims.GroupBy(c => c.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var rows = await db.Sources.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, Aliases = s.Aliases.OrderBy(a => a.Text).Select(a => new AliasRow(a.Id, a.Text, a.AddedByEditor)).ToList() })
            .ToListAsync(ct);
        Sources = rows.Select(r => new Row(r.Id, r.Name, claimCounts.GetValueOrDefault(r.Id), r.Aliases))
            .OrderByDescending(r => r.Claims).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        Audit = await db.SourceAudits.AsNoTracking().OrderByDescending(a => a.Id).Take(20).ToListAsync(ct);
    }

    public Task<IActionResult> OnPostAddAliasAsync(int sourceId, string alias, CancellationToken ct) =>
        EditAsync(who => sources.AddAliasAsync(sourceId, alias ?? "", who, ct), "Alias added.");

    public Task<IActionResult> OnPostRemoveAliasAsync(int aliasId, CancellationToken ct) =>
        EditAsync(who => sources.RemoveAliasAsync(aliasId, who, ct), "Alias removed.");

    public Task<IActionResult> OnPostRenameAsync(int sourceId, string name, CancellationToken ct) =>
        EditAsync(who => sources.RenameAsync(sourceId, name ?? "", who, ct), "Source renamed.");

    public Task<IActionResult> OnPostMergeAsync(int fromId, int intoId, CancellationToken ct) =>
        EditAsync(who => sources.MergeAsync(fromId, intoId, who, ct), "Sources merged.");

    /// <summary>Changing sources is for editors; reading the page is for everyone who may read.</summary>
    private async Task<IActionResult> EditAsync(Func<string, Task<string?>> change, string done)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Edit)).Succeeded) return Forbid();
        TempData["Message"] = await change(User.Identity?.Name ?? "editor") ?? done;
        return RedirectToPage();
    }
}
