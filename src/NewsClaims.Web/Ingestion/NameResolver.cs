using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Ingestion;

/// <summary>
/// Finds the canonical source or actor for a name (by name, then by alias) and creates unknown ones.
/// <see cref="LoadAsync"/> brings every row an article's names can hit into the context in four
/// queries, so resolving each claim afterwards asks the database nothing.
/// </summary>
internal sealed class NameResolver(NewsClaimsDbContext db)
{
    public async Task LoadAsync(IEnumerable<string?> sourceNames, IEnumerable<string?> actorNames, CancellationToken ct)
    {
        var sources = Distinct(sourceNames);
        var actors = Distinct(actorNames);
        await db.Sources.Where(s => sources.Contains(s.Name)).LoadAsync(ct);
        await db.SourceAliases.Include(a => a.Source).Where(a => sources.Contains(a.Text)).LoadAsync(ct);
        await db.Actors.Where(a => actors.Contains(a.Name)).LoadAsync(ct);
        await db.ActorAliases.Include(a => a.Actor).Where(a => actors.Contains(a.Text)).LoadAsync(ct);
    }

    /// <summary>The source for a name; <paramref name="words"/> (how the text named it) becomes an alias.</summary>
    public Source Source(string name, string? words)
    {
        var source = db.Sources.Local.FirstOrDefault(s => s.Name == name)
            ?? db.SourceAliases.Local.FirstOrDefault(a => a.Text == name)?.Source;
        if (source is null)
        {
            source = new Source { Name = name };
            db.Sources.Add(source);
        }
        if (IsAlias(words, source.Name) && !db.SourceAliases.Local.Any(a => a.Text == words))
            db.SourceAliases.Add(new SourceAlias { Source = source, Text = words! });
        return source;
    }

    public Actor Actor(string name, string? words)
    {
        var actor = db.Actors.Local.FirstOrDefault(a => a.Name == name)
            ?? db.ActorAliases.Local.FirstOrDefault(a => a.Text == name)?.Actor;
        if (actor is null)
        {
            actor = new Actor { Name = name };
            db.Actors.Add(actor);
        }
        if (IsAlias(words, actor.Name) && !db.ActorAliases.Local.Any(a => a.Text == words))
            db.ActorAliases.Add(new ActorAlias { Actor = actor, Text = words! });
        return actor;
    }

    private static bool IsAlias(string? words, string name) => !string.IsNullOrWhiteSpace(words) && words != name && words.Length <= 300;

    private static List<string> Distinct(IEnumerable<string?> names) =>
        names.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
