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

    /// <summary>
    /// "MINUSCA has about 14,000 troops", "Derzeit umfasst die KFOR rund 3800 Soldaten": the soldiers a mission named as the
    /// subject has or is made of are the mission's (those with a nation on them, "1,000 Kenyan troops", stay their country's).
    /// </summary>
    public static NamedRef? Strength(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, FigureMention figure, int? unitTok,
        NamedRef? missionHere)
    {
        if (missionHere is null || unitTok is not { } noun || Units.NounUnit(toks[noun]) != Units.Soldiers) return null;
        if (mentions.Any(m => IsCountry(m) && m.First >= figure.NumberEnd && m.Last < noun)) return null;
        var verb = -1;
        for (var k = figure.First - 1; k >= 0 && k >= figure.First - 8; k--)
        {
            if (toks[k].Lower is "has" or "have" or "had" or "umfasst" or "umfasste" or "umfasse" or "zählt" or "zählte" or "comprises"
                or "comprised" or "numbers" or "numbered" or "hat" or "hatte")
            {
                verb = k;
                break;
            }
        }
        if (verb < 0) return null;
        // another side between the verb and the figure has them: "UNIFIL says Israel has 10,000 soldiers"
        if (mentions.Any(m => IsCountry(m) && m.Last < figure.First && (m.First > verb || m.Last == verb - 1))) return null;
        // the mission stands next to the verb, before it (", MINUSCA, has") or, in German order, right after it
        // ("umfasst die KFOR", "SAMIM umfasste")
        foreach (var m in mentions)
        {
            if (m.KeyOf(MentionKind.Entity) == missionHere.Name
                && (m.Last == verb - 1 || m.Last == verb - 2 && toks[verb - 1].IsPunct(',')
                    || m.First > verb && m.First - verb <= 2 && m.Last < figure.First))
                return missionHere;
        }
        return null;
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
