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
    private static readonly WordSet Denial =
    [
        "zurückgewiesen", "zurückweisen", "zurückwies", "dementiert", "dementierte", "dementierten", "dementieren",
        "bestreitet", "bestritt", "bestritten", "bestreiten", "abgestritten", "stritt", "denied", "denies", "deny",
        "denying", "dismissed", "rejected", "refuted", "leugnet", "leugnete", "falschmeldung", "fake",
        // calling reports false: "haltlose Gerüchte", "groundless", "unfounded", "fabrications", "dreiste Lügen"
        "haltlos", "haltlose", "haltlosen", "groundless", "unfounded", "baseless", "fabrication", "fabrications", "lügen",
        "lies", "propaganda", "absurd", "absurde", "absurden", "erfunden", "unwahr", "unsinn", "nonsense", "untrue", "ridiculous",
        "lächerlich", "rejects", "reject", "dismisses", "dismiss", "refutes", "refute",
    ];

    private static readonly WordSet Assertion =
    [
        "beweise", "beweis", "belege", "evidence", "proof", "bestätigt", "bestätigte", "bestätigten", "bestätigen",
        "confirmed", "confirms", "confirm", "bestätigung",
        // admitting: "räumt den Einsatz ein", "hat … eingeräumt", "acknowledged"
        "eingeräumt", "acknowledged", "acknowledges", "admitted", "admits",
        // vouching for figures: "describes the figures as reliable", "hält sie für belastbar"
        "reliable", "credible", "belastbar", "glaubwürdig", "zuverlässig", "verlässlich",
    ];

    private static readonly WordSet Negation =
    [
        "nicht", "kein", "keine", "keinen", "keiner", "not", "no", "never", "nie", "weder", "neither", "nor", "noch",
        "unable", "cannot", "can't", "couldn't", "could",
    ];

    /// <summary>
    /// A verb of saying that takes a position ("said", "erklärte", "warned"), not one that passes on news or plans
    /// ("meldete", "reported", "kündigte … an", "announced", "teilte … mit", "rechnet mit").
    /// </summary>
    public static bool TakesPosition(Token verb)
    {
        var w = verb.Lower;
        foreach (var news in PassingOnNews)
        {
            if (w.StartsWith(news, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The stems of verbs that pass on news or plans, with their participles and clause-final forms
    /// ("gemeldet", "mitteilte", "angekündigt", "berichtete", "veröffentlichte").</summary>
    private static readonly string[] PassingOnNews =
    [
        "meld", "gemeld", "kündig", "ankündig", "angekündig", "announc", "report", "rechne", "teilt", "mitteil", "mitgeteil",
        "bericht", "veröffentlich", "publish",
    ];

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
            if (w is "wies" or "wiesen" or "weist" or "weisen" && Within(tokens, i, tokens.Count, "zurück"))
                return StanceNames.Denies;
            // "JNIM claimed responsibility for the attacks", "bekannte sich zu dem Anschlag", "reklamierte den Überfall für sich":
            // claiming an attack is asserting it
            if (w is "claimed" or "claims" or "claim" && i + 1 < tokens.Count && tokens[i + 1].Lower is "responsibility" or "credit"
                || w is "bekannte" or "bekennt" or "bekannten" && i + 1 < tokens.Count && tokens[i + 1].Lower is "sich"
                || w is "reklamierte" or "reklamiert" or "reklamierten" && Within(tokens, i, 8, "für") && Within(tokens, i, 9, "sich")
                || w is "übernahm" or "übernahmen" or "übernimmt" or "took" or "takes" && Within(tokens, i, 3, "verantwortung", "responsibility"))
                return StanceNames.Asserts;
            // "Pjöngjang räumt den Einsatz ein": a separable verb of admitting
            if (w is "räumt" or "räumte" or "räumen" && Within(tokens, i, tokens.Count, "ein")
                && !Negated(tokens, i))
                return StanceNames.Asserts;
        }
        for (at = 0; at < tokens.Count; at++)
        {
            if (Denial.Contains(tokens[at]) || Disputes(tokens, at)) return StanceNames.Denies;
            // "had not been a participant in the operation", "sei nicht beteiligt gewesen": denying a part in it
            if (tokens[at].Lower is "participant" or "involved" or "beteiligt" && Negated(tokens, at)) return StanceNames.Denies;
        }
        // "accused Moscow of hampering …", "warf der Armee vor, …", "machte die Ukraine für den Angriff verantwortlich": an
        // accusation asserts what it accuses of (after the denials: "denied responsibility and blamed the army" denies)
        for (at = 0; at < tokens.Count; at++)
        {
            if (Accuses(tokens, at) && !Negated(tokens, at)) return StanceNames.Asserts;
        }
        for (at = 0; at < tokens.Count; at++)
        {
            if (!Assertion.Contains(tokens[at])) continue;
            if (!Negated(tokens, at)) return StanceNames.Asserts;
        }
        at = -1;
        return null;
    }

    /// <summary>The word an accusation turns on; its accuser stands before it, the accused after it.</summary>
    internal static bool Accuses(IReadOnlyList<Token> tokens, int i)
    {
        // (asked of every word of a clause: the passive is looked for only once the word is one of accusing)
        return tokens[i].Lower switch
        {
            "accused" or "accuses" or "accusing" or "blamed" or "blames" or "blaming" => !Passive(tokens, i),
            // the separable "vor" closes the clause ("warf der Armee vor, …"), unlike "werfen vor allem Fragen auf"
            "warf" or "wirft" or "werfen" or "warfen" => ClosingVor(tokens, i),
            "vorgeworfen" => !Passive(tokens, i),
            "machte" or "macht" or "machten" or "machen" => Within(tokens, i, 12, "verantwortlich"),
            "verantwortlich" => Within(tokens, i, 2, "gemacht") && !Passive(tokens, i),
            _ => false,
        };
    }

    /// <summary>
    /// "the accused", the passive "was blamed on", "wird … vorgeworfen", "wurde … verantwortlich gemacht": no accuser named (the
    /// German auxiliary may stand far before the participle).
    /// </summary>
    private static bool Passive(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Lower is "the"
        || Before(tokens, i, 3, "was", "were", "been", "being", "is", "are")
        || Before(tokens, i, i, "wird", "werden", "wurde", "wurden");

    private static bool ClosingVor(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 12; k++)
        {
            if (tokens[k].Lower is "vor" && (k + 1 == tokens.Count || tokens[k + 1].Kind == TokenKind.Punct)) return true;
        }
        return false;
    }

    private static readonly WordSet Presence =
    [
        "verlegt", "entsandt", "stationiert", "deployed", "stationed", "fighting", "kämpfen", "kämpften", "gekämpft",
        "gefechte", "gefechten", "kampfhandlungen",
    ];

    private static readonly WordSet Conditional =
    [
        "falls", "wenn", "ob", "if", "whether", "wäre", "wären", "würde", "würden", "would", "could", "might", "könnte", "könnten",
    ];

    /// <summary>
    /// A speaker saying troops are there or fighting ("Rutte said North Korean units had been deployed",
    /// "es habe erste Gefechte gegeben") asserts their presence; a hedged or negated one does not.
    /// </summary>
    public static bool AssertsPresence(IReadOnlyList<Token> tokens)
    {
        if (tokens.Any(t => Conditional.Contains(t))) return false;
        // it must be about troops: "North Korean units had been deployed", not "the fighting was the fiercest"
        if (!tokens.Any(t => Figures.Units.NounUnit(t) is Figures.Units.Soldiers or "fighters" || t.Lower is "units" or "unit" or "einheiten" or "einheit"))
            return false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Presence.Contains(tokens[i]) && !Negated(tokens, i)) return true;
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
            if (Negation.Contains(tokens[k])) return true;
        }
        return false;
    }

    private static bool IsDecline(IReadOnlyList<Token> tokens, int i)
    {
        var w = tokens[i].Lower;
        // one switch on the word rather than a chain of comparisons: every word of a clause without a figure is asked
        switch (w)
        {
            case "verweigerte" or "verweigert" or "verweigerten" when Within(tokens, i, 5, "stellungnahme", "auskunft", "kommentar", "angaben", "angabe"):
                return true;
            case "declined" or "refused" or "declines" or "refuses" when Within(tokens, i, 5, "comment", "confirm", "to"):
                return true;
            case "stellungnahme" when i > 0 && tokens[i - 1].Lower is "keine" or "keinerlei":
                return true;
            case "kommentieren" when i > 0 && tokens[i - 1].Lower is "nicht":
                return true;
            case "neither" when Within(tokens, i, 5, "confirmed", "confirm"):
                return true;
            case "weder" when Within(tokens, i, 5, "bestätigt", "bestätigen", "bestätigte"):
                return true;
            case "no" when i + 1 < tokens.Count && tokens[i + 1].Is("comment"):
                return true;
            case "äußern" or "äußerte" when i > 0 && Before(tokens, i, 3, "nicht"):
                return true;
            // "wollte sich auf Anfrage nicht zu eigenen Verlusten äußern"
            case "äußern" when Before(tokens, i, 6, "nicht") && Before(tokens, i, 10, "wollte", "wollten", "will", "wollen", "mochte"):
                return true;
            // "äußerte sich auf Anfrage nicht", "haben sich … nicht geäußert", "wich einer Antwort aus", "lehnte jeden Kommentar ab"
            // ("äußerte sich zu dem Angriff in Damaskus nicht": the negation closes the clause)
            case "äußerte" or "äußerten" or "äußert" when Within(tokens, i, 8, "nicht"):
                return true;
            case "geäußert" when i > 0 && Before(tokens, i, 4, "nicht", "nie"):
                return true;
            case "wich" or "weicht" when Within(tokens, i, 9, "antwort", "frage", "fragen"):
                return true;
            // "ließ offen, ob …", "left open whether", "declined to say whether"
            case "ließ" or "lässt" or "ließen" when Within(tokens, i, 4, "offen"):
                return true;
            case "left" when Within(tokens, i, 2, "open") && Within(tokens, i, 4, "whether", "if"):
                return true;
            // "has not disclosed its losses", "hat keine Zahlen veröffentlicht"
            case "disclosed" or "disclose" or "revealed" or "reveal" or "published" or "publish" when Before(tokens, i, 3, "not", "never"):
                return true;
            case "lehnte" or "lehnt" or "lehnten" when Within(tokens, i, 14, "stellungnahme", "kommentar", "auskunft", "äußerung", "äußern", "kommentieren",
                "stellung", "antwort", "angaben", "nennen", "veröffentlichen", "beziffern"):
                return true;
            // "hatte einen Kommentar zu den Berichten abgelehnt", "Anfragen blieben unbeantwortet"
            case "abgelehnt" or "ablehnen" or "ablehnte" when Before(tokens, i, 8, "kommentar", "stellungnahme", "auskunft", "äußerung", "anfrage", "interview"):
                return true;
            case "unbeantwortet" or "unanswered":
                return true;
            // "macht keine Angaben zu ihren Verlusten", "machte dazu keine näheren Angaben"
            case "angaben" or "details" when Before(tokens, i, 3, "keine", "keinerlei") && Before(tokens, i, 6, "macht", "machte", "machten", "machen", "gemacht", "nannte"):
                return true;
            // "wollte sich niemand äußern", "no one was available to comment"
            case "äußern" or "kommentieren" or "comment" when (Before(tokens, i, 8, "niemand", "keiner", "nobody") || Before(tokens, i, 6, "no") && Before(tokens, i, 5, "one")):
                return true;
            case "verwies" or "verweist" when Within(tokens, i, 5, "fragen", "frage", "anfragen"):
                return true;
            // "referred questions about the draft to the defence ministry"
            // (not "referred to requests for air defence")
            case "referred" or "refers" when i + 1 < tokens.Count && tokens[i + 1].Lower is not "to"
                && Within(tokens, i, 3, "questions", "inquiries", "enquiries", "requests", "queries"):
                return true;
            case "ging" or "geht" when Within(tokens, i, 8, "nicht") && Within(tokens, i, 10, "ein"):
                return true;
            // "eine solche Entsendung wäre – falls es sie gebe – …", "if any such troops exist": not even granting it exists
            case "falls" or "sofern" when Within(tokens, i, 5, "gebe", "gibt", "geben", "existiert", "existieren"):
                return true;
            case "if" when Within(tokens, i, 5, "exist", "exists", "existed"):
                return true;
            // "Auf Nachfragen reagierte das Ministerium nicht"
            case "reagierte" or "reagierten" or "reagiert" when Within(tokens, i, 8, "nicht") && !Within(tokens, i, 9, "nur"):
                return true;
            case "schweigt" or "schwieg":
                return true;
            // "did not respond", "has not commented", "neither … commented", "could not yet confirm"
            case "respond" or "responded" or "reply" or "replied" or "commented" or "comment" when i > 0 && Before(tokens, i, 3, "not", "neither", "nor", "never", "no"):
                return true;
            case "confirm" when i > 0 && Before(tokens, i, 3, "not", "cannot")
                && Before(tokens, i, 3, "could", "cannot", "can", "unable", "would", "will", "did", "does", "do"):
                return true;
            // "said he did not know", "wisse nichts davon": not saying
            case "know" or "knew" when Before(tokens, i, 3, "not") && Before(tokens, i, 8, "said", "says", "told"):
                return true;
            case "wisse" or "wüsste" when Within(tokens, i, 3, "nicht", "nichts"):
                return true;
            // "could not be reached for comment", "war für eine Stellungnahme nicht zu erreichen"
            case "reached" when Before(tokens, i, 3, "not") && Within(tokens, i, 3, "comment"):
                return true;
            case "erreichen" or "erreichbar" when Before(tokens, i, 3, "nicht") && Before(tokens, i, 8, "stellungnahme", "anfrage", "kommentar"):
                return true;
            // "wollte die Berichte nicht bestätigen": unwilling to confirm
            // "es könne die Zahl vorerst nicht bestätigen": unable to confirm, as "could not confirm"
            case "bestätigen" or "kommentieren" when Before(tokens, i, 2, "nicht") && Before(tokens, i, 8, "wollte", "wollten", "will", "wollen", "mochte",
                "könne", "konnte", "konnten", "können", "kann"):
                return true;
            // "Wie viele …, wollte Peskow nicht sagen", "would not say how many": unwilling to give it
            case "sagen" or "nennen" or "beziffern" or "angeben" or "mitteilen" or "verraten" when Before(tokens, i, 2, "nicht")
                && Before(tokens, i, 10, "wollte", "wollten", "will", "wollen", "mochte", "mochten", "konnte", "konnten"):
                return true;
            case "say" or "specify" or "disclose" or "give" or "discuss" or "elaborate" when Before(tokens, i, 2, "not") && Before(tokens, i, 3, "would", "could", "will", "can"):
                return true;
            // "wollte zunächst keine Zahlen nennen", "mochte keine Angaben machen": withholding figures with a modal
            case "nennen" or "machen" or "geben" when Before(tokens, i, 3, "keine", "keinerlei")
                && Before(tokens, i, 8, "wollte", "wollten", "will", "wollen", "mochte", "mochten", "konnte", "konnten"):
                return true;
            // "did not answer calls seeking comment", "did not return requests for comment"
            case "answer" or "answered" or "return" or "returned" when Before(tokens, i, 3, "not", "never")
                && Within(tokens, i, 5, "calls", "call", "requests", "request", "questions", "comment", "messages", "emails"):
                return true;
            // "zu Verlusten äußere man sich grundsätzlich nicht": reported refusal in the subjunctive
            case "äußere" or "äußerten" when Within(tokens, i, 5, "nicht"):
                return true;
            // "has not given any figures"
            case "figures" or "numbers" when Before(tokens, i, 4, "not", "never") && Before(tokens, i, 3, "given", "provided", "released", "published"):
                return true;
            // "Eigene Opferzahlen nannte die Regierung nicht", "Angaben zu Verlusten machte er nicht": the withheld figures fronted
            case "nannte" or "nennt" or "machte" or "macht" or "veröffentlichte" when Within(tokens, i, 5, "nicht") && !Within(tokens, i, 5, "nur")
                && Before(tokens, i, 6, "angaben", "zahlen", "opferzahlen", "verlustzahlen", "zahl", "details"):
                return true;
        }
        // (the figures a source withholds may end a German compound, "Opferzahlen": these two rules ask more than the word)
        // "Neither the SAF nor the RSF publishes figures", "Weder Armee noch Miliz veröffentlichen Zahlen"
        return (w.EndsWith("zahlen", StringComparison.Ordinal) || w is "figures" or "numbers" or "toll" or "tolls")
               && Before(tokens, i, 10, "neither", "weder") && Before(tokens, i, 3, "publishes", "publish", "veröffentlicht", "veröffentlichen", "nennt", "nennen",
                   "gives", "give", "releases", "release", "provides", "provide")
               // "veröffentlicht seit Wochen keine Zahlen mehr", "nennt keine eigenen Opferzahlen", "gave no figures": withholding
               // figures, unless the clause grants something ("räumte ein …, nannte aber keine Zahl")
               || (w.EndsWith("zahlen", StringComparison.Ordinal) || w is "zahl" or "figures" or "figure" or "numbers" or "toll")
               && Before(tokens, i, 3, "keine", "keinerlei", "no") && Before(tokens, i, 8, "veröffentlicht", "veröffentlichte", "nennt", "nannte", "gibt", "gab",
                   "gave", "give", "gives", "published", "publishes", "released", "provided", "provide", "provides")
               && !tokens.Any(t => t.Lower is "räumte" or "räumt" or "eingeräumt" or "admitted" or "acknowledged" or "conceded" or "bestätigte"
                   or "confirmed");
    }

    // (static helpers, not local functions and lambdas: those captured the tokens and the index in an object allocated
    // for every word looked at, whether a helper ran or not)

    /// <summary>One of <paramref name="words"/> among the <paramref name="n"/> tokens before token <paramref name="i"/>.</summary>
    private static bool Before(IReadOnlyList<Token> tokens, int i, int n, params ReadOnlySpan<string> words)
    {
        for (var k = Math.Max(0, i - n); k < i; k++)
        {
            if (words.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }

    /// <summary>One of <paramref name="words"/> among the <paramref name="n"/> tokens after token <paramref name="i"/>.</summary>
    private static bool Within(IReadOnlyList<Token> tokens, int i, int n, params ReadOnlySpan<string> words)
    {
        var end = i + Math.Min(n, tokens.Count - i - 1);
        for (var k = i + 1; k <= end; k++)
        {
            if (words.Contains(tokens[k].Lower)) return true;
        }
        return false;
    }
}
