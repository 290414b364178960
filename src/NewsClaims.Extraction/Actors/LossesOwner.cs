using NewsClaims.Extraction.Attribution;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Actors;

/// <summary>
/// "put Russia's losses since the invasion at almost 150,000 troops and about 3,400 tanks", "bezifferte die russischen Verluste
/// auf 1100 Soldaten": the side whose losses are put at the figure, named on the word "losses" itself, not the speaker.
/// </summary>
internal static class LossesOwner
{
    public static NamedRef? Of(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention figure,
        List<(int First, int Last)> sourceSpans, Func<Mention, bool> isGroup)
    {
        if (figure.First < 2 || !PutAt(toks, figure)) return null;
        var losses = -1;
        for (var k = figure.First - 2; k >= 0 && k >= figure.First - 16; k--)
        {
            // (not across a clause: "Despite Ukrainian losses, Russia continued to mass 50,000 troops")
            if (toks[k].IsPunct('.') || toks[k].IsPunct(';') || toks[k].IsPunct(':') || toks[k].IsPunct(',') || AttributionFinder.IsSpeechVerb(toks[k]))
                return null;
            if (toks[k].Lower is "losses" or "verluste" or "verlusten")
            {
                losses = k;
                break;
            }
        }
        if (losses < 0) return null;
        foreach (var m in mentions)
        {
            if (!(m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective) || isGroup(m)) || sourceSpans.Any(sp => m.Overlaps(sp.First, sp.Last)))
                continue;
            // "Russia's losses", "Russian losses", "die russischen Verluste", "the losses of Russia", "die Verluste Russlands"
            var owns = m.Last == losses - 1 || m.Last == losses - 2 && toks[losses - 1].Lower is "'s" or "’s" or "s"
                       || m.First == losses + 1 || m.First == losses + 2 && toks[losses + 1].Lower is "of" or "der" or "des";
            if (!owns) continue;
            var key = isGroup(m) ? m.KeyOf(MentionKind.Entity)! : m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Country)!;
            return new NamedRef(key, text[toks[m.First].Start..toks[m.Last].End]);
        }
        return null;
    }

    /// <summary>
    /// "The Ukrainian military had probably suffered about 100,000 casualties", "die russische Armee habe 47.000 Soldaten
    /// verloren": a force named by its side that suffered or lost the figure (the verb before it in English, after it in German).
    /// </summary>
    public static NamedRef? SufferedBy(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention figure,
        Func<string, string?> homeOf)
    {
        var verb = false;
        for (var k = figure.First - 1; k >= 0 && k >= figure.First - 4 && !verb; k--)
        {
            if (toks[k].Kind == TokenKind.Punct) break;
            verb = IsSufferVerb(toks[k]);
        }
        for (var k = figure.NumberEnd; k < toks.Count && k <= figure.NumberEnd + 8 && !verb; k++)
        {
            if (toks[k].Kind == TokenKind.Punct) break;
            verb = IsSufferVerb(toks[k]);
        }
        if (!verb) return null;
        foreach (var m in mentions)
        {
            if (m.Last + 1 >= figure.First) continue;
            // "the Russian army", or a force the lexicon knows by that name ("the Ukrainian military")
            var end = IsForceNoun(toks[m.Last + 1]) ? m.Last + 1 : IsForceNoun(toks[m.Last]) ? m.Last : -1;
            var side = end < 0 ? null
                : end > m.Last ? m.KeyOf(MentionKind.CountryAdjective)
                : m.KeyOf(MentionKind.Entity) is { } force ? homeOf(force) : null;
            if (side is null) continue;
            // (the nearest side before the figure: "Russian forces say the Ukrainian army lost …")
            if (mentions.Any(o => o != m && o.First > m.Last && o.Last < figure.First && (o.Has(MentionKind.Country) || o.Has(MentionKind.CountryAdjective))))
                continue;
            return new NamedRef(side, text[toks[m.First].Start..toks[end].End]);
        }
        return null;
    }

    private static bool IsForceNoun(Token t) =>
        t.Lower is "military" or "army" or "forces" or "troops" or "armee" or "streitkräfte" or "truppen";

    private static bool IsSufferVerb(Token t) =>
        t.Lower is "suffered" or "sustained" or "lost" or "verloren" or "erlitten" or "erlitt";

    /// <summary>
    /// The figure is what the losses come to: "at"/"auf" right before it, or "and" after an earlier "at" ("at almost 150,000
    /// troops and about 3,400 tanks").
    /// </summary>
    private static bool PutAt(IReadOnlyList<Token> toks, FigureMention figure)
    {
        var before = toks[figure.First - 1].Lower;
        if (before is "at" or "auf") return true;
        if (before is not ("and" or "und")) return false;
        for (var k = figure.First - 2; k >= 0 && k >= figure.First - 8; k--)
        {
            if (toks[k].Kind == TokenKind.Punct && !toks[k].IsPunct(',')) return false;
            if (toks[k].Lower is "at" or "auf") return true;
        }
        return false;
    }
}
