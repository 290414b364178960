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
        // calling reports false: "haltlose Gerüchte", "groundless", "unfounded", "fabrications", "dreiste Lügen"
        "haltlos", "haltlose", "haltlosen", "groundless", "unfounded", "baseless", "fabrication", "fabrications", "lügen",
        "lies", "propaganda", "absurd", "absurde", "absurden", "erfunden", "unwahr", "unsinn", "nonsense", "untrue", "ridiculous",
        "lächerlich", "rejects", "reject", "dismisses", "dismiss", "refutes", "refute",
    };

    private static readonly HashSet<string> Assertion = new(StringComparer.Ordinal)
    {
        "beweise", "beweis", "belege", "evidence", "proof", "bestätigt", "bestätigte", "bestätigten", "bestätigen",
        "confirmed", "confirms", "confirm", "bestätigung",
        // admitting: "räumt den Einsatz ein", "hat … eingeräumt", "acknowledged"
        "eingeräumt", "acknowledged", "acknowledges", "admitted", "admits",
        // vouching for figures: "describes the figures as reliable", "hält sie für belastbar"
        "reliable", "credible", "belastbar", "glaubwürdig", "zuverlässig", "verlässlich",
    };

    private static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "nicht", "kein", "keine", "keinen", "keiner", "not", "no", "never", "nie", "weder", "neither", "nor", "noch",
        "unable", "cannot", "can't", "couldn't", "could",
    };

    public static string? Find(IReadOnlyList<Token> tokens) => Find(tokens, out _);

    /// <summary>The position a clause takes, and <paramref name="at"/> the word that says it.</summary>
    public static string? Find(IReadOnlyList<Token> tokens, out int at)
    {
        for (at = 0; at < tokens.Count; at++)
        {
            var i = at;
            var w = tokens[i].Lower;
            if (IsDecline(tokens, i)) return StanceNames.Declines;
            // "had nothing to do with the attack", "habe damit nichts zu tun"
            if (w is "nothing" && i + 3 < tokens.Count && tokens[i + 1].Is("to") && tokens[i + 2].Is("do") && tokens[i + 3].Is("with")
                || w is "nichts" && i + 2 < tokens.Count && tokens[i + 1].Is("zu") && tokens[i + 2].Lower is "tun")
                return StanceNames.Denies;
            if (w is "wies" or "weist" or "weisen" && Enumerable.Range(i + 1, Math.Max(0, tokens.Count - i - 1)).Any(k => tokens[k].Is("zurück")))
                return StanceNames.Denies;
            // "Pjöngjang räumt den Einsatz ein": a separable verb of admitting
            if (w is "räumt" or "räumte" or "räumen" && Enumerable.Range(i + 1, Math.Max(0, tokens.Count - i - 1)).Any(k => tokens[k].Is("ein"))
                && !Negated(tokens, i))
                return StanceNames.Asserts;
        }
        for (at = 0; at < tokens.Count; at++)
        {
            if (Denial.Contains(tokens[at].Lower) || Disputes(tokens, at)) return StanceNames.Denies;
        }
        for (at = 0; at < tokens.Count; at++)
        {
            if (!Assertion.Contains(tokens[at].Lower)) continue;
            if (!Negated(tokens, at)) return StanceNames.Asserts;
        }
        at = -1;
        return null;
    }

    private static readonly HashSet<string> Presence = new(StringComparer.Ordinal)
    {
        "verlegt", "entsandt", "stationiert", "deployed", "stationed", "fighting", "kämpfen", "kämpften", "gekämpft",
        "gefechte", "gefechten", "kampfhandlungen",
    };

    private static readonly HashSet<string> Conditional = new(StringComparer.Ordinal)
    {
        "falls", "wenn", "ob", "if", "whether", "wäre", "wären", "würde", "würden", "would", "could", "might", "könnte", "könnten",
    };

    /// <summary>
    /// A speaker saying troops are there or fighting ("Rutte said North Korean units had been deployed",
    /// "es habe erste Gefechte gegeben") asserts their presence; a hedged or negated one does not.
    /// </summary>
    public static bool AssertsPresence(IReadOnlyList<Token> tokens)
    {
        if (tokens.Any(t => Conditional.Contains(t.Lower))) return false;
        // it must be about troops: "North Korean units had been deployed", not "the fighting was the fiercest"
        if (!tokens.Any(t => Figures.Units.NounUnit(t) == Figures.Units.Soldiers || t.Lower is "units" or "unit" or "einheiten" or "einheit"))
            return false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Presence.Contains(tokens[i].Lower) && !Negated(tokens, i)) return true;
        }
        return false;
    }

    /// <summary>"Israel has repeatedly disputed them", "Moscow disputes the figures", but not "the disputed region".</summary>
    private static bool Disputes(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Lower is not ("disputed" or "disputes" or "dispute" or "contested" or "contests")) return false;
        if (i == 0 || tokens[i - 1].Lower is "the" or "a" or "an" or "this" or "that" or "its" or "their" or "territorial" or "legal"
                or "border" or "in" or "under" or "of") return false;
        if (i + 1 >= tokens.Count || tokens[i + 1].Kind == TokenKind.Punct) return true;
        return tokens[i + 1].Lower is "them" or "it" or "the" or "that" or "this" or "these" or "those" or "claims" or "reports"
            or "figures" or "any" or "such" or "his" or "her" or "their" or "its" or "allegations" or "accounts";
    }

    private static bool Negated(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 4); k < Math.Min(tokens.Count, i + 5); k++)
        {
            if (Negation.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    private static bool IsDecline(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        bool Near(params string[] words) =>
            Enumerable.Range(i + 1, Math.Min(5, tokens.Count - i - 1)).Any(k => words.Contains(tokens[k].Lower));
        return w is "verweigerte" or "verweigert" or "verweigerten" && Near("stellungnahme", "auskunft", "kommentar", "angaben", "angabe")
            || w is "declined" or "refused" or "declines" or "refuses" && Near("comment", "confirm", "to")
            || w is "stellungnahme" && i > 0 && tokens[i - 1].Lower is "keine" or "keinerlei"
            || w is "kommentieren" && i > 0 && tokens[i - 1].Lower is "nicht"
            || w is "neither" && Near("confirmed", "confirm")
            || w is "weder" && Near("bestätigt", "bestätigen", "bestätigte")
            || w is "no" && i + 1 < tokens.Count && tokens[i + 1].Is("comment")
            || w is "äußern" or "äußerte" && i > 0 && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => tokens[k].Is("nicht"))
            // "wollte sich auf Anfrage nicht zu eigenen Verlusten äußern"
            || w is "äußern" && Before(6, "nicht") && Before(10, "wollte", "wollten", "will", "wollen", "mochte")
            // "äußerte sich auf Anfrage nicht", "haben sich … nicht geäußert", "wich einer Antwort aus", "lehnte jeden Kommentar ab"
            || w is "äußerte" or "äußerten" or "äußert" && Near("nicht")
            || w is "geäußert" && i > 0 && Enumerable.Range(Math.Max(0, i - 4), i - Math.Max(0, i - 4)).Any(k => tokens[k].Lower is "nicht" or "nie")
            || w is "wich" or "weicht" && Within(9, "antwort", "frage", "fragen")
            // "ließ offen, ob …", "left open whether", "declined to say whether"
            || w is "ließ" or "lässt" or "ließen" && Within(4, "offen")
            || w is "left" && Within(2, "open") && Within(4, "whether", "if")
            // "has not disclosed its losses", "hat keine Zahlen veröffentlicht"
            || w is "disclosed" or "disclose" or "revealed" or "reveal" or "published" or "publish" && Before(3, "not", "never")
            || w is "lehnte" or "lehnt" or "lehnten" && Within(10, "stellungnahme", "kommentar", "auskunft", "äußerung", "äußern", "kommentieren",
                "stellung", "antwort", "angaben", "nennen", "veröffentlichen", "beziffern")
            // "Neither the SAF nor the RSF publishes figures", "Weder Armee noch Miliz veröffentlichen Zahlen"
            || (w.EndsWith("zahlen", StringComparison.Ordinal) || w is "figures" or "numbers" or "toll" or "tolls")
                && Before(10, "neither", "weder") && Before(3, "publishes", "publish", "veröffentlicht", "veröffentlichen", "nennt", "nennen",
                    "gives", "give", "releases", "release", "provides", "provide")
            // "hatte einen Kommentar zu den Berichten abgelehnt", "Anfragen blieben unbeantwortet"
            || w is "abgelehnt" or "ablehnen" or "ablehnte" && Before(8, "kommentar", "stellungnahme", "auskunft", "äußerung", "anfrage", "interview")
            || w is "unbeantwortet" or "unanswered"
            // "macht keine Angaben zu ihren Verlusten", "machte dazu keine näheren Angaben"
            || w is "angaben" or "details" && Before(3, "keine", "keinerlei") && Before(6, "macht", "machte", "machten", "machen", "gemacht", "nannte")
            // "wollte sich niemand äußern", "no one was available to comment"
            || w is "äußern" or "kommentieren" or "comment" && (Before(8, "niemand", "keiner", "nobody") || Before(6, "no") && Before(5, "one"))
            || w is "verwies" or "verweist" && Near("fragen", "frage", "anfragen")
            || w is "ging" or "geht" && Within(8, "nicht") && Within(10, "ein")
            // "eine solche Entsendung wäre – falls es sie gebe – …", "if any such troops exist": not even granting it exists
            || w is "falls" or "sofern" && Near("gebe", "gibt", "geben", "existiert", "existieren")
            || w is "if" && Near("exist", "exists", "existed")
            || w is "schweigt" or "schwieg"
            // "did not respond", "has not commented", "neither … commented", "could not yet confirm"
            || w is "respond" or "responded" or "commented" or "comment" && i > 0 && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3))
                .Any(k => tokens[k].Lower is "not" or "neither" or "nor" or "never" or "no")
            || w is "confirm" && i > 0 && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => tokens[k].Lower is "not" or "cannot")
                && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(k => tokens[k].Lower is "could" or "cannot" or "can" or "unable"
                    or "would" or "will" or "did" or "does" or "do")
            // "said he did not know", "wisse nichts davon": not saying
            || w is "know" or "knew" && Before(3, "not") && Before(8, "said", "says", "told")
            || w is "wisse" or "wüsste" && Within(3, "nicht", "nichts")
            // "veröffentlicht seit Wochen keine Zahlen mehr", "nennt keine eigenen Opferzahlen", "gave no figures": withholding
            // figures, unless the clause grants something ("räumte ein …, nannte aber keine Zahl")
            || (w.EndsWith("zahlen", StringComparison.Ordinal) || w is "zahl" or "figures" or "figure" or "numbers" or "toll")
                && Before(3, "keine", "keinerlei", "no") && Before(8, "veröffentlicht", "veröffentlichte", "nennt", "nannte", "gibt", "gab",
                    "gave", "give", "gives", "published", "publishes", "released", "provided", "provide", "provides")
                && !tokens.Any(t => t.Lower is "räumte" or "räumt" or "eingeräumt" or "admitted" or "acknowledged" or "conceded" or "bestätigte"
                    or "confirmed")
            // "could not be reached for comment", "war für eine Stellungnahme nicht zu erreichen"
            || w is "reached" && Before(3, "not") && Within(3, "comment")
            || w is "erreichen" or "erreichbar" && Before(3, "nicht") && Before(8, "stellungnahme", "anfrage", "kommentar")
            // "wollte die Berichte nicht bestätigen": unwilling to confirm
            || w is "bestätigen" or "kommentieren" && Before(2, "nicht") && Before(6, "wollte", "wollten", "will", "wollen", "mochte")
            // "Wie viele …, wollte Peskow nicht sagen", "would not say how many": unwilling to give it
            || w is "sagen" or "nennen" or "beziffern" or "angeben" or "mitteilen" or "verraten" && Before(2, "nicht")
                && Before(10, "wollte", "wollten", "will", "wollen", "mochte", "mochten", "konnte", "konnten")
            || w is "say" or "specify" or "disclose" or "give" && Before(2, "not") && Before(3, "would", "could", "will", "can");

        bool Before(int n, params string[] words) =>
            Enumerable.Range(Math.Max(0, i - n), i - Math.Max(0, i - n)).Any(k => words.Contains(tokens[k].Lower));

        bool Within(int n, params string[] words) =>
            Enumerable.Range(i + 1, Math.Min(n, tokens.Count - i - 1)).Any(k => words.Contains(tokens[k].Lower));
    }
}
