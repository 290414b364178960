using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Actors;

/// <summary>
/// Who has the troops a figure counts: the subject of "has", "keeps", "verfügt über" ("The current NATO Response Force
/// has about 40,000 troops", "UNIFIL says it has about 10,000 troops", "verfügt die MNDAA über rund 8000 Kämpfer",
/// "Ireland, which has some 370 soldiers in the mission"). An alliance, a mission or an armed group holds forces as a
/// country does.
/// </summary>
internal static class ForceHolder
{
    private static readonly WordSet HoldingVerbs =
    [
        "has", "have", "had", "keeps", "kept", "maintains", "maintained", "fields", "fielded", "commands", "hat", "haben", "hatte",
        "hatten", "unterhält", "unterhielt", "verfügt", "verfügte", "verfügen", "verfügten", "verfüge", "habe", "hätten",
    ];

    // what may stand between the verb and the figure beyond the figure's own precision words ("about", "rund", which the
    // figure already spans): "has an estimated 40,000", "verfügt die MNDAA über 8000"
    private static readonly WordSet BeforeFigure = ["a", "an", "estimated", "only", "still", "über", "nur", "noch"];

    /// <summary>The mention holding the forces, or <c>Pronoun</c> when "it has" stands for the speaker, or <c>Group</c> when
    /// "the group had" stands for the armed group named before.</summary>
    public static (Mention? Holder, bool Pronoun, bool Group) Find(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, int figureFirst)
    {
        // the verb: within a few words before the figure, only amount words between
        var v = figureFirst - 1;
        while (v >= 0 && v >= figureFirst - 4 && BeforeFigure.Contains(toks[v])) v--;
        // ("verfügt die MNDAA über": the German subject after the verb)
        if (v >= 0 && !HoldingVerbs.Contains(toks[v]))
        {
            var m = MentionEndingAt(mentions, v) ?? (toks[v].IsWord ? MentionEndingAt(mentions, v - 1) : null);
            if (m is not null && m.First > 0)
            {
                var k = m.First - 1;
                if (k >= 0 && toks[k].Lower is "die" or "der" or "das" or "the") k--;
                if (k >= 0 && HoldingVerbs.Contains(toks[k]) && toks[k].Lower.StartsWith("verfüg", StringComparison.Ordinal)) return (m, false, false);
            }
            return (null, false, false);
        }
        // ("the group still has", "die Miliz hat noch": an adverb between the subject and its verb)
        var s = v - 1;
        if (s >= 1 && toks[s].Lower is "still" or "now" or "currently" or "already" or "noch" or "derzeit" or "inzwischen") s--;
        if (s < 0) return (null, false, false);
        if (toks[s].Lower is "it" or "they" or "es" or "sie") return (null, true, false);
        // ("die Bewegung verfüge über 100.000 Kämpfer", "die Organisation verfüge über 100.000 Kämpfer": a movement or an
        // organisation that has fighters is the armed group; one with soldiers or peacekeepers may be an alliance or the UN)
        if ((SentenceReader.GroupAnaphors.Contains(toks[s]) || toks[s].Lower is "bewegung" or "movement"
                || toks[s].Lower is "organisation" or "organization" && FightersCounted(toks, figureFirst))
            && s > 0 && toks[s - 1].Lower is "the" or "die" or "der") return (null, false, true);
        // the subject: a name ending right before the verb, or within the few words of its noun phrase
        // ("The current NATO Response Force has"), or before a relative clause ("Ireland, which has")
        var end = s;
        if (toks[end].Lower is "which" or "that" && end > 0 && toks[end - 1].IsPunct(',')) end -= 2;
        for (var k = end; k >= 0 && k >= end - 3; k--)
        {
            if (!toks[k].IsWord || Units.NounUnit(toks[k]) is not null) break;
            var m = MentionEndingAt(mentions, k);
            if (m is not null && !m.Has(MentionKind.Institution)) return (m, false, false);
            if (!toks[k].IsCapitalized) break;
        }
        return (null, false, false);
    }

    private static bool FightersCounted(IReadOnlyList<Token> toks, int figureFirst)
    {
        for (var k = figureFirst + 1; k < toks.Count && k <= figureFirst + 4; k++)
        {
            if (Units.IsPlainFighterWord(toks[k])) return true;
        }
        return false;
    }

    private static Mention? MentionEndingAt(IReadOnlyList<Mention> mentions, int last)
    {
        foreach (var m in mentions)
        {
            if (m.Last == last) return m;
        }
        return null;
    }
}
