using Microsoft.EntityFrameworkCore;
using NewsClaims.Extraction;
using NewsClaims.Extraction.Entities;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Ingestion;

/// <summary>
/// Editors' changes to the source lexicon: aliases, renames and merges, each with an audit record.
/// Aliases editors add are taught to the shared extractor at once.
/// </summary>
public sealed class SourceService(NewsClaimsDbContext db, ExtractorProvider extractor, TimeProvider clock, Timeline.TimelineCache timelines)
{
    public async Task<string?> AddAliasAsync(int sourceId, string alias, string who, CancellationToken ct = default)
    {
        alias = alias.Trim();
        if (alias.Length is 0 or > 300) return "An alias has 1 to 300 characters.";
        if (await db.Sources.FindAsync([sourceId], ct) is not { } source) return "No such source.";
        var existing = await db.SourceAliases.Include(a => a.Source).FirstOrDefaultAsync(a => a.Text == alias, ct);
        if (existing is not null && existing.SourceId != sourceId) return $"'{alias}' already names {existing.Source!.Name}.";
        if (existing is null) db.SourceAliases.Add(new SourceAlias { SourceId = sourceId, Text = alias, AddedByEditor = true });
        else existing.AddedByEditor = true;
        Audit(who, "alias-added", $"'{alias}' → {source.Name}");
        await db.SaveChangesAsync(ct);
        await RefreshExtractorAsync(ct);
        return null;
    }

    public async Task<string?> RemoveAliasAsync(int aliasId, string who, CancellationToken ct = default)
    {
        if (await db.SourceAliases.Include(a => a.Source).FirstOrDefaultAsync(a => a.Id == aliasId, ct) is not { } alias) return "No such alias.";
        db.SourceAliases.Remove(alias);
        Audit(who, "alias-removed", $"'{alias.Text}' from {alias.Source!.Name}");
        await db.SaveChangesAsync(ct);
        await RefreshExtractorAsync(ct);
        return null;
    }

    public async Task<string?> RenameAsync(int sourceId, string name, string who, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 300) return "A name has 1 to 300 characters.";
        if (await db.Sources.FindAsync([sourceId], ct) is not { } source) return "No such source.";
        if (await db.Sources.AnyAsync(s => s.Name == name && s.Id != sourceId, ct)) return $"A source named '{name}' exists: merge instead.";
        Audit(who, "renamed", $"{source.Name} → {name}");
        // the old name keeps finding the source
        if (!await db.SourceAliases.AnyAsync(a => a.Text == source.Name, ct))
            db.SourceAliases.Add(new SourceAlias { SourceId = sourceId, Text = source.Name, AddedByEditor = true });
        source.Name = name;
        await db.SaveChangesAsync(ct);
        await timelines.ChangedAsync(ct);
        await RefreshExtractorAsync(ct);
        return null;
    }

    /// <summary>Moves every claim, via-reference and alias of one source to another, then removes the empty source.</summary>
    public async Task<string?> MergeAsync(int fromId, int intoId, string who, CancellationToken ct = default)
    {
        if (fromId == intoId) return "A source cannot be merged into itself.";
        var from = await db.Sources.FindAsync([fromId], ct);
        var into = await db.Sources.FindAsync([intoId], ct);
        if (from is null || into is null) return "No such source.";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Claims.Where(c => c.SourceId == fromId).ExecuteUpdateAsync(u => u.SetProperty(c => c.SourceId, intoId).SetProperty(c => c.Version, c => c.Version + 1), ct);
        await db.Claims.Where(c => c.ViaSourceId == fromId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ViaSourceId, intoId), ct);
        await db.SourceAliases.Where(a => a.SourceId == fromId).ExecuteUpdateAsync(u => u.SetProperty(a => a.SourceId, intoId), ct);
        db.SourceAliases.Add(new SourceAlias { SourceId = intoId, Text = from.Name, AddedByEditor = true });
        db.Sources.Remove(from);
        Audit(who, "merged", $"{from.Name} → {into.Name} ({moved} claims moved)");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await timelines.ChangedAsync(ct);
        await RefreshExtractorAsync(ct);
        return null;
    }

    /// <summary>Rebuilds the shared extractor with the aliases editors added.</summary>
    public async Task RefreshExtractorAsync(CancellationToken ct = default)
    {
        var aliases = await db.SourceAliases.AsNoTracking().Where(a => a.AddedByEditor)
            .Select(a => new AliasEntry(a.Source!.Name, a.Text)).ToListAsync(ct);
        extractor.Replace(new ClaimExtractorBuilder().AddAliases(aliases).Build());
    }

    private void Audit(string who, string action, string detail) =>
        db.SourceAudits.Add(new SourceAudit { At = clock.GetUtcNow().UtcDateTime, Who = who, Action = action, Detail = detail });
}
