using NewsClaims.Extraction.Attribution;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction;

/// <summary>
/// Lawmakers briefed by an agency pass its figures on: "sagte der Abgeordnete Lee nach einer Unterrichtung
/// durch den Geheimdienst", "a lawmaker briefed by the NIS". The agency is the source, the lawmaker the via.
/// Also reads a bare surname ("so Lee", "Kirby said") as the person named in full earlier in the article.
/// </summary>
internal static class PassedOn
{
    private const string Lawmakers = "lawmakers";

    /// <summary>The agency that briefed the lawmaker <paramref name="name"/>, with the lawmaker as via; null when not passed on.</summary>
    public static NamedRef? Briefed(SourceResolver sources, IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions,
        SourceResolver.Resolved main, NamedRef name, ArticleContext context)
    {
        var isLawmaker = mentions.Any(m => m.Overlaps(main.First, main.Last) && m.KeyOf(MentionKind.Institution) == Lawmakers)
                         || context.Lawmakers.Contains(name.Name);
        if (!isLawmaker) return null;
        if (!main.IsAnaphor) context.Lawmakers.Add(name.Name);

        // "nach Erkenntnissen des Geheimdienstes NIS … sagte der Abgeordnete Lee": a lawmaker speaking right after the
        // article named an intelligence agency as the source of what is known passes on its briefing
        var briefer = Briefer(sources, toks, text, mentions, context) ?? context.LastBriefer
                      ?? (context.LastSource is { } last && sources.Lexicon.Entity(last.Name)?.Institution == "intelligence" ? last : null);
        if (briefer is null) return null;
        context.LastBriefer = briefer;
        return briefer with { Text = briefer.Text, Via = name.Name };
    }

    /// <summary>Remembers the words of a named speaker so that a later bare surname finds them.</summary>
    public static void Remember(IReadOnlyList<Token> toks, SourceResolver.Resolved main, NamedRef name, ArticleContext context)
    {
        if (main.IsAnaphor) return;
        var names = Enumerable.Range(main.First, main.Last - main.First + 1).Where(k => toks[k].IsCapitalized).ToList();
        if (names.Count < 2) return;
        foreach (var k in names) context.Surnames.TryAdd(toks[k].Text, name);
    }

    public static NamedRef Surname(SourceResolver.Resolved main, NamedRef name, ArticleContext context) =>
        main.First == main.Last && name.Name == name.Text && context.Surnames.TryGetValue(name.Text, out var known)
            ? known with { Text = name.Text, Via = name.Via }
            : name;

    private static NamedRef? Briefer(SourceResolver sources, IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions,
        ArticleContext context)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            if (toks[i].Lower is not ("unterrichtung" or "unterrichtet" or "briefing" or "briefed" or "briefings" or "informiert")) continue;
            // "Abgeordnete, die vom NIS unterrichtet worden waren": the agency before the participle
            for (var b = i - 1; b >= 1 && b >= i - 6; b--)
            {
                if (toks[b].Lower is not ("vom" or "von" or "durch")) continue;
                if (AttributionFinder.Forward(toks, b + 1) is { } before && before.First < i
                    && sources.Resolve(toks, text, mentions, before.First, Math.Min(before.Last, i - 1), null, context.InstitutionCountries) is { IsAnaphor: false } rb)
                    return rb.Ref;
                break;
            }
            var k = i + 1;
            if (k < toks.Count && toks[k].Lower is "durch" or "by" or "vom" or "von" or "des" or "from") k++;
            else continue;
            if (AttributionFinder.Forward(toks, k) is not { } np) continue;
            var r = sources.Resolve(toks, text, mentions, np.First, np.Last, null, context.InstitutionCountries);
            if (r is null) continue;
            if (!r.IsAnaphor) return r.Ref;
            return context.LastBriefer ?? (context.LastSource is { } last && !context.Lawmakers.Contains(last.Name) ? last : null);
        }
        return null;
    }
}
