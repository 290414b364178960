using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Ingestion;

/// <summary>Finds the canonical source or actor for a name (by name, then by alias) and creates unknown ones.</summary>
internal sealed class NameResolver(NewsClaimsDbContext db)
{
    public async Task<Source> SourceAsync(string name, string? words, CancellationToken ct)
    {
        var source = db.Sources.Local.FirstOrDefault(s => s.Name == name)
            ?? await db.Sources.FirstOrDefaultAsync(s => s.Name == name, ct)
            ?? await db.SourceAliases.Where(a => a.Text == name).Select(a => a.Source).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            source = new Source { Name = name };
            db.Sources.Add(source);
        }
        await AddSourceAliasAsync(source, words, ct);
        return source;
    }

    public async Task<Actor> ActorAsync(string name, string? words, CancellationToken ct)
    {
        var actor = db.Actors.Local.FirstOrDefault(a => a.Name == name)
            ?? await db.Actors.FirstOrDefaultAsync(a => a.Name == name, ct)
            ?? await db.ActorAliases.Where(a => a.Text == name).Select(a => a.Actor).FirstOrDefaultAsync(ct);
        if (actor is null)
        {
            actor = new Actor { Name = name };
            db.Actors.Add(actor);
        }
        if (!string.IsNullOrWhiteSpace(words) && words != actor.Name && words.Length <= 300
            && !db.ActorAliases.Local.Any(a => a.Text == words) && !await db.ActorAliases.AnyAsync(a => a.Text == words, ct))
            db.ActorAliases.Add(new ActorAlias { Actor = actor, Text = words });
        return actor;
    }

    private async Task AddSourceAliasAsync(Source source, string? words, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(words) || words == source.Name || words.Length > 300) return;
        if (db.SourceAliases.Local.Any(a => a.Text == words) || await db.SourceAliases.AnyAsync(a => a.Text == words, ct)) return;
        db.SourceAliases.Add(new SourceAlias { Source = source, Text = words });
    }
}
