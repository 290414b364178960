using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Actors;

/// <summary>
/// "About 2,000 peacekeepers have left South Kivu, MONUSCO said", "rund 10.000 Blauhelme": peacekeepers are counted for their
/// mission (named in the sentence or last in the article; blue helmets are the UN's), not for the country they serve in.
/// "1,000 Kenyan peacekeepers", "Kenya's peacekeepers", "peacekeepers from Kenya" stay their country's.
/// </summary>
internal static class PeacekeepingMissions
{
    /// <param name="mission">The mission the sentence names, else the one the article named last.</param>
    public static NamedRef? Of(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, FigureMention figure, int? unitTok, NamedRef? mission)
    {
        if (unitTok is not { } noun || !Units.IsPeacekeeperWord(toks[noun])) return null;
        if (mentions.Any(m => IsCountry(m) && (m.First >= figure.NumberEnd && m.Last < noun
                                               || m.Last < figure.First && m.Last >= figure.First - 2
                                               || m.First is var f && f > noun && f <= noun + 2 && toks[f - 1].Lower is "from" or "aus")))
            return null;
        return mission
            ?? (toks[noun].Lower.StartsWith("blauhelm", StringComparison.Ordinal) || toks.Any(t => t.Lower is "un" or "u.n" or "uno")
                ? new NamedRef("United Nations", toks[noun].Text) : null);
    }

    /// <summary>The first peacekeeping mission the sentence names.</summary>
    public static NamedRef? Named(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, Lexicon lexicon)
    {
        foreach (var m in mentions)
        {
            if (m.KeyOf(MentionKind.Entity) is { } key && lexicon.Entity(key) is { Mission: true } entry)
                return new NamedRef(entry.Name, text[toks[m.First].Start..toks[m.Last].End]);
        }
        return null;
    }

    private static bool IsCountry(Mention m) => m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective);
}
