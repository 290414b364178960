using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Actors;

/// <summary>
/// "Three crew members of the bulk carrier were killed", "neun Helfer getötet": people of no side (a ship's crew, aid
/// workers, journalists, medics, passengers, patients) are named by what they are, not given to the attacker, the speaker or
/// the war's country. A side written on them ("two Filipino crew members", "Sanitäter der ukrainischen Armee", "Helfer der
/// Hamas") makes them that side's.
/// </summary>
internal static class Bystanders
{
    public static NamedRef? Of(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention figure, int? unitTok)
    {
        if (unitTok is not { } noun || KindOf(toks[noun], noun > 0 ? toks[noun - 1] : null) is not { } kind) return null;
        // a side between the number and the noun, or in an "of"/genitive phrase right after the noun
        var ofAfter = noun + 1 < toks.Count && toks[noun + 1].Lower is "of" or "der" or "des" ? noun + 2 : -1;
        if (mentions.Any(m => m.First >= figure.NumberEnd && m.Last < noun || ofAfter > 0 && m.First >= ofAfter && m.First <= ofAfter + 2))
            return null;
        var first = noun > 0 && toks[noun - 1].Lower is "crew" or "aid" or "humanitarian" ? noun - 1 : noun;
        // "One serviceman was killed and 27 other crew members are missing": the other crew of a soldier counted before are
        // of his side (other journalists or aid workers stay of no side)
        if (kind == "crew" && first > 0 && toks[first - 1].Lower is "other" or "weitere" or "anderen" or "andere"
            && SoldierBefore(toks, figure.First)) return null;
        return new NamedRef(kind, text[toks[first].Start..toks[noun].End]);
    }

    private static bool SoldierBefore(IReadOnlyList<Token> toks, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (Units.NounUnit(toks[k]) == Units.Soldiers) return true;
        }
        return false;
    }

    /// <summary>The kind of people of no side a word names, one name for both languages; null for any other word.</summary>
    private static string? KindOf(Token t, Token? before) => t.Lower switch
    {
        "crew" or "besatzungsmitglieder" => "crew",
        "members" when before?.Lower is "crew" => "crew",
        "seafarers" or "mariners" or "crewmen" or "seeleute" or "seefahrer" => "seafarers",
        "journalists" or "journalisten" or "reporters" => "journalists",
        "helfer" or "hilfskräfte" => "aid workers",
        "workers" when before?.Lower is "aid" or "humanitarian" => "aid workers",
        "sanitäter" or "medics" or "paramedics" => "medics",
        "passengers" or "passagiere" => "passengers",
        "patients" or "patienten" => "patients",
        _ => null,
    };
}
