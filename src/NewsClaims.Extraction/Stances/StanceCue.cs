using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Stances;

/// <summary>
/// The position a sentence takes without a figure: a denial ("weist zurück", "denied"), a refusal to
/// comment ("verweigerte jede Stellungnahme", "declined to comment") or an assertion of evidence or
/// confirmation ("hat Beweise", "confirmed that"). A negated assertion ("nicht bestätigen") is none.
/// </summary>
public static class StanceCue
{
    private static readonly HashSet<string> Denial = new(StringComparer.Ordinal)
    {
        "zurückgewiesen", "zurückweisen", "zurückwies", "dementiert", "dementierte", "dementierten", "dementieren",
        "bestreitet", "bestritt", "bestritten", "bestreiten", "abgestritten", "stritt", "denied", "denies", "deny",
        "denying", "dismissed", "rejected", "refuted", "leugnet", "leugnete", "falschmeldung", "fake",
    };

    private static readonly HashSet<string> Assertion = new(StringComparer.Ordinal)
    {
        "beweise", "beweis", "belege", "evidence", "proof", "bestätigt", "bestätigte", "bestätigten", "bestätigen",
        "confirmed", "confirms", "confirm", "bestätigung",
    };

    private static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "nicht", "kein", "keine", "keinen", "keiner", "not", "no", "never", "nie", "weder", "neither", "nor", "noch",
        "unable", "cannot", "can't", "couldn't", "could",
    };

    public static string? Find(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            if (IsDecline(tokens, i)) return StanceNames.Declines;
            if (w is "wies" or "weist" && Enumerable.Range(i + 1, Math.Max(0, tokens.Count - i - 1)).Any(k => tokens[k].Is("zurück")))
                return StanceNames.Denies;
        }
        var deny = tokens.Any(t => Denial.Contains(t.Lower));
        if (deny) return StanceNames.Denies;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Assertion.Contains(tokens[i].Lower)) continue;
            var negated = false;
            for (var k = Math.Max(0, i - 4); k < Math.Min(tokens.Count, i + 3); k++) negated |= Negation.Contains(tokens[k].Lower);
            if (!negated) return StanceNames.Asserts;
        }
        return null;
    }

    private static bool IsDecline(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        bool Near(params string[] words) =>
            Enumerable.Range(i + 1, Math.Min(5, tokens.Count - i - 1)).Any(k => words.Contains(tokens[k].Lower));
        return w is "verweigerte" or "verweigert" or "verweigerten" && Near("stellungnahme", "auskunft", "kommentar", "angaben")
            || w is "declined" or "refused" or "declines" or "refuses" && Near("comment", "confirm", "to")
            || w is "stellungnahme" && i > 0 && tokens[i - 1].Lower is "keine" or "keinerlei"
            || w is "kommentieren" && i > 0 && tokens[i - 1].Lower is "nicht"
            || w is "neither" && Near("confirmed", "confirm")
            || w is "weder" && Near("bestätigt", "bestätigen", "bestätigte")
            || w is "no" && i + 1 < tokens.Count && tokens[i + 1].Is("comment")
            || w is "äußern" or "äußerte" && i > 0 && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => tokens[k].Is("nicht"));
    }
}
