using NewsClaims.Extraction.Attribution;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Actors;

/// <summary>
/// Where a country stands in the grammar of a sentence decides whether it is whose people or things are counted:
/// the side that attacks ("in a Russian strike"), the subject of another clause ("since Israel resumed strikes") and
/// the name of a war ("Gaza-Krieg") are not; the subject of the reported clause ("said that Ukraine had used") is.
/// </summary>
internal static class ActorGrammar
{
    private static readonly string[] MadeEndings = ["-made", "-built", "-designed", "-produced", "-supplied", "-provided", "-gelieferte", "-gelieferten"];

    /// <summary>
    /// "10 Iranian-made drones", "US-gelieferte Raketen", "Drohnen iranischer Bauart": a country named for where weapons were
    /// made or who supplied them, not whose they are now.
    /// </summary>
    public static bool NamesWhereMade(IReadOnlyList<Token> toks, Mention m)
    {
        var w = toks[m.Last].Lower;
        foreach (var ending in MadeEndings)
        {
            if (w.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return m.Last + 1 < toks.Count && toks[m.Last + 1].Lower is "bauart" or "bauweise";
    }

    private static readonly WordSet AttackNouns =
    [
        "strike", "strikes", "attack", "attacks", "airstrike", "airstrikes", "shelling", "bombardment", "bombing", "bombings",
        "barrage", "offensive", "assault", "raid", "raids", "fire", "invasion", "aggression", "onslaught", "advance",
        "angriff", "angriffe", "angriffen", "angriffs", "beschuss", "offensive", "bombardement", "bombardierung", "attacke",
        "attacken", "invasion", "aggression", "vorstoß", "luftschlag", "luftschläge", "überfall", "überfalls", "terrorangriff",
    ];

    /// <summary>German compounds whose head is an attack: "Raketenangriff", "Drohnenangriffen", "Artilleriebeschuss".</summary>
    private static readonly string[] AttackHeads = ["angriff", "angriffe", "angriffen", "angriffs", "beschuss", "beschusses", "schlag", "schläge"];

    private static readonly WordSet ClauseOpeners =
    [
        "since", "after", "when", "because", "while", "before", "until", "whereas", "nachdem", "seitdem", "weil", "während",
        "bevor", "als", "wo", "where", "obwohl", "although",
    ];

    private static readonly WordSet Determiners =
    [
        "the", "der", "die", "das", "den", "dem", "des",
    ];

    /// <summary>Articles before an attacker's adjective, definite or not ("by a Russian missile", "durch einen russischen Angriff").</summary>
    private static bool IsAnyArticle(Token t) =>
        Determiners.Contains(t) || t.Lower is "a" or "an" or "ein" or "eine" or "einen" or "einem" or "einer" or "eines";

    private static readonly WordSet RelativePronouns =
    [
        "which", "who", "that", "whose", "where", "die", "der", "das", "dessen", "deren", "welche", "welcher", "wo",
    ];

    /// <summary>Prepositions and conjunctions: between a subject and a figure they start a phrase of their own ("along with 13").</summary>
    private static readonly WordSet NotVerbs =
    [
        "with", "along", "and", "or", "of", "to", "in", "at", "on", "by", "for", "from", "than", "including", "mit", "und",
        "oder", "von", "zu", "im", "in", "an", "bei", "für", "aus", "als", "darunter", "sowie",
    ];

    private static readonly WordSet WarWords =
    [
        "war", "conflict", "fighting", "invasion", "krieg", "krieges", "kriegs", "konflikt", "konflikts", "kämpfe", "bürgerkrieg",
        "bürgerkriegs", "bürgerkrieges", "angriffskrieg", "angriffskrieges",
    ];

    /// <summary>The side that strikes: a country named with an attack ("Russian missile strike", "russische Drohnenangriffe") or after "by".</summary>
    public static bool IsAttacker(IReadOnlyList<Token> toks, Mention m)
    {
        // "Russian missile strike", "the Russian drone and missile attack"
        for (var k = m.Last + 1; k < toks.Count && k <= m.Last + 5; k++)
        {
            var t = toks[k];
            // ("im Libanon durch israelische Angriffe": the place attacked, not the attacker)
            if (!t.IsWord || t.Lower is "in" or "on" or "of" or "at" or "to" or "im" or "auf" or "bei" or "von" or "durch" or "by") break;
            if (IsAttackNoun(t)) return true;
        }
        var b = m.First - 1;
        while (b >= 0 && IsAnyArticle(toks[b])) b--;
        return b >= 0 && toks[b].Lower is "by" or "durch";
    }

    /// <summary>An attacker, or the subject of a clause of its own ("since Israel resumed", "nachdem Russland … hatte").</summary>
    public static bool IsAgent(IReadOnlyList<Token> toks, Mention m)
    {
        if (IsAttacker(toks, m)) return true;
        var b = m.First - 1;
        while (b >= 0 && Determiners.Contains(toks[b])) b--;
        return b >= 0 && ClauseOpeners.Contains(toks[b]) && m.Has(MentionKind.Country);
    }

    /// <summary>
    /// "das von der Hamas kontrollierte Gesundheitsministerium": who controls or installed the office that speaks, named in a
    /// participle phrase before it (<paramref name="officeFirst"/> is the office's first word, right after the participle).
    /// </summary>
    public static bool ControlsSpeaker(IReadOnlyList<Token> toks, Mention m, int officeFirst)
    {
        var b = m.First - 1;
        while (b >= 0 && Determiners.Contains(toks[b])) b--;
        var a = m.Last + 1;
        // ("die in Großbritannien ansässige Organisation": where the speaker sits is not whose people it counts)
        if (b >= 0 && toks[b].Lower is "in" && a + 1 == officeFirst && Words.IsSeatAdjective(toks[a].Lower)) return true;
        return b >= 0 && toks[b].Lower is "von" or "vom" && a + 1 == officeFirst && toks[a].IsWord && !toks[a].IsCapitalized
               && Words.IsInflectedParticiple(toks[a].Lower);
    }

    /// <summary>
    /// "Wagner fighters had killed at least 500 civilians", "Die Miliz hat 40 Dorfbewohner getötet": in the active voice
    /// whoever stands before a figure of killed, wounded or captured did it.
    /// </summary>
    public static bool ActiveToll(IReadOnlyList<Token> toks, int figureFirst, int numberEnd)
    {
        if (figureFirst > 0 && toks[figureFirst - 1].Lower is "killed" or "wounded" or "injured" or "captured")
            return !(figureFirst > 1 && toks[figureFirst - 2].Lower is "were" or "was" or "been" or "be" or "are" or "is" or "being");
        // "A Russian missile hit the square, killing 12 people": what struck did the killing
        if (figureFirst > 0 && toks[figureFirst - 1].Lower is "killing" or "wounding" or "injuring") return true;
        var haben = false;
        for (var k = 0; k < toks.Count; k++)
        {
            var w = toks[k].Lower;
            if (w is "worden" or "wurde" or "wurden" or "werden" or "wird" or "sind" or "seien" or "ist" or "sei" or "waren" or "war")
                return false;
            if (k < figureFirst && w is "hat" or "haben" or "hatte" or "hatten" or "habe" or "hätten" or "hätte") haben = true;
        }
        if (!haben) return false;
        for (var k = numberEnd; k < toks.Count && k < numberEnd + 10; k++)
        {
            if (toks[k].Lower is "getötet" or "verwundet" or "verletzt" or "gefangen" or "festgenommen" or "gefangengenommen" or "ausgeschaltet")
                return true;
        }
        return false;
    }

    /// <summary>"Gaza-Krieg", "Ukraine-Konflikt", "the Gaza war": a country that names a war.</summary>
    public static bool NamesAWar(IReadOnlyList<Token> toks, Mention m)
    {
        var last = toks[m.Last].Lower;
        var dash = last.LastIndexOf('-');
        if (dash > 0 && WarWords.Contains(last[(dash + 1)..])) return true;
        // "seit Beginn des russischen Angriffskriegs": the adjective of a war names who wages it
        if (m.Has(MentionKind.CountryAdjective) && m.Last + 1 < toks.Count && IsWarNoun(toks[m.Last + 1].Lower)) return true;
        return m.Has(MentionKind.Country) && !last.EndsWith("'s", StringComparison.Ordinal) && m.Last + 1 < toks.Count
               && toks[m.Last + 1].Lower is "war" or "conflict";
    }

    /// <summary>
    /// "two missiles fired at the northern Ukrainian city of Sumy", "Drohnen gegen russische Stellungen": the side weapons are
    /// aimed at is not who fired them.
    /// </summary>
    public static bool IsTarget(IReadOnlyList<Token> toks, Mention m)
    {
        var k = m.First - 1;
        for (var steps = 0; k >= 0 && steps < 3 && toks[k].IsWord && !toks[k].IsCapitalized && !Targeting.Contains(toks[k]); steps++) k--;
        // ("auf russischer Seite", "on Russia's behalf": the side, not the target)
        return k >= 0 && Targeting.Contains(toks[k])
               && !(m.Last + 1 < toks.Count && toks[m.Last + 1].Lower is "seite" or "side" or "behalf" or "befehl" or "orders");
    }

    private static readonly WordSet Targeting = ["at", "on", "against", "toward", "towards", "into", "auf", "gegen"];

    private static readonly WordSet Delivering =
    [
        "liefern", "liefert", "lieferte", "lieferten", "geliefert", "zugesagt", "bereitgestellt", "bereitstellen", "schicken",
        "deliver", "delivers", "delivered", "supply", "supplies", "supplied", "provide", "provides", "provided", "pledged",
        "send", "sends", "shipped",
    ];

    /// <summary>"eine Million Geschosse an Kiew zu liefern", "would deliver 524,000 shells": any word of the sentence speaks of delivering.</summary>
    public static bool Delivers(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (Delivering.Contains(t)) return true;
        }
        return false;
    }

    // (plain sets: asked once per candidate, not per word, so they take no bit of the word lists')
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "hat", "habe", "hatte", "hätte", "haben", "hatten", "hätten", "soll", "sollen", "solle", "will", "wolle", "wollen",
        "wird", "werde", "werden", "würde", "würden", "könnte", "könnten", "kann", "können", "sei", "seien", "ist", "sind",
        "waren", "muss", "müsse", "musste", "dürfte", "dürften",
    };

    /// <summary>The subject of the clause whose verb takes the figure, before the verb or (German) right after it.</summary>
    public static bool SubjectOfFigure(IReadOnlyList<Token> toks, Mention m, int figureFirst) =>
        SubjectBeforeFigure(toks, m, figureFirst) || InvertedSubjectBeforeFigure(toks, m, figureFirst);

    /// <summary>
    /// "Nach Angaben des Generalstabs hat Russland seit Beginn der Invasion 3177 Kampfpanzer verloren": in German the subject
    /// follows the finite verb when something else opens the sentence; what stands between it and the figure is then adverbs
    /// and phrases of time or place, no comma.
    /// </summary>
    private static bool InvertedSubjectBeforeFigure(IReadOnlyList<Token> toks, Mention m, int figureFirst)
    {
        if (m.Last >= figureFirst || figureFirst - m.Last > 9) return false;
        var b = m.First - 1;
        if (b >= 0 && toks[b].Lower is "die" or "das") b--;
        if (b < 1 || !Auxiliaries.Contains(toks[b].Lower)) return false;
        // ("Russland hat die Ukraine … mit 38 Raketen angegriffen": a name opening the sentence is the subject, and the side
        // after the verb its object; a figure after "mit" is what it was done with)
        // ("Die amerikanische Regierung hat Israel 14.000 Bomben geliefert": an article opening the sentence opens its subject)
        if (toks[0].Lower is "der" or "die" or "das" or "ein" or "eine" or "the" or "a" or "an") return false;
        var fronted = false;
        for (var j = 0; j < b && !fronted; j++)
        {
            fronted = toks[j].IsWord && !toks[j].IsCapitalized || j == 0 && FrontingPrepositions.Contains(toks[j].Lower);
        }
        if (!fronted) return false;
        for (var j = m.Last + 1; j < figureFirst; j++)
        {
            if (toks[j].Kind == TokenKind.Punct || AttributionFinder.IsSpeechVerb(toks[j]) || toks[j].Lower is "und" or "dass" or "mit") return false;
        }
        return true;
    }

    private static readonly HashSet<string> FrontingPrepositions = new(StringComparer.Ordinal)
    {
        "nach", "laut", "seit", "im", "am", "in", "bei", "bis", "zuvor", "damit", "demnach", "zudem", "insgesamt", "inzwischen",
        "bislang", "bisher", "allein",
    };

    /// <summary>"der Ukraine 14 Kampfpanzer überlassen", "give Ukraine 14 tanks": the side right before what is handed over receives it.</summary>
    public static bool ReceivesFigure(IReadOnlyList<Token> toks, Mention m, int figureFirst) =>
        m.Last + 1 == figureFirst && m.First > 0
        // ("feuerte der Iran 300 Drohnen ab": "der" is also the subject's article; a dative needs a verb of giving)
        && (toks[m.First - 1].Lower is "der" or "dem" && (Delivers(toks) || GivenAfter(toks, figureFirst))
            || toks[m.First - 1].Lower is "give" or "gives" or "giving" or "gave" or "given" or "send" or "sent" or "sending" or "sends"
                or "offered" or "offer" or "offers" or "pledged" or "promised" or "sold" or "sell");

    private static bool GivenAfter(IReadOnlyList<Token> toks, int figureFirst)
    {
        for (var k = figureFirst + 1; k < toks.Count && k <= figureFirst + 12; k++)
        {
            if (toks[k].Lower is "überlassen" or "überlässt" or "geben" or "gegeben" or "gibt" or "schenken" or "verkaufen" or "verkauft") return true;
        }
        return false;
    }

    /// <summary>"said that Ukraine had used", "erklärte, dass die Ukraine": the subject of the reported clause.</summary>
    public static bool OpensReportedClause(IReadOnlyList<Token> toks, Mention m)
    {
        var b = m.First - 1;
        while (b >= 0 && Determiners.Contains(toks[b])) b--;
        return b >= 0 && (toks[b].Lower is "that" or "dass" || AttributionFinder.IsSpeechVerb(toks[b]) && toks[b].Lower is not "according");
    }

    /// <summary>
    /// "India sent 65 soldiers", "Poland, which closed its border, has deployed around 40,000 soldiers", "Russland hat
    /// 10.000 Soldaten verlegt": a country opening the clause whose verb (with its auxiliaries and adverbs) stands right
    /// before the figure is the subject the figure is the object of.
    /// </summary>
    public static bool SubjectBeforeFigure(IReadOnlyList<Token> toks, Mention m, int figureFirst)
    {
        if (m.Last >= figureFirst) return false;
        var b = m.First - 1;
        while (b >= 0 && Determiners.Contains(toks[b])) b--;
        // "…, while Russia had lost 54 tanks": a conjunction opening the clause is as good as its start
        if (b >= 0 && ClauseOpeners.Contains(toks[b]) && toks[b].Lower is "while" or "whereas" or "während" or "wohingegen") b = -1;
        if (b >= 0 && !(toks[b].Kind == TokenKind.Punct && !toks[b].IsPunct('-') && !toks[b].IsPunct(','))) return false;
        var k = m.Last + 1;
        // a relative clause or an apposition between commas: "Poland, which closed …, has deployed", "Al-Shabaab, the
        // al-Qaeda-linked group the force is meant to fight, has"
        if (k + 1 < figureFirst && toks[k].IsPunct(','))
        {
            if (!RelativePronouns.Contains(toks[k + 1]) && !Determiners.Contains(toks[k + 1])) return false;
            var close = -1;
            for (var j = k + 2; j < figureFirst && j <= k + 25 && close < 0; j++)
            {
                if (toks[j].IsPunct(',')) close = j;
            }
            if (close < 0) return false;
            k = close + 1;
        }
        var between = figureFirst - k;
        if (between < 1 || between > 4) return false;
        for (var j = k; j < figureFirst; j++)
        {
            var t = toks[j];
            // ("JNIM verfügt über 6000 Kämpfer": what "verfügen" takes)
            if (t.Is("über") && j > k && toks[j - 1].Lower.StartsWith("verfüg", StringComparison.Ordinal)) continue;
            if (!t.IsWord || t.IsCapitalized || AttributionFinder.IsSpeechVerb(t) || NotVerbs.Contains(t)) return false;
        }
        return true;
    }

    /// <summary>
    /// "JNIM, al Qaeda's affiliate in the Sahel, …", "die Gruppe JNIM, die dem Netzwerk Al-Kaida nahesteht, verfügt": a side
    /// named inside what a comma-set description says of the side before it is not what the sentence is about. The
    /// description holds a word in lower case besides "and" (a list of names does not) and closes before <paramref name="end"/>.
    /// </summary>
    public static bool DescribesAnother(IReadOnlyList<Token> toks, Mention m, IReadOnlyList<Mention> sides, int end)
    {
        var open = -1;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 10; k--)
        {
            if (toks[k].IsPunct(',')) { open = k; break; }
            if (toks[k].Kind == TokenKind.Punct && !toks[k].IsPunct('-') && !toks[k].IsPunct('\'')) return false;
        }
        // (the side before the comma is a name, not a place after a preposition: "In Somalia, al-Shabaab still …")
        if (open < 1 || !sides.Any(o => o != m && o.Last == open - 1 && !(o.First > 0 && toks[o.First - 1].Lower is "in" or "im"
                or "at" or "near" or "bei" or "nahe" or "across" or "throughout"))) return false;
        var lower = false;
        for (var k = open + 1; k < end && k <= open + 20; k++)
        {
            var t = toks[k];
            if (t.IsPunct(',')) return lower && k > m.Last;
            if (t.IsPunct('.') || t.IsPunct(';')) return false;
            // (articles and "and" join a list of names as well: "Hamas, der Islamische Dschihad und die Hisbollah")
            if (t.IsWord && !t.IsCapitalized && !(k >= m.First && k <= m.Last) && !Determiners.Contains(t)
                && t.Lower is not ("and" or "und" or "or" or "oder" or "a" or "an" or "ein" or "eine")) lower = true;
        }
        return false;
    }

    /// <summary>The country or place named as where a war is fought: "the war in Ukraine", "Krieg im Sudan", "Gaza-Krieg".</summary>
    public static Mention? WarPlace(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Has(MentionKind.Country) && NamesAWar(toks, m) && toks[m.Last].Lower.Contains('-', StringComparison.Ordinal)) return m;
        }
        for (var i = 0; i < toks.Count; i++)
        {
            if (!toks[i].IsWord || !WarWords.Contains(toks[i])) continue;
            // "Yemen's war", "Sudans Krieg": the country in the possessive before the war
            if (i > 0 && mentions.FirstOrDefault(m => m.Last == i - 1 && m.Has(MentionKind.Country)) is { } owner
                && toks[i - 1].Lower.EndsWith('s'))
                return owner;
            var k = i + 1;
            if (k < toks.Count && toks[k].Lower is "in" or "im" or "against" or "gegen" or "on" or "of") k++;
            else continue;
            while (k < toks.Count && Determiners.Contains(toks[k])) k++;
            foreach (var m in mentions)
            {
                if (m.First == k && (m.Has(MentionKind.Country) || m.Has(MentionKind.Place))) return m;
            }
        }
        return null;
    }

    private static bool IsWarNoun(string w) =>
        WarWords.Contains(w) || w.EndsWith("krieg", StringComparison.Ordinal) || w.EndsWith("kriegs", StringComparison.Ordinal)
        || w.EndsWith("krieges", StringComparison.Ordinal);

    private static readonly WordSet Observing =
    [
        "registriert", "gezählt", "beobachtet", "festgestellt", "entdeckt", "erfasst", "dokumentiert", "ausgemacht", "gesichtet",
        "registrierte", "zählte", "beobachtete", "counted", "observed", "recorded", "detected", "spotted", "registered", "tracked",
        "documented", "monitored", "identified", "logged",
    ];

    /// <summary>
    /// "Seoul habe 10.000 Container registriert, die von Nordkorea … gebracht worden seien", "Kyiv has counted 300 drones":
    /// a subject that observed or counted the figure is who watches, not whose things are counted.
    /// </summary>
    public static bool Observes(IReadOnlyList<Token> toks, Mention m, FigureMention figure)
    {
        if (m.Last >= figure.First) return false;
        for (var k = m.Last + 1; k < toks.Count && k <= figure.Last + 8; k++)
        {
            if (k > figure.Last && toks[k].Kind == TokenKind.Punct) return false;
            if (Observing.Contains(toks[k])) return true;
        }
        return false;
    }

    private static readonly WordSet GivingBack =
    [
        "übergeben", "übergab", "übergaben", "überstellt", "überstellte", "freigelassen", "freigegeben", "zurückgegeben",
        "ausgeliefert", "handed", "returned", "released", "repatriated", "freed", "transferred",
    ];

    private static readonly WordSet Receiving =
    [
        "received", "receives", "receive", "got", "erhalten", "erhielt", "erhielten", "zurückerhalten", "zurückgeholt", "zurückgebracht", "heimgekehrt",
        "exchange", "swap", "austausch", "gefangenenaustausch", "repatriated", "returned",
    ];

    /// <summary>
    /// "Russia had handed over 6,060 bodies", "aus russischer Gefangenschaft", "received the bodies of 900 soldiers from
    /// Russia": in an exchange of prisoners or of the dead, the side holding or handing them over is not whose people they are.
    /// </summary>
    public static bool HoldsOrGivesBack(IReadOnlyList<Token> toks, Mention m, FigureMention figure)
    {
        if (m.Last + 1 < toks.Count && toks[m.Last + 1].Lower is "gefangenschaft" or "captivity" or "custody" or "haft" or "gewahrsam")
            return true;
        var b = m.First - 1;
        while (b >= 0 && Determiners.Contains(toks[b])) b--;
        if (b >= 0 && toks[b].Lower is "from" or "aus" or "von")
        {
            for (var k = Math.Max(0, b - 12); k < Math.Min(toks.Count, b + 4); k++)
            {
                if (Receiving.Contains(toks[k])) return true;
            }
        }
        if (m.Last >= figure.First) return false;
        for (var k = m.Last + 1; k < toks.Count && k <= figure.Last + 8; k++)
        {
            if ((k < figure.First || k > figure.Last) && toks[k].Kind == TokenKind.Punct) return false;
            if (GivingBack.Contains(toks[k])) return true;
        }
        return false;
    }

    /// <summary>"Moscow had received 24 bodies": a country right before a verb of receiving and the figure.</summary>
    public static bool ReceivesBefore(IReadOnlyList<Token> toks, Mention m, FigureMention figure)
    {
        if (m.Last >= figure.First || figure.First - m.Last > 4) return false;
        for (var k = m.Last + 1; k < figure.First; k++)
        {
            if (Receiving.Contains(toks[k].Lower)) return true;
        }
        return false;
    }

    public static bool IsAttackNoun(Token t)
    {
        if (AttackNouns.Contains(t)) return true;
        if (!t.IsCapitalized || t.Text.Length < 9) return false;
        foreach (var head in AttackHeads)
        {
            if (t.Lower.EndsWith(head, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// "13,387 foreign fighters had come to fight for Kyiv", "die für Russland kämpfen", "on the side of Ukraine", "auf Seiten der
    /// Armee": the side fighters fight for, whoever they are and wherever they come from.
    /// </summary>
    internal static Mention? FightsFor(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions)
    {
        // ("North Korea is readying 10,000 soldiers to fight for Russia", "nordkoreanische Soldaten, die für Russland kämpfen",
        // "Burundi hat 10.000 Soldaten im Kongo, die an der Seite der Armee kämpfen": fighters whose side the sentence names
        // otherwise are that side's; only fighters named by no one's name are the side's they fight for)
        if (mentions.Count != 1) return null;
        var m = mentions[0];
        var k = m.First - 1;
        if (k >= 0 && Determiners.Contains(toks[k])) k--;
        if (k < 0) return null;
        // "on the side of Ukraine", "auf Seiten der Ukraine", "an der Seite Russlands"
        if (toks[k].Lower is "seiten" && k > 0 && toks[k - 1].Lower is "auf"
            || toks[k].Lower is "of" && k > 1 && toks[k - 1].Lower is "side" && toks[k - 2].Lower is "the"
            || toks[k].Lower is "seite" && k > 1 && toks[k - 1].Lower is "der" && toks[k - 2].Lower is "an" or "auf")
            return m;
        if (toks[k].Lower is not ("for" or "für")) return null;
        // "to fight for Kyiv": the verb before (not the noun, "in the fight for Kyiv"); "die für Russland kämpfen": the verb after
        if (k > 0 && Units.IsFightVerb(toks[k - 1]) && !(k > 1 && Determiners.Contains(toks[k - 2]))
            || m.Last + 1 < toks.Count && Units.IsFightVerb(toks[m.Last + 1])
            || m.Last + 2 < toks.Count && toks[m.Last + 1].IsWord && Units.IsFightVerb(toks[m.Last + 2]))
            return m;
        return null;
    }
}
