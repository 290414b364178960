using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Attribution;

/// <summary>
/// Finds the phrases that name who says something, by the grammar of attribution in German and English
/// news: prepositions of source ("laut", "nach Angaben", "zufolge", "according to"), citing phrases and
/// the subjects of verbs of saying, before or after the verb.
/// </summary>
public static class AttributionFinder
{
    /// <summary>
    /// Verbs of deciding a number, said of whoever sets it: a speech verb, but a weak one (a speaker named with "said" wins).
    /// </summary>
    private static readonly string[] DecidingVerbs =
    [
        // "Putin ordered 160,000 men to be called up": who orders a number sets it
        "ordered", "orders", "decreed", "ordnete", "ordneten", "verordnete",
        // "Der Bundestag hatte ein Mandat für bis zu 700 Soldaten beschlossen", "Congress approved 1,000 more troops": who
        // decides on a number sets it
        "beschlossen", "beschloss", "billigte", "billigten", "gebilligt", "genehmigte", "genehmigt",
        "approved", "authorized", "authorised", "decided",
        // "hatte Putin die Armee um 137.000 Soldaten vergrößert", "die Sollstärke auf 1,5 Millionen angehoben": who sets a
        // force's size
        "vergrößert", "vergrößerte", "aufgestockt", "angehoben",
        // "unterzeichnete Putin ein Dekret, mit dem … um 137.000 Soldaten erhöht wird": who signs the order sets the number
        "unterzeichnete", "unterzeichnet", "unterschrieb", "signed",
    ];

    /// <summary>Verbs of counting or listing a figure: a speech verb, but a weak one.</summary>
    private static readonly string[] TallyVerbs =
    [
        "counted", "zählte", "recorded", "registrierte", "zählt", "zählten", "counts", "listed", "lists", "listete", "listeten",
        "documented", "dokumentierte", "dokumentierten",
    ];

    private static readonly WordSet SpeechVerbs =
    [
        // German, finite forms and participles
        "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "meldete", "meldet", "meldeten",
        "gemeldet", "berichtete", "berichtet", "berichteten", "teilte", "teilten", "mitgeteilt", "schätzte", "schätzt",
        "schätzen", "schätzten", "geschätzt", "bezifferte", "beziffert", "bezifferten", "sprach", "spricht", "sprachen",
        "geht", "ging", "gehen", "gingen", "behauptete", "behaupteten", "behauptet", "betonte", "betont", "warnte", "schrieb", "schreibt",
        "äußerte", "informierte", "bestätigte", "bestätigt", "bestätigten", "verkündete", "gab", "hieß", "zitierte",
        "nannte", "nennt", "genannt", "meinte", "fügte", "ergänzte", "sieht", "vermutet", "vermutete", "veröffentlichte",
        "gesprochen", "berichteten", "gewarnt", "erklärt", "behaupten", "gemeldet", "angegeben", "mitteilte", "mitteilten",
        "schätzt", "beziffern", "bezifferten", "spricht", "teilt", "rechnete", "rechnet", "ausgeht", "ausgehen", "ausging", "ausgingen", "ausgegangen",
        "kündigte", "kündigten", "kündigt", "angekündigt", "eingeräumt", "räumte", "räumten", "zugesagt", "versprochen",
        "admitted", "acknowledged", "conceded", "pledged", "promised",
        // "hatte rund 900.000 Tote und Verwundete veranschlagt": putting a figure on something is giving it
        "veranschlagt", "veranschlagte", "veranschlagten", "taxiert", "taxierte", "taxierten", "gezählt",
        // English
        "said", "says", "say", "told", "tells", "estimated", "estimates", "estimate", "believes", "believed", "reported",
        "reports", "claimed", "claims", "stated", "added", "spoke", "noted", "announced", "confirmed", "confirms",
        "assessed", "assesses", "warned", "wrote", "briefed", "testified", "indicated", "revealed", "put", "puts",
        "according", "disclosed", "alleged", "informed",
        .. TallyVerbs,
        .. DecidingVerbs,
    ];

    /// <summary>"nach Angaben/Einschätzung/Erkenntnissen des …": the noun after "nach" that introduces a source.</summary>
    private static readonly WordSet SourceNouns =
    [
        "angaben", "einschätzung", "einschätzungen", "erkenntnissen", "informationen", "schätzungen", "schätzung", "darstellung",
        "auffassung", "ansicht", "berechnungen", "daten", "zahlen", "berichten", "worten", "zählung", "zählungen", "plänen",
        "planungen", "rechnung",
    ];

    /// <summary>"nach einem Bericht des …", "nach einer Zählung der Nachrichtenagentur AFP": a report whose author follows.</summary>
    private static readonly WordSet ReportNouns =
    [
        "bericht", "angaben", "einschätzung", "schätzung", "analyse", "studie", "zählung", "erhebung", "auswertung",
        "berechnung", "berechnungen", "recherche", "recherchen", "bilanz",
    ];

    private static readonly WordSet WeakVerbs =
    [
        "bestätigte", "bestätigt", "bestätigten", "confirmed", "confirms", "gab", "put", "puts", "sieht", "geht", "ging",
        "gehen", "gingen", "nannte", "nennt", "veröffentlichte", "revealed", "indicated", "vermutet", "vermutete",
        .. TallyVerbs,
        .. DecidingVerbs,
    ];

    private static readonly WordSet StopWords =
    [
        "dass", "that", "sei", "seien", "soll", "sollen", "habe", "haben", "hat", "hätten", "hatte", "hatten", "werde",
        "werden", "würden", "wird", "ist", "sind", "war", "waren", "wurde", "wurden", "bereits", "schon", "already",
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "on", "am", "in", "im", "bei", "at",
        "als", "as", "nun", "now", "zuvor", "derweil", "demnach", "jedoch", "however", "but", "aber", "und", "and",
        "auf", "mit", "with", "vor", "to", "von", "from", "nach", "after", "über", "about", "for", "für", "dies", "this",
        "es", "it", "there", "those", "these", "die", "der", "das", "den", "dem", "des", "ein", "eine", "einem", "einer",
        "eines", "einen", "the", "a", "an", "of", "vergangene", "last", "earlier", "früher", "später", "later", "late", "early",
        "sprach", "sagte", "said", "says", "sagt", "erklärte", "told", "meldete", "berichtete", "zufolge", "laut",
        "heute", "gestern", "today", "yesterday", "seit", "since", "bis", "until", "by", "wie", "so", "also", "auch",
        "too", "mehr", "more", "than", "rund", "about", "etwa", "around", "insgesamt", "ihren", "seinen", "their",
        "its", "his", "her", "ihre", "seine", "mindestens", "least", "up", "nearly", "inzwischen", "mittlerweile", "derzeit",
        "zudem", "noch", "still", "ebenfalls", "außerdem", "nicht", "not", "damit", "dabei", "daher", "erstmals", "first",
        "unter", "citing",
        // sentence adverbs that open a clause before the verb but never name a speaker
        "ähnlich", "similarly", "likewise", "ebenso", "unterdessen", "indes", "indessen", "meanwhile", "dann", "then",
        "daraufhin", "gleichzeitig", "zuletzt", "sich", "lediglich", "only", "offenbar", "apparently", "offiziell", "officially",
        // prepositions that open a sentence with a time or a circumstance, never a speaker: "Binnen 24 Stunden seien …"
        "binnen", "innerhalb", "während", "wegen", "trotz", "angesichts", "within", "during", "despite", "amid", "infolge",
        // conjunctions that open a clause of their own and time adverbs that open a sentence: "when the ministry said",
        // "Damals hatte Selenskyj … angegeben"
        "when", "whereas", "because", "if", "wenn", "weil", "nachdem", "damals", "then", "once", "einst", "lange", "längst",
        // place adverbs: "Dort kündigte Präsident Macron an"
        "dort", "hier", "here", "dorthin",
        // adverbs that open a sentence going on from the one before: "Weiter sprach sie von …", "Stattdessen behauptete er",
        // "Darin hatte die Präsidentin … gesagt"
        "weiter", "stattdessen", "instead", "darin",
        // prepositions that open a circumstance ("Zu Beginn des Aufstands hatte Prigoschin … erklärt") and quantifiers that
        // open what is counted ("Some 100,000 people are believed …"): never a speaker
        "zu", "zum", "zur", "beim", "vom", "durch", "ohne", "gegen", "against", "into", "under", "among", "amongst", "through",
        "some", "many", "several", "most", "einige", "viele", "mehrere", "weitere", "zahlreiche", "my", "our", "mein", "meine",
        "meiner", "unser", "unsere", "unserer", "ca", "whether", "ob", "darauf", "tags", "before", "hours", "stunden",
        // modal verbs end a noun phrase before them: "Laut der Regierung mussten 60.000 Menschen …"
        "musste", "mussten", "muss", "müssen", "konnte", "konnten", "kann", "können", "sollte", "sollten", "wollte", "wollten",
        "dürfen", "durften", "must", "should", "can", "might", "may",
        // sentence adverbs that open a sentence before its verb ("Zugleich nannte der Minister …", "Separately, the army said")
        "zugleich", "dennoch", "trotzdem", "allerdings", "anschließend", "danach", "zunächst", "zuerst", "schließlich",
        "weiterhin", "bislang", "bisher", "seither", "kürzlich", "jüngst", "immerhin", "somit", "folglich", "deshalb", "deswegen",
        "darum", "hingegen", "dagegen", "vielmehr", "erneut", "wiederum", "ferner", "überdies", "moreover", "furthermore",
        "separately", "additionally", "instead", "overall", "nevertheless", "nonetheless", "previously", "recently",
        "ursprünglich", "eigentlich", "tatsächlich", "vermutlich", "möglicherweise", "originally", "initially",
        // adverbs of extent that open a German sentence before its verb: "Landesweit zählte der Rettungsdienst …"
        "landesweit", "bundesweit", "weltweit", "europaweit", "allein", "alleine", "nachts", "tagsüber", "vorläufig", "vorerst",
        "seitdem", "nationwide", "altogether", "worldwide",
        // participles that open an English sentence before its subject: "Speaking on condition of anonymity, the volunteer said"
        "speaking", "responding", "writing", "addressing",
        // the particle of "ließ … offen"
        "offen",
    ];

    private static readonly WordSet Determiners =
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer", "eines", "einen", "the", "a", "an",
    ];

    /// <summary>Words that may stand inside a source's noun phrase even though they are stop words elsewhere.</summary>
    private static readonly WordSet InsideNounPhrase =
    [
        "des", "der", "ihres", "seines", "landes", "of", "the", "den", "dem", "für", "for",
    ];

    private static bool CompoundSourceNoun(string lower)
    {
        foreach (var noun in new[] { "angaben", "schätzungen", "informationen", "erkenntnissen", "zählungen" })
        {
            if (lower.Length > noun.Length + 3 && lower.EndsWith(noun, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static bool IsSpeechVerb(Token t) => t.IsWord && SpeechVerbs.Contains(t);

    public static List<Attribution> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<Attribution>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            // asked once per word: the rules below ask it in turn, and most words reach the last rule
            var sourceNoun = SourceNouns.Contains(t);

            if (t.Is("laut") && next is not null)
            {
                // "laut einem Bericht der "New York Times"", "laut der Schätzung des Ministeriums": whose report it is
                var s0 = i + 1;
                if (s0 + 2 < tokens.Count && Determiners.Contains(tokens[s0])
                    && tokens[s0 + 1].Lower is "bericht" or "angaben" or "schätzung" or "schätzungen" or "analyse" or "studie" or "erklärung"
                        or "mitteilung" or "einschätzung" or "zählung" or "daten" or "zahlen"
                    && tokens[s0 + 2].Lower is "des" or "der" or "von")
                    s0 = tokens[s0 + 2].Is("von") ? s0 + 3 : s0 + 2;
                AddForward(found, tokens, AttributionKind.According, PastAgentPhrase(tokens, s0), i);
                if (found.Count > 0 && found[^1].Anchor == i) found[^1] = EndBeforeVerb(tokens, found[^1]);
            }
            else if (t.Is("by") && i > 0 && tokens[i - 1].Lower is "released" or "published" or "issued" or "compiled" or "provided" or "collected"
                     && next is not null)
            {
                // "The figure, released by Ukraine's General Staff, puts …": who released the figures gives them
                AddForward(found, tokens, AttributionKind.According, i + 1, i);
            }
            else if (i > 0 && tokens[i - 1].Lower is "nach" && t.Lower.Contains('-', StringComparison.Ordinal)
                     && SourceNouns.Contains(t.Lower[(t.Lower.LastIndexOf('-') + 1)..]))
            {
                // "nach US-Schätzungen", "nach Kiewer-Angaben": the first part of the compound is the source
                found.Add(new Attribution(AttributionKind.According, i, i, i));
            }
            else if (i > 0 && tokens[i - 1].Is("nach") && t.IsCapitalized && CompoundSourceNoun(t.Lower))
            {
                // "nach Behördenangaben", "nach Armeeangaben": the compound names who gave the figures
                found.Add(new Attribution(AttributionKind.According, i, i, i));
            }
            else if ((sourceNoun || ReportNouns.Contains(t)) && StandingBefore(tokens, i) && i + 1 < tokens.Count
                     && tokens[i + 1].Lower is "des" or "der" or "von" or "aus")
            {
                // "nach damaligen Angaben des Heeres", "nach den jüngsten Angaben aus Minsk": when or how sure the figures
                // are names no one; whose they are follows
                AddForward(found, tokens, AttributionKind.According, PastAgentPhrase(tokens, tokens[i + 1].Lower is "von" or "aus" ? i + 2 : i + 1), i);
            }
            else if (sourceNoun && i > 1 && tokens[i - 2].Is("nach") && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized
                     && !StopWords.Contains(tokens[i - 1]) && !Standing.Contains(tokens[i - 1])
                     // ("nach eigenen Angaben": the subject speaks for itself, read from the sentence)
                     && tokens[i - 1].Lower is not ("eigenen" or "eigener"))
            {
                // "nach israelischen Angaben", "nach ukrainischer Zählung": the adjective names whose figures they are
                found.Add(new Attribution(AttributionKind.According, i - 1, i - 1, i));
            }
            else if (sourceNoun && i > 1 && tokens[i - 2].Is("nach") && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized
                     && (tokens[i - 1].Lower.EndsWith('s') || tokens[i - 1].Lower.EndsWith("er", StringComparison.Ordinal)) && tokens[i - 1].Text.Length > 3)
            {
                // "nach Selenskyjs Rechnung", "nach Kiews Angaben": the name in the genitive gave the figures
                // ("nach Kiewer Angaben": a city's adjective names its government)
                found.Add(new Attribution(AttributionKind.According, i - 1, i - 1, i));
            }
            else if (ReportNouns.Contains(t) && i > 1
                     && tokens[i - 2].Is("nach") && tokens[i - 1].Lower is "einem" or "einer" or "dem" or "der" or "den" or "neuen" or "jüngsten"
                     && i + 2 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && tokens[i + 1].Lower.EndsWith("er", StringComparison.Ordinal)
                     && tokens[i + 1].Lower is not ("der" or "oder" or "aber" or "über" or "unter") && tokens[i + 2].IsCapitalized)
            {
                // "nach einer Einschätzung französischer Sicherheitsbehörden": a genitive without its article
                AddForward(found, tokens, AttributionKind.According, i + 1, i);
            }
            else if (ReportNouns.Contains(t) && i > 1
                     && tokens[i - 2].Is("nach") && tokens[i - 1].Lower is "einem" or "einer" or "dem" or "der" or "den" or "neuen" or "jüngsten"
                     && i + 1 < tokens.Count && tokens[i + 1].Lower is "des" or "der" or "von")
            {
                // "nach einem Bericht des UN-Menschenrechtsbüros", "nach der jüngsten Schätzung der Armee"
                AddForward(found, tokens, AttributionKind.According, tokens[i + 1].Is("von") ? i + 2 : i + 1, i);
            }
            else if (sourceNoun && i > 1 && tokens[i - 1].Lower is "den" or "dem" && tokens[i - 2].Is("nach")
                     && i + 1 < tokens.Count && tokens[i + 1].Lower is "von" or "des" or "der")
            {
                // "nach den Worten von Verteidigungsminister Sergej Schoigu", "nach den Angaben des Ministeriums"
                AddForward(found, tokens, AttributionKind.According, tokens[i + 1].Is("von") ? i + 2 : i + 1, i);
            }
            else if (sourceNoun && i > 0 && (tokens[i - 1].Is("nach")
                     // "den Angaben des Ministeriums zufolge", but not "zu den Berichten aus Seoul"
                     || tokens[i - 1].Is("den") && tokens.Skip(i).Take(8).Any(x => x.Is("zufolge"))))
            {
                var s = i + 1;
                if (s < tokens.Count && tokens[s].Lower is "von" or "aus") s++;
                AddForward(found, tokens, AttributionKind.According, PastAgentPhrase(tokens, s), i);
            }
            else if (t.Is("according") && next is not null && next.Is("to"))
            {
                // "according to figures released by the military", "according to data from the ministry": who gave them follows
                var s = i + 2;
                if (s < tokens.Count && tokens[s].Lower is "figures" or "data" or "estimates" or "a" or "the" or "new" or "latest" or "official")
                {
                    for (var k = s; k < tokens.Count && k < s + 6; k++)
                    {
                        // ("according to a post on the ministry's account": who posted it)
                        var posted = tokens[k].Lower is "on" && k > s && tokens[k - 1].Lower is "post" or "posting" or "message" or "video" or "tweet";
                        if (tokens[k].Lower is not ("by" or "from" or "of") && !posted) continue;
                        if (posted || Enumerable.Range(s, k - s).Any(j => tokens[j].Lower is "figures" or "data" or "estimates" or "statement" or "report"
                                or "count" or "tally" or "assessment" or "post" or "message")) s = k + 1;
                        // ("a post on Telegram by the regional governor": who posted it, not where)
                        if (posted && Enumerable.Range(k + 1, Math.Max(0, Math.Min(4, tokens.Count - k - 1))).FirstOrDefault(j => tokens[j].Lower is "by" or "from")
                                is var by and > 0)
                            s = by + 1;
                        break;
                    }
                }
                AddForward(found, tokens, AttributionKind.According, s, i);
            }
            else if (t.Is("so") && i > 0 && tokens[i - 1].IsPunct(',') && next is not null && next.IsCapitalized)
            {
                // "…, so Lee.": the German reporting "so" names the speaker after the quote, and ends the sentence
                // (unlike English ", so North Korea sent …")
                if (Forward(tokens, i + 1) is { } so && (so.Last + 1 >= tokens.Count || tokens[so.Last + 1].IsPunct('.')))
                    found.Add(new Attribution(AttributionKind.According, so.First, so.Last, i));
            }
            else if (t.Lower is "hervor" or "hervorgeht" or "hervorging" or "hervorgehen" && i > 2
                     && Enumerable.Range(Math.Max(1, i - 20), i - Math.Max(1, i - 20)).LastOrDefault(k => tokens[k].Is("aus")
                         && (t.Lower is not "hervor" || tokens[k - 1].Lower is "geht" or "ging" or "gehen" or "gingen")) is var ausAt and > 0)
            {
                // "Das geht aus einem Bericht des UN-Büros hervor", "wie aus Angaben der Armee hervorgeht": whose report it is
                var s0 = ausAt + 1;
                if (s0 + 2 < i && Determiners.Contains(tokens[s0])) s0++;
                var report = s0 + 1 < i && (ReportNouns.Contains(tokens[s0]) || SourceNouns.Contains(tokens[s0]));
                if (report && tokens[s0 + 1].Lower is "des" or "der" or "von")
                    s0 = tokens[s0 + 1].Is("von") ? s0 + 2 : s0 + 1;
                // ("Die HTS, die aus der Nusra-Front hervorging": what something grew out of is no source; only a report, or "wie
                // aus …", is)
                if (report || t.Lower is "hervor" || tokens[ausAt - 1].Is("wie"))
                    AddForward(found, tokens, AttributionKind.According, PastAgentPhrase(tokens, s0), i);
            }
            else if (t.Lower is "hieß" or "heißt" && next is not null && next.Is("es")
                     && !Enumerable.Range(i + 1, Math.Min(3, tokens.Count - i - 1)).Any(k => tokens[k].Is("aus")))
            {
                // "hieß es in einer Mitteilung des Ministeriums", "hieß es auf einem Wagner-nahen Kanal": the statement's
                // author; a bare "hieß es darin weiter" leans on the source named before
                // "Aus Washington hieß es", "Aus einem Militärkrankenhaus in Mogadischu hieß es": where the word came from stands
                // before the verb
                var from = AusBefore(tokens, i, 6);
                // (only a phrase that ends at the verb: not "Menschen aus der Gefangenschaft zurückgeholt, hieß es in einer Mitteilung")
                var by = from >= 0 && Forward(tokens, from + 1) is { } f && f.Last == i - 1 ? f : StatementAuthor(tokens, i + 2);
                found.Add(by is { } a
                    ? new Attribution(AttributionKind.According, a.First, a.Last, i)
                    : new Attribution(AttributionKind.Speech, i + 1, i + 1, i));
            }
            else if (t.Lower is "hieß" or "heißt" or "verlautete" or "verlautet" or "verlauteten" && i + 2 < tokens.Count
                     && Enumerable.Range(i + 1, Math.Min(3, tokens.Count - i - 1)).FirstOrDefault(k => tokens[k].Is("aus")) is var aus and > 0)
            {
                // "hieß es aus Kiew", "verlautete aus Regierungskreisen": where the word came from
                AddForward(found, tokens, AttributionKind.According, aus + 1, i);
            }
            else if (t.Lower is "verlautete" or "verlautet" or "verlauteten"
                     && AusBefore(tokens, i, 6) is var before and >= 0
                     && Forward(tokens, before + 1) is { } circle
                     // ("wie aus …", or the circle right before the verb: not an "aus" of the reported clause, "aus Belarus verlegt")
                     && (circle.Last == i - 1 || before > 0 && tokens[before - 1].Is("wie") && circle.Last < i))
            {
                // "wie aus Sicherheitskreisen in Kigali verlautete": where the word came from stands before the verb
                found.Add(new Attribution(AttributionKind.According, circle.First, circle.Last, i));
            }
            else if (t.Lower is "zufolge")
            {
                // "starben Angaben der Militärverwaltung zufolge": the source is what follows "Angaben der"
                var noun = Enumerable.Range(Math.Max(0, i - 8), i - Math.Max(0, i - 8)).LastOrDefault(k => SourceNouns.Contains(tokens[k]), -1);
                if (noun >= 0 && noun + 2 < i && tokens[noun + 1].Lower is "der" or "des" or "von")
                {
                    found.Add(new Attribution(AttributionKind.According, noun + 2, i - 1, i));
                    continue;
                }
                // "Einem Unicef-Bericht von Anfang des Monats zufolge": the report before the time it is from
                var end = i - 1;
                for (var k = i - 2; k > 0 && k >= i - 5; k--)
                {
                    if (tokens[k].Lower is "von" or "vom" && (IsTimeWord(tokens[k + 1]) || tokens[k + 1].Lower is "anfang" or "mitte" or "ende"))
                    {
                        end = k - 1;
                        break;
                    }
                }
                AddBackward(found, tokens, AttributionKind.According, end, i);
            }
            else if (t.Is("citing") && i > 1 && tokens[i - 1].IsPunct(',') && Backward(tokens, i - 2) is { } citer)
            {
                // "Mediazona, citing obituaries and court records, has identified …": the subject before ", citing" is
                // the speaker (what it cites may name nobody); the cited source, if named, still goes first
                found.Add(new Attribution(AttributionKind.Speech, citer.First, citer.Last, i) { Weak = true });
                AddForward(found, tokens, AttributionKind.Citing, i + 1, i);
            }
            else if (t.Lower is "quoted" or "cited" && next is not null && next.Is("by") && i > 0 && Backward(tokens, i - 1) is { } quoted
                     // ("the figures cited by the ministry": what is cited is no one)
                     && tokens[quoted.Last].Lower is not ("figures" or "figure" or "data" or "estimate" or "estimates" or "toll" or "numbers"
                         or "number" or "report" or "reports" or "statistics" or "count"))
            {
                // "Western officials quoted by the BBC estimated …": those quoted are the source, who quotes them passes it on
                found.Add(new Attribution(AttributionKind.Citing, quoted.First, quoted.Last, i));
            }
            else if (t.Is("citing") || t.Is("verweis") && i > 0 && tokens[i - 1].Is("unter") && next is not null && next.Is("auf")
                     || t.Is("berufung") && i > 0 && tokens[i - 1].Is("unter") && next is not null && next.Is("auf"))
            {
                AddForward(found, tokens, AttributionKind.Citing, t.Is("citing") ? i + 1 : i + 2, i);
            }
            else if (t.Lower is "raised" or "lowered" or "revised" or "updated" or "erhöhte" or "korrigierte" or "senkte"
                     && Enumerable.Range(i + 1, Math.Min(3, tokens.Count - i - 1)).Any(k => tokens[k].Lower is "estimate" or "estimates" or "schätzung" or "figure" or "tally"))
            {
                // "the military raised its estimate to 4,000": revising an estimate is stating it
                AddSpeech(found, tokens, i);
            }
            else if (t.Lower is "gave" or "given" or "cited" or "offered"
                     && Enumerable.Range(i + 1, Math.Min(4, tokens.Count - i - 1)).Any(k => tokens[k].Lower is "toll" or "figure" or "estimate" or "count" or "tally"))
            {
                // "the media office had given an earlier toll of 210 dead": giving a toll is stating it
                AddSpeech(found, tokens, i);
            }
            else if (t.Lower is "kam" or "kamen" or "kommt" or "kommen"
                     // ("kam in einer vergangene Woche veröffentlichten Studie auf rund 950.000")
                     && Enumerable.Range(i + 1, Math.Min(9, tokens.Count - i - 1)).Any(k => tokens[k].Is("auf") && k + 1 < tokens.Count
                         && (tokens[k + 1].IsNumber || tokens[k + 1].Lower is "rund" or "etwa" or "mehr" or "über" or "knapp" or "mindestens" or "fast" or "ca")))
            {
                // "Das Kollektiv kam Anfang September auf rund 400 Tote": arriving at a count is giving it
                AddSpeech(found, tokens, i);
            }
            else if (RevisionVerbs.Contains(t) && RevisesACount(tokens, i)
                     // ("die erhöhte Zahl der Toten": the participle as an adjective before its noun revises nothing)
                     && !(next is not null && next.IsCapitalized))
            {
                // "Israel hat die Zahl der Getöteten auf rund 1200 gesenkt", "the ministry raised the death toll to 50": who
                // revises a count gives the new one
                AddSpeech(found, tokens, i);
            }
            else if (t.Lower is "gekommen" or "kam" or "kamen" or "concluded" && NearConclusion(tokens, i))
            {
                // "war zu dem Schluss gekommen, dass …", "kam zu dem Ergebnis": a verb of concluding reports an assessment
                AddSpeech(found, tokens, i);
            }
            // ("zählt zu den …", "counts on", "counts as": not a count given)
            // ("declined to say", "refused to confirm": an infinitive of saying after a refusal names no one who said anything;
            // "went on to say" does)
            else if (SpeechVerbs.Contains(t) && !t.Is("according") && !IsNounUse(tokens, i)
                     && !(i > 1 && tokens[i - 1].Lower is "to" && tokens[i - 2].Lower is "declined" or "refused" or "declines" or "refuses"
                         or "unwilling" or "unable" or "not")
                     && !(t.Lower is "zählt" or "zählten" or "counts" && next is not null && next.Lower is "zu" or "zum" or "zur" or "on" or "among" or "as"))
            {
                AddSpeech(found, tokens, i);
            }
        }
        for (var n = 0; n < found.Count; n++)
        {
            if (ApposedName(tokens, found[n].Last) is { } end) found[n] = found[n] with { Last = end };
        }
        // "Am frühen Nachmittag sprachen die Verteidigungskräfte …": a fronted time before the verb is no speaker, when the
        // verb has one after it
        found.RemoveAll(a => a.Kind == AttributionKind.Speech && a.Weak && a.First <= a.Last && a.Last < a.Anchor && IsTimeWord(tokens[a.Last])
                             && found.Any(b => b.Anchor == a.Anchor && b.First > a.Anchor));
        return found;
    }

    /// <summary>
    /// "laut dem Gouverneur der Region Donezk, Pawlo Kyrylenko, …", "Der Vermittler der Afrikanischen Union, Nigerias
    /// früherer Präsident Olusegun Obasanjo, geht …": a person's name set off by commas right after a source belongs to
    /// it (and a country inside it names the speaker's home, not whose people are counted). The last word before the
    /// closing comma, or the full stop, that ends the apposition.
    /// </summary>
    private static int? ApposedName(IReadOnlyList<Token> tokens, int last)
    {
        var comma = last + 1;
        if (comma + 2 >= tokens.Count || !tokens[comma].IsPunct(',')) return null;
        for (var k = comma + 1; k < tokens.Count && k <= comma + 8; k++)
        {
            var t = tokens[k];
            if (t.IsPunct(',') || t.IsPunct('.') && !t.Glued || t.IsPunct('.') && k + 1 >= tokens.Count)
            {
                // at least a first name and a surname close the apposition
                if (k - comma < 3 || !tokens[k - 1].IsCapitalized || !tokens[k - 2].IsCapitalized) return null;
                return k - 1;
            }
            if (t.IsPunct('-') || t.IsPunct('.') && t.Glued) continue;
            if (!t.IsWord || t.IsNumber || IsSpeechVerb(t) || FiniteVerbs.Contains(t)) return null;
            if (k == comma + 1 && (Determiners.Contains(t) || StopWords.Contains(t) && !t.IsCapitalized)) return null;
        }
        return null;
    }

    /// <summary>
    /// "der von der Hamas kontrollierten Gesundheitsbehörde", "des von Russland eingesetzten Gouverneurs": past the participle
    /// phrase to the noun it describes.
    /// </summary>
    private static int PastAgentPhrase(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 1 >= tokens.Count || !Determiners.Contains(tokens[start]) || !tokens[start + 1].Is("von")) return start;
        // the last participle before a capitalised noun, so that an adjective inside the agent ("von den russischen Truppen
        // kontrollierten Stadt") does not end it; "das von den Huthi kontrollierte Ministerium": the nominative ends in "-te"
        var head = start;
        for (var k = start + 2; k + 1 < tokens.Count && k < start + 8; k++)
        {
            if (tokens[k].Kind == TokenKind.Punct || tokens[k].IsNumber) break;
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k + 1].IsCapitalized && !Determiners.Contains(tokens[k])
                && (tokens[k].Lower.EndsWith("en", StringComparison.Ordinal) || Words.IsInflectedParticiple(tokens[k].Lower)))
                head = k + 1;
        }
        return head;
    }

    /// <summary>The last "aus" within <paramref name="reach"/> words before a verb ("Aus Washington hieß es", "wie aus
    /// Regierungskreisen verlautete"), or -1.</summary>
    private static int AusBefore(IReadOnlyList<Token> tokens, int verb, int reach)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - reach; k--)
        {
            if (tokens[k].Is("aus")) return k;
        }
        return -1;
    }

    /// <summary>"the Western estimates", "these reports", "its claims": a verb of saying used as a noun after a determiner.</summary>
    private static bool IsNounUse(IReadOnlyList<Token> tokens, int i)
    {
        // "an estimated 350,000 fighters", "the reported 40 dead": a participle describing the figure
        if (tokens[i].Lower is "estimated" or "reported" or "believed" && i > 0 && tokens[i - 1].Lower is "an" or "a" or "the"
            && i + 1 < tokens.Count && tokens[i + 1].IsNumber)
            return true;
        if (tokens[i].Lower is not ("estimates" or "estimate" or "reports" or "claims" or "puts")) return false;
        if (i == 0) return false;
        var prev = tokens[i - 1].Lower;
        return prev is "the" or "these" or "those" or "its" or "their" or "his" or "her" or "our" or "such" or "official" or "earlier"
            or "latest" or "new" or "previous" or "western" or "independent" or "initial" or "first";
    }

    /// <summary>"in einer Mitteilung des Ministeriums", "auf einem Wagner-nahen Telegram-Kanal": who a statement is from.</summary>
    private static (int First, int Last)? StatementAuthor(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k < start + 8; k++)
        {
            if (tokens[k].Kind == TokenKind.Punct && !tokens[k].IsPunct('-')) return null;
            var w = tokens[k].Lower;
            if (w is not ("mitteilung" or "erklärung" or "stellungnahme" or "kanal" or "telegram-kanal" or "bericht" or "beitrag")
                && !w.EndsWith("-kanal", StringComparison.Ordinal)) continue;
            // the author before the noun ("einem Wagner-nahen Telegram-Kanal") or after it ("des Ministeriums")
            for (var j = k - 1; j >= start && !tokens[j].Is("in") && !tokens[j].Is("auf"); j--)
            {
                if (tokens[j].IsCapitalized && tokens[j].Lower.Contains('-', StringComparison.Ordinal)) return (j, j);
            }
            if (k + 1 < tokens.Count && tokens[k + 1].Lower is "des" or "der" or "von") return Forward(tokens, tokens[k + 1].Is("von") ? k + 2 : k + 1);
            return null;
        }
        return null;
    }

    private static readonly WordSet Participles =
    [
        "gesprochen", "gesagt", "erklärt", "gemeldet", "mitgeteilt", "berichtet", "geschätzt", "beziffert", "behauptet",
        "betont", "angegeben", "gewarnt", "bestätigt", "geäußert", "verkündet", "gekommen", "angekündigt", "eingeräumt", "zugesagt",
        "versprochen", "geschrieben", "veröffentlicht", "veranschlagt", "taxiert", "gezählt", "registriert",
        "gesenkt", "erhöht", "korrigiert", "revidiert", "aktualisiert", "beschlossen", "gebilligt", "genehmigt",
        "vergrößert", "aufgestockt", "angehoben", "genannt",
    ];

    private static readonly WordSet Auxiliaries =
    [
        "hat", "hatte", "hatten", "haben", "habe", "hätten", "hätte", "ist", "war", "wurde", "wurden", "sei",
    ];

    private static bool HasHabenBefore(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0; k--)
        {
            if (tokens[k].Lower is "hat" or "hatte" or "hatten" or "haben" or "habe" or "hätte" or "hätten") return true;
            // ("wurde … genannt": the passive of calling, nearer than any "hatte")
            if (tokens[k].Lower is "wurde" or "wurden" or "wird" or "werden" or "ist" or "war") return false;
        }
        return false;
    }

    /// <summary>
    /// "der 64-Jährige", "the 64-year-old" from <paramref name="k"/>: the index of the age noun, else null (the noun itself,
    /// not "die 64-jährige Rentnerin", "the 64-year-old grandmother").
    /// </summary>
    private static int? AgedPerson(IReadOnlyList<Token> tokens, int k) =>
        k + 3 < tokens.Count && tokens[k].Lower is "der" or "die" or "the" && tokens[k + 1].IsNumber && tokens[k + 2].IsPunct('-')
        && tokens[k + 2].Glued && tokens[k + 3].Glued && Words.IsAgeNoun(tokens[k + 3].Lower)
        && (tokens[k + 3].IsCapitalized || k + 4 == tokens.Count || !tokens[k + 4].IsWord || SpeechVerbs.Contains(tokens[k + 4]))
            ? k + 3
            : null;

    private static void AddSpeech(List<Attribution> found, IReadOnlyList<Token> tokens, int verb)
    {
        // "genannt" names a figure only after "hat"/"hatte" ("hatte das Weiße Haus 1100 Soldaten genannt"), not as "called"
        // ("Surowikin, genannt General Armageddon", "Als Grund wurde ein Angriff genannt")
        if (tokens[verb].Lower == "genannt" && !HasHabenBefore(tokens, verb)) return;
        // German verb-final participle ("hatte der Geheimdienst von 1500 Mann gesprochen"): the subject stands
        // right after the auxiliary, or before it at the start of the clause
        if (Participles.Contains(tokens[verb]))
        {
            var aux = -1;
            var clauseAux = -1; // an auxiliary after the last comma before the participle
            var pastComma = false;
            for (var k = verb - 1; k >= 0; k--)
            {
                if (tokens[k].IsPunct(',')) pastComma = true;
                if (!Auxiliaries.Contains(tokens[k])) continue;
                aux = k;
                if (!pastComma) clauseAux = k;
            }
            // ("Im März habe Russland 400 Raketen abgefeuert, hatte der Präsident gesagt": the auxiliary of the participle's own
            // clause, not one of the reported clause before the comma; with none there, "hatte X, der … ist, … gesagt")
            if (clauseAux >= 0) aux = clauseAux;
            if (aux >= 0)
            {
                var weakP = WeakVerbs.Contains(tokens[verb]);
                // "Der Beauftragte der Region, Gegham Stepanjan, hatte … gesprochen", "Stepanjan, Beauftragter der Region,
                // hatte … gesprochen": a name set off by commas before the auxiliary is its subject
                if (aux > 2 && tokens[aux - 1].IsPunct(',') && (AppositionHead(tokens, aux) ?? NameBetweenCommas(tokens, aux - 1)) is { } apposed)
                {
                    found.Add(new Attribution(AttributionKind.Speech, apposed.First, apposed.Last, verb) { Weak = weakP });
                    return;
                }
                var auxSubject = aux > 0 ? Backward(tokens, aux - 1) : null;
                // "Am vergangenen Donnerstag hatte Blinken … gesprochen": a fronted time is no subject
                if (auxSubject is { } ts && IsTimeWord(tokens[ts.Last])) auxSubject = null;
                // "Der Kreml hat die Nutzung … bestätigt": a subject opening the clause keeps its place before the auxiliary
                var opens = auxSubject is { } asj && OpensClause(tokens, asj.First) && !IsTimeWord(tokens[asj.Last]);
                // ("Zu Beginn des Aufstands hatte Prigoschin … erklärt": a fronted phrase that does not open the clause is no subject)
                if (!opens && (auxSubject is null || auxSubject.Value.First > 0 || aux + 1 < verb && Determiners.Contains(tokens[aux + 1])))
                    auxSubject = Forward(tokens, aux + 1) is { } f && f.Last < verb ? f : auxSubject;
                if (auxSubject is { } sp) found.Add(new Attribution(AttributionKind.Speech, sp.First, sp.Last, verb) { Weak = weakP });
                return;
            }
        }

        // "…, sagte der 64-Jährige", "the 64-year-old said": a person named by age stands for the person named before
        if ((AgedPerson(tokens, verb + 1) ?? (verb >= 4 ? AgedPerson(tokens, verb - 4) : null)) is { } aged)
        {
            found.Add(new Attribution(AttributionKind.Speech, aged, aged, verb) { Weak = WeakVerbs.Contains(tokens[verb]) });
            return;
        }

        // After the verb when the verb follows a comma, a quote or a fronted adverbial (German V2 inversion,
        // English ", said X"); the noun phrase must then start with a determiner, a capital or a known name.
        var weak = WeakVerbs.Contains(tokens[verb]);
        // "wie das Weiße Haus am Mittwoch mitteilte", "as the ministry said": the subject follows "wie"/"as"
        if (WieClauseSubject(tokens, verb) is { } w)
        {
            found.Add(new Attribution(AttributionKind.Speech, w.First, w.Last, verb) { Weak = weak });
            return;
        }
        if (AppositionHead(tokens, verb) is { } named)
        {
            found.Add(new Attribution(AttributionKind.Speech, named.First, named.Last, verb) { Weak = weak });
            return;
        }
        if ((RelativeAntecedent(tokens, verb) ?? ParticipleAside(tokens, verb)) is { } antecedent)
        {
            found.Add(new Attribution(AttributionKind.Speech, antecedent.First, antecedent.Last, verb) { Weak = weak });
            return;
        }
        if (NameAfterTitle(tokens, verb) is { } titled)
        {
            found.Add(new Attribution(AttributionKind.Speech, titled.First, titled.Last, verb) { Weak = weak });
            return;
        }
        // "Am 18. Oktober teilte er mit", "Gestern sagte sie": a German pronoun subject right after the verb, when only a time
        // stands before it (in "Das Ministerium bezifferte sie auf 10.000" the pronoun is the object)
        if (verb > 0 && verb + 1 < tokens.Count && tokens[verb + 1].Lower is "er" or "sie" && !tokens[verb - 1].IsPunct(',')
            && (Backward(tokens, verb - 1) is not { } fronted || IsTimeWord(tokens[fronted.Last]) || HopWords.Contains(tokens[verb - 1])))
        {
            found.Add(new Attribution(AttributionKind.Speech, verb + 1, verb + 1, verb) { Weak = weak });
            return;
        }
        // '…, sagte er im Fernsehen', '"…", said she': after a comma or a quote the pronoun following the verb is its subject
        if (verb > 0 && verb + 1 < tokens.Count && tokens[verb + 1].Lower is "er" or "sie" or "es" or "he" or "she"
            && (tokens[verb - 1].IsPunct(',') || IsQuote(tokens[verb - 1])))
        {
            found.Add(new Attribution(AttributionKind.Speech, verb + 1, verb + 1, verb) { Weak = weak });
            return;
        }
        // "On Oct. 18 it said", "Am Freitag sagte er": a pronoun subject stands for the source named before
        if (verb > 0 && tokens[verb - 1].Lower is "it" or "he" or "she" or "they" or "we")
        {
            found.Add(new Attribution(AttributionKind.Speech, verb - 1, verb - 1, verb) { Weak = weak });
            return;
        }
        // "the NIS had estimated", "Kirby on Tuesday put", "Kirby yesterday said", "Regional authorities later that night counted":
        // auxiliaries and time adverbials stand between a clause-opening subject and its verb
        var hop = verb - 1;
        while (hop >= 0)
        {
            if (tokens[hop].IsWord && HopWords.Contains(tokens[hop])) hop--;
            else if (hop > 0 && IsTimeWord(tokens[hop]) && tokens[hop - 1].Lower is "on" or "am" or "at" or "last" or "that" or "this") hop -= 2;
            else break;
        }
        // "For the period from April to June it had recorded": a pronoun subject past the auxiliaries stands for the source before
        if (hop >= 0 && hop < verb - 1 && tokens[hop].Lower is "it" or "he" or "she" or "they")
        {
            found.Add(new Attribution(AttributionKind.Speech, hop, hop, verb) { Weak = weak });
            return;
        }
        // ("By March 2024 the ministry had confirmed": a fronted time before the subject)
        if (hop < verb - 1 && hop >= 0 && Backward(tokens, hop) is { } early && (OpensClause(tokens, early.First) || AfterFrontedTime(tokens, early.First))
            && !IsTimeWord(tokens[early.Last]))
        {
            found.Add(new Attribution(AttributionKind.Speech, early.First, early.Last, verb) { Weak = weak });
            return;
        }
        var afterStart = verb + 1;
        // "äußerte sich US-Außenminister Blinken": the reflexive pronoun is not the subject
        if (afterStart < tokens.Count && tokens[afterStart].Lower is "sich") afterStart++;
        // "Voloshyn told the BBC", "informed lawmakers": the phrase after these verbs is who was told, not who spoke
        // ("sagte dem Sender Suspilne der Gouverneur": a dative after the verb is who was told; it ends before the article of the
        // subject, which may follow it)
        if (DativeAt(tokens, afterStart))
        {
            var k = afterStart + 1;
            while (k < tokens.Count && tokens[k].IsWord && tokens[k].Lower is not ("der" or "die" or "das" or "ein" or "eine")) k++;
            afterStart = k < tokens.Count && tokens[k].IsWord ? k : tokens.Count;
        }
        var after = tokens[verb].Lower is "told" or "tells" or "informed" or "briefed" && !(verb > 0 && tokens[verb - 1].Text is "\"" or "”" or "“")
                    || afterStart >= tokens.Count
            ? null
            : Forward(tokens, PastAgentPhrase(tokens, afterStart));
        var prev = verb > 0 ? tokens[verb - 1] : null;
        var inverted = prev is null || prev.Kind == TokenKind.Punct || !IsNounPhraseWord(prev) && !(prev.Text is "War" && verb > 1);
        var before = Backward(tokens, verb - 1);
        // "Diese Zahl nannte Selenskyj im Juni": a figure fronted before the verb is its object, the subject follows
        // ("Eigene Opferzahlen nannte die Regierung nicht": a compound ending in "-zahlen" too)
        if (before is { } fo && (tokens[fo.Last].Lower is "schätzung" or "bilanz" or "angaben" || tokens[fo.Last].Lower.EndsWith("zahl", StringComparison.Ordinal)
                || tokens[fo.Last].Lower.EndsWith("zahlen", StringComparison.Ordinal)) && after is not null) before = null;
        // a noun phrase that opens the clause before the verb is its subject ("Der Geheimdienst NIS schätzt die Zahl");
        // only after a fronted adverbial ("Am Mittwoch meldete der Geheimdienst") does the subject follow the verb
        var subjectFirst = before is { } bf && OpensClause(tokens, bf.First) && !IsTimeWord(tokens[bf.Last]);
        // ("On Thursday the defence ministry in Moscow said Ukraine had lost …": English does not invert after a fronted time;
        // a name after the verb that its own verb follows opens the reported clause)
        if (!inverted && before is not null && after is { } reported && reported.Last + 1 < tokens.Count
            && tokens[reported.Last + 1].Lower is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "would" or "will" or "could")
            after = null;
        if (after is { } a && (inverted || !subjectFirst && afterStart < tokens.Count && tokens[afterStart].IsWord
                && (Determiners.Contains(tokens[afterStart]) || tokens[afterStart].IsCapitalized) && verb > 1))
        {
            found.Add(new Attribution(AttributionKind.Speech, a.First, a.Last, verb) { Weak = weak });
            // "Kowalenko … bezifferte die Verluste": when the phrase after the verb names no one, the one before may
            if (!inverted && before is { } alt) found.Add(new Attribution(AttributionKind.Speech, alt.First, alt.Last, verb) { Weak = true });
            return;
        }
        // "als sie über die Rückeroberung berichteten", "reported on the fighting": what a report is about is no speaker
        if (before is { } topic && AboutBefore(tokens, topic.First)) before = null;
        if (before is { } b && !found.Any(f => f.First <= b.Last && b.First <= f.Last))
        {
            found.Add(new Attribution(AttributionKind.Speech, b.First, b.Last, verb) { Weak = weak });
            return;
        }
        // "the governor of the region, Vyacheslav Gladkov, reported": a name in apposition right before the verb speaks
        if (before is null && verb > 2 && tokens[verb - 1].IsPunct(',') && Backward(tokens, verb - 2) is { } name
            && name.First > 1 && tokens[name.First - 1].IsPunct(',') && name.Last > name.First
            && Enumerable.Range(name.First, name.Last - name.First + 1).All(k => tokens[k].IsCapitalized))
        {
            found.Add(new Attribution(AttributionKind.Speech, name.First, name.Last, verb) { Weak = weak });
            return;
        }
        // German perfect: "Abgeordnete hatten … gesagt": the subject opens the sentence
        var subject = Forward(tokens, 0);
        if (subject is { } s && s.Last < verb && verb > 2) found.Add(new Attribution(AttributionKind.Speech, s.First, s.Last, verb) { Weak = weak });
    }

    /// <summary>
    /// "dem Sender", "einem Reporter", "einer Nachrichtenagentur", "der Nachrichtenagentur AFP": a phrase in the dative at <paramref name="k"/>,
    /// who was told (not "einer der Kommandeure", one of them, nor "der Gouverneur", who speaks).
    /// </summary>
    internal static bool DativeAt(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count) return false;
        var next = tokens[k + 1].Lower;
        return tokens[k].Lower switch
        {
            "dem" or "einem" => true,
            "einer" => next is not ("der" or "des" or "von" or "aus" or "ihrer" or "seiner" or "dieser" or "jener" or "unserer"),
            // a feminine outlet after "der" is told; a masculine noun after it speaks
            "der" => IsFeminineOutlet(next),
            _ => false,
        };
    }

    /// <summary>"Nachrichtenagentur", "Zeitung": outlets whose dative takes "der".</summary>
    internal static bool IsFeminineOutlet(string lower) => lower is "nachrichtenagentur" or "agentur" or "zeitung" or "tageszeitung";

    /// <summary>"über die Rückeroberung", "about the attack": the phrase at <paramref name="first"/> follows a preposition of topic.</summary>
    private static bool AboutBefore(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].IsWord && Determiners.Contains(tokens[k])) k--;
        return k >= 0 && tokens[k].Lower is "über" or "about";
    }

    /// <summary>"the governor of the region, Vyacheslav Gladkov,": a name of capitalised words between two commas ending at <paramref name="comma"/>.</summary>
    private static (int First, int Last)? NameBetweenCommas(IReadOnlyList<Token> tokens, int comma) =>
        comma > 2 && Backward(tokens, comma - 1) is { } name && name.Last == comma - 1 && name.First > 1 && tokens[name.First - 1].IsPunct(',')
        && name.Last > name.First && Enumerable.Range(name.First, name.Last - name.First + 1).All(k => tokens[k].IsCapitalized)
            ? name
            : null;

    /// <summary>
    /// "Andrei Vorobyov, governor of the surrounding region, said", "Gegham Stepanjan, Ombudsmann der Region, sagte": a name
    /// opening the clause, followed by its title between commas, is who speaks.
    /// </summary>
    private static (int First, int Last)? AppositionHead(IReadOnlyList<Token> tokens, int verb)
    {
        var h = verb - 1;
        while (h >= 0 && tokens[h].IsWord && HopWords.Contains(tokens[h])) h--;
        if (h < 3 || !tokens[h].IsPunct(',')) return null;
        for (var j = h - 1; j >= 1 && j >= h - 25; j--)
        {
            var t = tokens[j];
            if (t.IsNumber || IsQuote(t)) return null;
            if (t.Kind == TokenKind.Punct && !t.IsPunct(',') && !t.IsPunct('-') && !t.IsPunct('\'') && !(t.IsPunct('.') && t.Glued)) return null;
            if (!t.IsPunct(',')) continue;
            // "Ein Zusammenschluss von Angehörigen, das Collectif Justice pour Barsalogho, kam …": an article and a name
            // between the commas (no verb at the end, as a relative clause would have) is the name of who speaks
            if (j + 2 < h && tokens[j + 1].Lower is "der" or "die" or "das" or "the" && tokens[h - 1].IsCapitalized && tokens[j + 2].IsCapitalized
                && IsName(tokens, j + 2, h - 1))
                return (j + 2, h - 1);
            if (j + 1 >= h || tokens[j + 1].Lower is "who" or "which" or "der" or "die" or "das" or "that") return null;
            // a title, not a clause: no verb of saying inside
            for (var k = j + 1; k < h; k++)
            {
                if (IsSpeechVerb(tokens[k])) return null;
            }
            if (Backward(tokens, j - 1) is not { } a || !OpensClause(tokens, a.First) || a.Last == a.First && !tokens[a.First].IsCapitalized) return null;
            for (var k = a.First; k <= a.Last; k++)
            {
                if (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Lower is not ("of" or "for" or "the")) return null;
            }
            return a.Last > a.First ? a : null;
        }
        return null;
    }

    /// <summary>
    /// "Ukraine's commander-in-chief, Gen. Valerii Zaluzhnyi, said", "By early afternoon the interior minister, Ihor Klymenko,
    /// put …": a name between commas after a title that opens the clause is who speaks (the mirror of <see cref="AppositionHead"/>).
    /// </summary>
    private static (int First, int Last)? NameAfterTitle(IReadOnlyList<Token> tokens, int verb)
    {
        var h = verb - 1;
        while (h >= 0 && tokens[h].IsWord && HopWords.Contains(tokens[h])) h--;
        if (h < 4 || !tokens[h].IsPunct(',')) return null;
        var j = h - 1;
        var words = 0;
        // capitalised words, with the glued full stops of a rank ("Gen.", "Lt. Col.") and hyphens inside
        for (; j >= 0 && j >= h - 7; j--)
        {
            var t = tokens[j];
            if (t.IsWord && t.IsCapitalized) words++;
            else if (!(t.IsPunct('.') && t.Glued || t.IsPunct('-') && t.Glued)) break;
        }
        if (words < 2 || j < 1 || !tokens[j].IsPunct(',') || !tokens[j + 1].IsWord) return null;
        if (Backward(tokens, j - 1) is not { } title || title.Last != j - 1
            || !(OpensClause(tokens, title.First) || AfterFrontedTime(tokens, title.First))) return null;
        // a title has a word in lower case ("commander-in-chief", "the interior minister"); a list of places does not
        var lower = false;
        for (var k = title.First; k <= title.Last; k++) lower |= tokens[k].IsWord && !tokens[k].IsCapitalized && !Determiners.Contains(tokens[k]);
        return lower ? (j + 1, h - 1) : null;
    }

    /// <summary>"Collectif Justice pour Barsalogho": capitalised words and short particles only (a loop: asked for every verb of saying).</summary>
    private static bool IsName(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized && tokens[k].Text.Length > 4) return false;
        }
        return true;
    }

    /// <summary>
    /// "Shoigu, who said in September that …", "Budanov, who heads the HUR, had told …": the name before a relative
    /// clause is who speaks, whether the verb of saying is in the relative clause or follows it.
    /// </summary>
    private static (int First, int Last)? RelativeAntecedent(IReadOnlyList<Token> tokens, int verb)
    {
        var h = verb - 1;
        while (h >= 0 && tokens[h].IsWord && HopWords.Contains(tokens[h])) h--;
        if (h >= 2 && tokens[h].Lower is "who" && tokens[h - 1].IsPunct(','))
            return Backward(tokens, h - 2) is { } a && tokens[a.Last].IsCapitalized ? a : null;
        if (h < 3 || !tokens[h].IsPunct(',')) return null;
        for (var j = h - 1; j >= 1 && j >= h - 20; j--)
        {
            if (!tokens[j].IsPunct(',')) continue;
            // "Die Beobachtergruppe Hajun, die Truppenbewegungen dokumentiert, zählte": a German relative clause too
            if (tokens[j + 1].Lower is not ("who" or "which" or "die" or "der" or "das" or "welche" or "welcher")) return null;
            return Backward(tokens, j - 1) is { } a && tokens[a.Last].IsCapitalized && OpensClause(tokens, a.First) ? a : null;
        }
        return null;
    }

    /// <summary>
    /// "A U.S. official, speaking on condition of anonymity, said": a participle phrase between commas after the subject
    /// leaves the subject before it as who speaks.
    /// </summary>
    private static (int First, int Last)? ParticipleAside(IReadOnlyList<Token> tokens, int verb)
    {
        var h = verb - 1;
        while (h >= 0 && tokens[h].IsWord && HopWords.Contains(tokens[h])) h--;
        if (h < 3 || !tokens[h].IsPunct(',')) return null;
        for (var j = h - 1; j >= 1 && j >= h - 15; j--)
        {
            if (!tokens[j].IsPunct(',')) continue;
            if (tokens[j + 1].Lower is not ("speaking" or "writing" or "briefing" or "responding" or "addressing" or "talking")) return null;
            return Backward(tokens, j - 1) is { } a && OpensClause(tokens, a.First) ? a : null;
        }
        return null;
    }

    private static bool NearConclusion(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Is("concluded")) return true;
        // "war in einer Studie auf rund 950.000 Verluste gekommen", "kam auf 4000": arriving at a figure is estimating it
        // ("ums Leben gekommen" is dying)
        var dying = i > 0 && tokens[i - 1].Lower is "leben" || i + 2 < tokens.Count && tokens[i + 1].Lower is "ums";
        for (var k = Math.Max(0, i - 10); k < i && !dying; k++)
        {
            if (!tokens[k].Is("auf") || k + 1 >= i) continue;
            var n = tokens[k + 1];
            if (n.IsNumber || n.Lower is "rund" or "etwa" or "mehr" or "über" or "fast" or "knapp" or "mindestens" or "bis" or "gut"
                    or "ungefähr" or "ca" or "zwischen" or "insgesamt") return true;
        }
        for (var k = Math.Max(0, i - 4); k < Math.Min(tokens.Count, i + 5); k++)
        {
            if (tokens[k].Lower is "schluss" or "ergebnis" or "einschätzung") return true;
        }
        return false;
    }

    internal static bool IsQuote(Token t) => t.Kind == TokenKind.Punct && t.Text is "\"" or "„" or "“" or "”" or "«" or "»";

    /// <summary>True when only determiners stand between the start of the clause and <paramref name="first"/>.</summary>
    private static bool OpensClause(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].IsWord && Determiners.Contains(tokens[k])) k--;
        // ("zum 80. Jahrestag kündigte Macron …": the full stop of an ordinal opens nothing)
        if (k > 0 && tokens[k].IsPunct('.') && tokens[k].Glued && tokens[k - 1].IsNumber) return false;
        return k < 0 || tokens[k].Kind == TokenKind.Punct && !tokens[k].IsPunct('-');
    }

    /// <summary>"By March 2024 the ministry …", "In December its foreign minister …": a time opening the clause before the phrase.</summary>
    private static bool AfterFrontedTime(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && tokens[k].IsWord && Determiners.Contains(tokens[k])) k--;
        if (k < 1 || !(tokens[k].IsNumber || IsTimeWord(tokens[k]))) return false;
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (tokens[j].Kind == TokenKind.Punct) return true;
            if (tokens[j].Lower is "by" or "in" or "im" or "bis" or "on" or "am" or "since" or "seit") return j == 0 || tokens[j - 1].Kind == TokenKind.Punct;
        }
        return false;
    }

    private static bool IsTimeWord(Token t) =>
        Dates.DateWords.WeekdayOf(t) is not null || Dates.DateWords.MonthOf(t) is not null
        || t.Lower is "woche" or "week" or "monat" or "month" or "jahr" or "year" or "tag" or "day" or "abend" or "morgen" or "nacht"
            or "mittag" or "vormittag" or "nachmittag" or "evening" or "morning" or "night" or "afternoon" or "wochenende" or "weekend"
            or "tags" or "darauf";

    /// <summary>The subject of a clause "wie X … sagte" / "as X said" that ends in <paramref name="verb"/>.</summary>
    private static (int First, int Last)? WieClauseSubject(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 12; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct && !t.IsPunct('-') && !t.IsPunct('.')) return null;
            // "während der Geheimdienst von 12.000 ausgeht", "while the NIS estimates": a contrasting clause's subject too
            if (!t.Is("wie") && !(t.Is("as") && k + 1 < verb && Determiners.Contains(tokens[k + 1]))
                && !(t.Lower is "während" or "wohingegen" or "whereas" or "while" && k > 0 && tokens[k - 1].IsPunct(','))) continue;
            if (k > 0 && tokens[k - 1].Lower is "so" or "ebenso" or "genauso" or "such" or "as") return null;
            return Forward(tokens, k + 1) is { } f && f.Last < verb ? f : null;
        }
        return null;
    }

    private static readonly WordSet HopWords =
    [
        "had", "has", "have", "was", "were", "will", "would", "could", "also", "yesterday", "today", "earlier", "later",
        "previously", "reportedly", "already", "then", "recently", "first", "hatte", "hatten", "hat", "habe", "gestern",
        "heute", "zuvor", "bereits", "zudem", "erstmals",
    ];

    /// <summary>
    /// "laut Bundeswehr gut 20.300", "laut Papperger könnte Rheinmetall": a German name after "laut" ends before the word in
    /// lower case that follows it, a verb or an adverb ("laut ukrainischem Generalstab": the adjective comes first; "laut
    /// Gouverneur von Belgorod": a place or office after "in", "aus", "von" belongs to the name; "laut Angaben ukrainischer
    /// Behörden": so does an adjective before its noun).
    /// </summary>
    private static Attribution EndBeforeVerb(IReadOnlyList<Token> tokens, Attribution a)
    {
        for (var k = a.First + 1; k <= a.Last; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && !InsideNounPhrase.Contains(tokens[k])
                && tokens[k].Lower is not ("in" or "aus" or "von") && tokens[k - 1].IsCapitalized && !BeforeItsNoun(tokens, k))
                return a with { Last = k - 1 };
        }
        return a;
    }

    /// <summary>"Angaben ukrainischer Behörden", "Ruud de Jong": an adjective or a name's particle before a capitalised word.</summary>
    private static bool BeforeItsNoun(IReadOnlyList<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || !tokens[k + 1].IsCapitalized) return false;
        var w = tokens[k].Lower;
        return w.Length <= 3 || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("er", StringComparison.Ordinal)
               || w.EndsWith("em", StringComparison.Ordinal) || w.EndsWith("es", StringComparison.Ordinal);
    }

    private static void AddForward(List<Attribution> found, IReadOnlyList<Token> tokens, AttributionKind kind, int start, int anchor)
    {
        if (Forward(tokens, start) is not { } span) return;
        // "the ministry's account on X", "the governor's Telegram channel": whose account it is speaks
        for (var k = span.First; k < span.Last; k++)
        {
            if (Words.WithoutPossessive(tokens[k].Lower).Length == tokens[k].Lower.Length) continue;
            if (Enumerable.Range(k + 1, Math.Min(2, span.Last - k)).Any(j => tokens[j].Lower is "account" or "channel" or "page" or "feed" or "website"))
                span = (span.First, k);
            break;
        }
        found.Add(new Attribution(kind, span.First, span.Last, anchor));
    }

    private static void AddBackward(List<Attribution> found, IReadOnlyList<Token> tokens, AttributionKind kind, int end, int anchor)
    {
        if (Backward(tokens, end) is { } span) found.Add(new Attribution(kind, span.First, span.Last, anchor));
    }

    private static bool IsNounPhraseWord(Token t) =>
        t.IsWord && (!StopWords.Contains(t) || InsideNounPhrase.Contains(t)) && !SpeechVerbs.Contains(t)
        && !FiniteVerbs.Contains(t);

    /// <summary>Verbs that follow a fronted source ("Nach Angaben des Generalstabs verlor Russland …"), ending its phrase.</summary>
    private static readonly WordSet FiniteVerbs =
    [
        "verlor", "verloren", "starben", "starb", "kamen", "feuerte", "feuerten", "schoss", "schossen", "griff", "griffen",
        "tötete", "töteten", "schickte", "schickten", "entsandte", "entsandten", "verlegte", "verlegten", "lieferte", "lieferten",
        "setzte", "setzten", "erhielt", "erhielten", "fing", "fingen", "zerstörte", "zerstörten",
        "verfügt", "verfügte", "verfügen", "verfügten", "unterhält", "unterhielt", "steht", "stehen", "stand", "standen",
        "befindet", "befinden", "befand", "befanden", "hält", "halten", "hielt", "hielten", "kämpfen", "kämpften", "dienen",
        "dienten", "leben", "lebten", "verlautete", "verlautet", "verlauteten",
        "lost", "fired", "launched", "killed", "sent", "deployed", "shot", "destroyed", "received", "supplied",
    ];

    /// <summary>A noun phrase starting at or after <paramref name="start"/>: leading determiners skipped.</summary>
    internal static (int First, int Last)? Forward(IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        // 'nach Informationen des "Wall Street Journal"': determiners and opening quotes before the name
        while (i < tokens.Count && (tokens[i].IsWord && Determiners.Contains(tokens[i]) || IsQuote(tokens[i]))) i++;
        // ("teilte die in Großbritannien ansässige Beobachtungsstelle mit": where it sits, before its name)
        if (i + 2 < tokens.Count && tokens[i].Lower is "in" or "im" && Words.IsSeatAdjective(tokens[i + 2].Lower)) i += 3;
        // "laut dem vom Sicherheitsrat beschlossenen Fahrplan": who adopted the document set its figures; "wie aus einem am Montag
        // veröffentlichten Dekret hervorgeht": the document itself, past the participle that tells when
        if (ParticipleBeforeNoun(tokens, i) is var (agentFirst, agentLast, noun))
        {
            if (agentFirst >= 0) return (agentFirst, agentLast);
            var nounEnd = noun;
            while (nounEnd + 1 < tokens.Count && tokens[nounEnd + 1].IsCapitalized && IsNounPhraseWord(tokens[nounEnd + 1])) nounEnd++;
            return (noun, nounEnd);
        }
        var first = i;
        var last = -1;
        for (; i < tokens.Count && i < first + 7; i++)
        {
            var t = tokens[i];
            // a dash with a space before it ("MOSCOW - President Putin said") separates; a hyphen glued to a word does not
            if (t.IsPunct('-') && t.Glued || t.IsPunct('\'') || t.IsPunct('.') && t.Glued && i > first) continue;
            if (IsQuote(t) && i > first)
            {
                // 'der Beiruter Zeitung "L'Orient-Le Jour"': a publication's quoted name belongs to the phrase (a name: it
                // opens capitalised, not 'the newspaper "at least 300" …')
                if (SentenceReader.PublicationNouns.Contains(tokens[i - 1]) && i + 1 < tokens.Count && tokens[i + 1].IsWord
                    && tokens[i + 1].IsCapitalized && !tokens[i + 1].IsNumber)
                {
                    for (var k = i + 2; k < tokens.Count && k <= i + 8; k++)
                    {
                        if (tokens[k].IsNumber) break;
                        if (!IsQuote(tokens[k])) continue;
                        last = k - 1;
                        break;
                    }
                }
                break;
            }
            // "des Nationalen Sicherheits- und Verteidigungsrats": a German compound cut short shares the noun after "und"
            if (t.Lower is "und" or "oder" && i > first && tokens[i - 1].IsPunct('-') && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
                continue;
            // "laut der Gebietsverwaltung vier Menschen": a number begins what is counted, not the source
            if (i > first && (t.IsNumber || t.IsWord && !t.IsCapitalized
                    && (Figures.NumberWords.German(t.Lower) is >= 2 || Figures.NumberWords.EnglishCompound(t) is >= 2))) break;
            // "den Generalstab in Seoul": a place after the institution belongs to its name
            if (t.Lower is "in" or "aus" && last == i - 1 && last >= first && tokens[last].IsCapitalized && i + 1 < tokens.Count
                // ("des Verteidigungsministeriums in Moskau brachten …": a verb in lower case after the seat ends the phrase too)
                && tokens[i + 1].IsCapitalized && (i + 2 >= tokens.Count || !IsNounPhraseWord(tokens[i + 2]) || !tokens[i + 2].IsCapitalized))
            {
                last = ++i;
                break;
            }
            // "das Büro von Ministerpräsident Benjamin Netanjahu", "ein Sprecher von Präsident Abiy": whose office it is
            if (t.Lower is "von" && last == i - 1 && last >= first && tokens[last].Lower is "büro" or "sprecher" or "sprecherin" or "berater"
                    or "beraterin" or "stab" or "kanzlei" or "umfeld" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized)
                continue;
            if (!IsNounPhraseWord(t)) break;
            // "nach Angaben des Heeres nehmen … teil": after the noun of a German phrase a word in lower case is mostly the
            // verb (the article of a genitive, "für", "zufolge" are kept apart above); a heuristic, kept off adjectives by
            // the capitalised noun they stand before
            // ("das für den Nahen Osten zuständige US-Regionalkommando": an adjective before a noun of its own goes on)
            if (i > first && t.IsWord && !t.IsCapitalized && !InsideNounPhrase.Contains(t) && tokens[i - 1].IsCapitalized
                && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized) && GermanArticleBefore(tokens, start, i - 1)) break;
            last = i;
        }
        while (last >= first && InsideNounPhrase.Contains(tokens[last]) && !tokens[last].Is("landes")) last--;
        return last >= first ? (first, last) : null;
    }

    /// <summary>
    /// "vom Sicherheitsrat beschlossenen Fahrplan", "am Montag veröffentlichten Dekret": a German participle in lower case between
    /// the article and its noun, after a phrase of agent or time; the agent's span (or -1) and where the noun starts.
    /// </summary>
    private static (int AgentFirst, int AgentLast, int Noun)? ParticipleBeforeNoun(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 2 >= tokens.Count || tokens[start].Lower is not ("vom" or "von" or "am" or "im")) return null;
        for (var j = start + 1; j < tokens.Count - 1 && j <= start + 5; j++)
        {
            var t = tokens[j];
            if (t.IsWord && !t.IsCapitalized && t.Lower.Length > 5 && t.Lower.EndsWith("en", StringComparison.Ordinal)
                && !Determiners.Contains(t) && tokens[j + 1].IsWord && tokens[j + 1].IsCapitalized)
            {
                if (tokens[start].Lower is "am" or "im") return (-1, -1, j + 1);
                var agent = start + 1;
                while (agent < j && Determiners.Contains(tokens[agent])) agent++;
                return agent < j && tokens[agent].IsCapitalized ? (agent, j - 1, j + 1) : null;
            }
            if (!(t.IsWord && (t.IsCapitalized || Determiners.Contains(t)) || t.IsNumber || t.IsPunct('.') && t.Glued)) return null;
        }
        return null;
    }

    private static readonly WordSet RevisionVerbs =
    [
        "gesenkt", "senkte", "senkten", "erhöht", "erhöhte", "erhöhten", "korrigiert", "korrigierte", "korrigierten", "revidiert",
        "revidierte", "aktualisiert", "aktualisierte", "revised", "raised", "lowered", "updated", "corrected",
    ];

    /// <summary>
    /// A toll revised: "toll", "Opferzahl", or a "Zahl"/"number" of the dead or wounded. A German verb ends its clause, so
    /// the count may stand a long object before it ("die Zahl der beim Angriff vom 7. Oktober getöteten Menschen … gesenkt");
    /// an English one takes it right after ("raised the death toll to 54"). A count of troops raised is a decision, not a toll.
    /// </summary>
    private static bool RevisesACount(IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = Math.Max(0, verb - 16); k < tokens.Count && k <= verb + 4; k++)
        {
            var w = tokens[k].Lower;
            if (w is "opferzahl" or "totenzahl" or "todeszahl" or "toll" || w.EndsWith("-toll", StringComparison.Ordinal)) return true;
            if (w is not ("zahl" or "anzahl" or "number" or "bilanz")) continue;
            for (var j = k + 1; j < tokens.Count && (j < verb || j <= k + 5); j++)
            {
                if (tokens[j].Lower is "toten" or "todesopfer" or "opfer" or "getöteten" or "verletzten" or "dead" or "killed" or "victims"
                    or "deaths" or "casualties" or "wounded" || Figures.Units.AdjectiveUnit(tokens[j]) is Figures.Units.Killed or Figures.Units.Wounded)
                    return true;
            }
        }
        return false;
    }

    /// <summary>Words that say when or how firmly figures were given, not by whom: "nach damaligen Angaben".</summary>
    private static readonly WordSet Standing =
    [
        "damaligen", "jüngsten", "neuen", "neuesten", "aktuellen", "bisherigen", "früheren", "letzten", "ersten", "vorläufigen",
        "offiziellen", "inoffiziellen", "unbestätigten", "übereinstimmenden", "vorliegenden", "veröffentlichten",
    ];

    /// <summary>"nach damaligen", "nach den jüngsten": "nach", an article at most and up to three words of <see cref="Standing"/> before <paramref name="noun"/>.</summary>
    private static bool StandingBefore(IReadOnlyList<Token> tokens, int noun)
    {
        var k = noun - 1;
        var standing = 0;
        while (k >= 0 && noun - k <= 3 && Standing.Contains(tokens[k]))
        {
            standing++;
            k--;
        }
        if (k >= 0 && tokens[k].Lower is "den" or "der" or "einer" or "einem" or "dem") k--;
        return standing > 0 && k >= 0 && tokens[k].Is("nach");
    }

    /// <summary>A German article or "aus"/"von" opening the phrase or standing inside it before <paramref name="noun"/>.</summary>
    private static bool GermanArticleBefore(IReadOnlyList<Token> tokens, int start, int noun)
    {
        for (var k = Math.Max(0, start - 1); k < noun; k++)
        {
            // ("nach Angaben eines AFP-Reporters warfen …": an indefinite genitive as well)
            if (tokens[k].Lower is "des" or "der" or "dem" or "den" or "aus" or "von" or "eines" or "einer") return true;
        }
        return false;
    }

    /// <summary>A noun phrase ending at <paramref name="end"/>, read backwards.</summary>
    internal static (int First, int Last)? Backward(IReadOnlyList<Token> tokens, int end)
    {
        var i = end;
        var first = -1;
        for (; i >= 0 && i > end - 9; i--)
        {
            var t = tokens[i];
            if (t.IsPunct('-') && t.Glued || t.IsPunct('\'')) continue;
            // "U.S. officials": the full stops of initials stay inside the phrase
            if (t.IsPunct('.') && t.Glued && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Text.Length == 1) continue;
            // 'Das Exilmedium "Nowaja Gaseta Europa" berichtete': a quoted name closing the phrase belongs to it
            if (IsQuote(t) && i == end && i > 1)
            {
                var open = -1;
                for (var k = i - 1; k >= 0 && k >= i - 7 && open < 0; k--)
                {
                    if (IsQuote(tokens[k])) open = k;
                    else if (!tokens[k].IsWord) break;
                }
                if (open >= 0 && open < i - 1 && tokens[open + 1].IsCapitalized)
                {
                    first = open + 1;
                    i = open;
                    continue;
                }
            }
            // "Das Verteidigungsministerium in Washington": a place after the institution belongs to its name
            // ("the ministry in Kathmandu": an English office in lower case)
            if (t.Lower is "in" or "aus" && first == i + 1 && first == end && tokens[first].IsCapitalized && i > 0
                && (tokens[i - 1].IsCapitalized || IsEnglishOffice(tokens[i - 1].Lower)))
                continue;
            // ("the health ministry in the territory", "in the Hamas-run enclave": a place the article named before, in lower case)
            if (t.Lower is "in" && first == i + 1 && tokens[first].Is("the") && tokens[end].Lower is "territory" or "enclave" or "strip" or "region"
                    or "capital" or "country" or "city" && i > 0 && IsEnglishOffice(tokens[i - 1].Lower))
                continue;
            // ("Human rights activists in Yerevan said", "Doctors in Khan Younis said": people who tell, where they are)
            if (t.Lower is "in" or "aus" && first == i + 1 && tokens[first].IsCapitalized && i > 0 && SourceResolver.TellsWhereTheyAre(tokens[i - 1].Lower))
                continue;
            // "Der Sahel-Experte Ulf Laessing von der Konrad-Adenauer-Stiftung sieht": whose body a named person belongs to
            if (t.Lower is "von" or "vom" && first > i && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized
                && (tokens[first].IsCapitalized || Determiners.Contains(tokens[first]) && first < end && tokens[first + 1].IsCapitalized))
                continue;
            // "U.S. and South Korean officials", "Ukrainian and U.S. officials": coordinated names share the head noun
            if (t.Lower is "and" or "und" && first == i + 1 && tokens[first].IsCapitalized && i > 0
                && (tokens[i - 1].IsCapitalized || tokens[i - 1].IsPunct('.') && tokens[i - 1].Glued)) continue;
            // "Channel 14 reported", "Israel's Channel 12": a broadcaster's number is part of its name
            if (t.IsNumber && i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].Lower is "channel" or "kanal")
            {
                first = i;
                continue;
            }
            // "the Institute for the Study of War": inside a sentence a capitalised "War" is a name, not German "war"
            // ("headquarters for prisoners of war": after "of" it is the English noun too)
            if (!IsNounPhraseWord(t) && !(t.Text is "War" && i > 0) && !(t.Text is "war" && i > 0 && tokens[i - 1].Lower is "of")) break;
            // "On Tuesday the UN human rights office said": a day before the speaker is not part of the name
            if (i < end && IsTimeWord(t) && !t.Lower.Contains('-', StringComparison.Ordinal)) break;
            first = i;
        }
        while (first >= 0 && first <= end && InsideNounPhrase.Contains(tokens[first])) first++;
        return first >= 0 && first <= end ? (first, end) : null;
    }

    /// <summary>An English office in lower case whose seat may follow it ("the ministry in Kathmandu", "officials in the territory").</summary>
    private static bool IsEnglishOffice(string lower) =>
        lower is "ministry" or "government" or "embassy" or "office" or "authorities" or "administration" or "command" or "headquarters"
            or "military" or "army" or "council" or "officials" or "police";

    /// <summary>
    /// "Das von der Hamas kontrollierte Gesundheitsministerium in Gaza meldete": a phrase read backwards into "von … -te"
    /// is named by the noun the participle describes, not by the agent (which stays in the span: it is no one's side either).
    /// </summary>
    internal static int DescribedNounAfterAgent(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first <= 0) return first;
        var k = first - 1;
        while (k >= 0 && tokens[k].IsWord && Determiners.Contains(tokens[k])) k--;
        if (k < 0 || tokens[k].Lower is not ("von" or "vom")) return first;
        for (var j = end - 1; j >= first; j--)
        {
            var w = tokens[j];
            if (w.IsWord && !w.IsCapitalized && tokens[j + 1].IsCapitalized && Words.IsInflectedParticiple(w.Lower))
                return j + 1;
        }
        return first;
    }
}
