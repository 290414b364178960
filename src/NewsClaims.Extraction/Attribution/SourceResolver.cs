using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Attribution;

/// <summary>
/// Names the source in a noun phrase: a known entity ("NIS", "Selenskyj"), or an institution of a
/// country ("des südkoreanischen Geheimdienstes" = South Korean intelligence (NIS), "US-Regierungsvertreter"
/// = US government), or a country, or, for an unknown speaker, the words themselves.
/// </summary>
public sealed class SourceResolver(Lexicon lexicon)
{
    internal Lexicon Lexicon => lexicon;

    private static readonly WordSet OwnCountryWords = [ "ihres", "seines", "landes", "own", "country's", "country" ];

    private static readonly WordSet Pronouns =
    [
        "er", "sie", "he", "she", "they", "we", "wir", "man", "it", "es", "jährige", "year-old", "agency", "ministry", "official", "officials",
        "behörde", "ministerium", "dienst", "minister", "spokesman", "spokeswoman", "sprecher", "sprecherin", "report",
        "bericht", "statement", "service", "behörde", "regierung", "government", "blatt", "zeitung", "newspaper", "paper",
        "outlet", "sender", "broadcaster", "agentur", "nachrichtenagentur", "organisation", "organization", "studie", "study",
        // "nach Angaben des Blattes": the paper, ministry or service just named
        "blattes", "senders", "ministeriums", "dienstes", "berichts", "berichtes",
    ];

    /// <summary>
    /// What a body is called once it has been named: "the panel", "the mission", "die Beobachtungsstelle". Alone they
    /// stand for the body the article last called so, not for whoever spoke last.
    /// </summary>
    internal static readonly WordSet Descriptions =
    [
        "panel", "mission", "force", "committee", "observatory", "monitor", "coalition", "institute", "network", "group",
        "tracker", "project", "team", "commission", "inquiry", "headquarters", "centre", "center", "office", "gremium",
        "beobachtungsstelle", "kommission", "ausschuss", "gruppe", "institut", "netzwerk", "stab",
        "büro", "zentrum", "expertengruppe", "expertengremium", "truppe", "denkfabrik", "think-tank", "militia", "miliz",
        "gruppierung",
    ];

    /// <summary>"the panel", "die Mission": a body's description and nothing that names it.</summary>
    internal static bool IsBareDescription(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!Descriptions.Contains(tokens[last])) return false;
        for (var k = first; k < last; k++)
        {
            if (!IsDefiniteArticle(tokens[k])) return false;
        }
        return first == last ? first > 0 && IsDefiniteArticle(tokens[first - 1]) : true;
    }

    private static bool IsDefiniteArticle(Token t) => t.Lower is "the" or "this" or "die" or "der" or "das" or "den" or "dem" or "des";

    private const string UnitedNations = "United Nations";

    /// <summary>"UN peacekeeping force UNIFIL", "UN-Nothilfebüro OCHA": a body named within a few words after "UN", not
    /// another party joined by "and" ("the UN and the ICRC").</summary>
    private static bool UnBodyAfter(IReadOnlyList<Token> tokens, Mention un, Mention body)
    {
        if (body.First - un.Last > 4) return false;
        for (var k = un.Last + 1; k < body.First; k++)
        {
            if (tokens[k].Lower is "and" or "und" or "or" or "oder" || tokens[k].IsPunct(',')) return false;
        }
        return true;
    }

    /// <summary>What an armed group's people are called, "the militants", "die Dschihadisten": the fighter words no army uses of its own.</summary>
    internal static bool IsGroupPeople(Token t) =>
        t.IsWord && (Figures.Units.NounUnit(t) == "fighters" && !Figures.Units.IsPlainFighterWord(t) && t.Lower is not "kämpferinnen"
                     || t.Lower is "islamisten" or "islamists");

    /// <summary>People who saw what happened: "Augenzeugen", "residents".</summary>
    private static readonly IReadOnlySet<string> Witnesses = new HashSet<string>(StringComparer.Ordinal)
    {
        "einwohner", "anwohner", "augenzeugen", "zeugen", "bewohner", "dorfbewohner", "überlebende", "residents", "witnesses",
        "eyewitnesses", "villagers", "survivors", "locals",
    };

    private static bool Responds(IReadOnlyList<Token> tokens, int first, int last)
    {
        var w = tokens[last].Lower;
        if (!(w is "sicherheitskräfte" or "einsatzkräfte" or "helfer" or "sanitäter" or "medics" or "paramedics" or "rescuers"
              || w is "workers" && last > first && tokens[last - 1].Lower is "rescue" or "aid" or "relief" or "health" or "humanitarian"))
            return false;
        // (not "die Zahl der getöteten Helfer": what is counted)
        for (var k = first; k < last; k++)
        {
            if (IsCountWord(tokens[k]) || tokens[k].IsNumber) return false;
        }
        return true;
    }

    /// <summary>"die Zahl der …", "the toll": words that make a phrase about what is counted, not who speaks.</summary>
    private static bool IsCountWord(Token t) => t.Lower is "zahl" or "anzahl" or "number" or "total" or "toll";

    /// <summary>Speakers the article does not name: their figures are nobody's in particular.</summary>
    internal static readonly IReadOnlySet<string> GenericSpeakers = new HashSet<string>(StringComparer.Ordinal)
    {
        "analysts", "experts", "observers", "analysten", "experten", "beobachter", "fachleute", "militärexperten", "researchers",
        "forscher", "diplomats", "diplomaten", "kreise", "kreisen",
    };

    /// <summary>People named by what they do who tell of what they saw or counted where they are ("activists in Yerevan").</summary>
    private static readonly IReadOnlySet<string> TellingTrades = new HashSet<string>(StringComparer.Ordinal)
    {
        "activists", "aktivisten", "menschenrechtler", "doctors", "ärzte", "medics", "sanitäter", "journalists", "journalisten",
        "volunteers", "helfer",
    };

    /// <summary>Witnesses or people of a telling trade: "Human rights activists in Yerevan", "residents in Goma".</summary>
    internal static bool TellsWhereTheyAre(string lower) => TellingTrades.Contains(lower) || Witnesses.Contains(lower);

    /// <summary>Offices and services that speak for themselves though the article names no one.</summary>
    internal static readonly IReadOnlySet<string> RoleNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "governor", "mayor", "police", "authorities", "prosecutors", "ombudsman", "gouverneur", "gouverneurs", "bürgermeister",
        "polizei", "behörden", "staatsanwaltschaft", "rettungskräfte", "rescuers", "paramedics", "militärverwaltung",
        "regionalverwaltung", "gebietsverwaltung", "stadtverwaltung", "administration", "investigators", "ermittler", "council", "stadtrat",
    };

    private static readonly WordSet Introduced =
    [
        "group", "monitor", "organisation", "organization", "spokesman", "spokeswoman", "spokesperson", "official", "gruppe",
        "organisation", "sprecher", "sprecherin", "beamter", "vertreter", "network", "netzwerk", "committee", "komitee",
    ];

    private static readonly WordSet Blocs =
    [
        "western", "westliche", "westlichen", "westlicher", "european", "europäische", "europäischen", "europäischer",
    ];

    private static readonly WordSet Anonymous =
    [
        "quelle", "quellen", "insider", "informant", "informanten", "source", "sources", "person", "personen", "people",
    ];

    /// <summary>What an anonymous source's work is, when the text says so: "security source", "diplomatic sources".</summary>
    private static readonly HashSet<string> Trades = new(StringComparer.Ordinal)
    {
        "security", "military", "intelligence", "diplomatic", "government", "police", "medical", "hospital", "humanitarian",
        "defence", "defense", "army", "local", "western", "palestinian", "israeli", "ukrainian", "russian", "american", "european",
    };

    /// <summary>"dem Militär", "the army", "Sicherheitskreisen": the trade a source is from, after its article.</summary>
    private static int? TradeAfter(IReadOnlyList<Token> tokens, int k, int last)
    {
        while (k < last && IsDefiniteArticle(tokens[k])) k++;
        var w = tokens[k].Lower;
        return w is "militär" or "military" or "armee" or "army" or "streitkräften" or "sicherheitskreisen" or "regierung" or "government"
            or "geheimdienst" or "intelligence" or "polizei" or "police" or "ministerium" or "ministry" || w.EndsWith("kreisen", StringComparison.Ordinal)
            ? k
            : null;
    }

    private static readonly WordSet TimeWords =
    [
        "woche", "monat", "jahr", "tag", "tagen", "wochen", "monaten", "week", "month", "year", "day", "days", "weeks", "zeit", "time",
        "monats", "jahres", "tages", "anfang", "mitte", "ende",
    ];

    private static bool IsTitleCaseName(IReadOnlyList<Token> tokens, int first, int last)
    {
        var capitals = 0;
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsCapitalized) capitals++;
            else if (tokens[k].Lower is not ("of" or "for" or "and" or "the" or "ohne" or "für")) return false;
        }
        return capitals >= 3 && Figures.Units.NounUnit(tokens[first]) is null;
    }

    public sealed record Resolved(NamedRef Ref, string? Country, int First, int Last, bool IsAnaphor);

    /// <summary>Resolves tokens [first, last]; <paramref name="speakerCountry"/> answers "ihres Landes".</summary>
    public Resolved? Resolve(IReadOnlyList<Token> tokens, string text, IReadOnlyList<Mention> mentions, int first, int last,
        string? speakerCountry, IDictionary<string, string> institutionCountries)
    {
        // "Hamas kontrollierte Gesundheitsministerium in Gaza": named by the noun after the participle; the span keeps the agent
        var spanFirst = first;
        first = AttributionFinder.DescribedNounAfterAgent(tokens, first, last);
        // "die in Großbritannien ansässige Organisation", "the London-based monitor": named by the noun after where it sits
        for (var k = first; k < last; k++)
        {
            if (Words.IsSeatAdjective(tokens[k].Lower) || tokens[k].Lower.EndsWith("-based", StringComparison.Ordinal))
                first = k + 1;
        }
        var words = text[tokens[first].Start..tokens[last].End];
        // ("according to the defence ministry's account": the owner, without the possessive)
        words = Words.WithoutPossessive(words);

        // one loop over the mentions inside the phrase (asked several times for every attribution of every sentence):
        // the first entity, the first two institutions that are no entity, the first country
        Mention? entity = null, institution = null, secondInstitution = null, country = null;
        foreach (var m in mentions)
        {
            if (m.First < first || m.Last > last) continue;
            // ("the UN peacekeeping force UNIFIL", "UN-Nothilfebüro OCHA": the UN's own body named after it speaks)
            if (m.Has(MentionKind.Entity) && (entity is null || entity.KeyOf(MentionKind.Entity) == UnitedNations && UnBodyAfter(tokens, entity, m)))
                entity = m;
            if (m.Has(MentionKind.Institution) && !m.Has(MentionKind.Entity))
            {
                if (institution is null) institution = m;
                else secondInstitution ??= m;
            }
            country ??= m.Has(MentionKind.CountryAdjective) || m.Has(MentionKind.Country) ? m : null;
        }
        // "Kowalenko vom Zentrum zur Bekämpfung von Desinformation": a name the phrase cuts into still names it
        entity ??= mentions.FirstOrDefault(m => m.Has(MentionKind.Entity) && m.Overlaps(first, last) && m.Last - m.First >= 2);
        // "Sprecher der ukrainischen Armee", "spokesman for the defence ministry": the spokesman speaks for the
        // institution named after the title
        if (secondInstitution is not null && institution!.KeyOf(MentionKind.Institution) == "government") institution = secondInstitution;
        string? countryName = country?.KeyOf(MentionKind.CountryAdjective) ?? country?.KeyOf(MentionKind.Country);

        if (entity is not null)
        {
            var e = lexicon.Entity(entity.KeyOf(MentionKind.Entity)!)!;
            // "der Geheimdienst" later in the article is the agency named here
            if (e.Country is { } ec && e.Institution is { } ei) institutionCountries[ei] = ec;
            // "US-Verteidigungsminister Lloyd Austin": a named person beats the institution words around them
            return new Resolved(new NamedRef(e.Name, words), e.Country, spanFirst, last, false);
        }

        // "eine Quelle aus dem Militär", "a source in the military": an anonymous source of a named trade, named after it (asked before
        // the trade's institution, which would make it a back-reference to whoever spoke last)
        if (Anonymous.Contains(tokens[first]) && first + 2 <= last && tokens[first + 1].Lower is "aus" or "im" or "in" or "within"
            && TradeAfter(tokens, first + 2, last) is { } trade)
            return new Resolved(new NamedRef(text[tokens[first].Start..tokens[trade].End], text[tokens[first].Start..tokens[trade].End]),
                null, spanFirst, last, false);

        if (institution is not null)
        {
            var key = institution.KeyOf(MentionKind.Institution)!;
            if (countryName is null && tokens.Skip(first).Take(last - first + 1).Any(t => OwnCountryWords.Contains(t)))
                countryName = speakerCountry;
            var fromMemory = false;
            // "Defence Minister Wladyslaw Kosiniak-Kamysz", "local authorities": a named person or a local office is
            // nobody the article's earlier institutions stand for
            var personNamed = Enumerable.Range(institution.Last + 1, Math.Max(0, last - institution.Last))
                .Any(k => tokens[k].IsCapitalized && !mentions.Any(m => m.Overlaps(k, k)))
                && institution.Last + 1 <= last && tokens[institution.Last + 1].IsCapitalized;
            // ("die Gesundheitsbehörden der Region": the region's own, not the country's named before)
            var local = Enumerable.Range(first, last - first + 1).Any(k => tokens[k].Lower is "local" or "regional" or "örtlichen" or "örtliche"
                or "regionalen" or "regionale" or "lokalen" or "lokale" || tokens[k].Lower is "region" && k > first && tokens[k - 1].Lower is "der");
            if (countryName is null && (personNamed || local)) return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
            if (countryName is null && institutionCountries.TryGetValue(key, out var remembered))
            {
                countryName = remembered;
                fromMemory = true;
            }
            if (countryName is not null)
            {
                institutionCountries[key] = countryName;
                var known = lexicon.EntityFor(countryName, key);
                var name = known?.Name ?? $"{lexicon.Country(countryName)?.Adjective ?? countryName} {lexicon.Institution(key)!.Name}";
                // "teilte die Behörde mit": a bare "the authority" is still a back-reference; the guess from memory
                // stands only when no source was named just before
                var bare = fromMemory && last - first <= 1 && Pronouns.Contains(tokens[last]);
                return new Resolved(new NamedRef(name, words), countryName, spanFirst, last, bare);
            }
            // "Verteidigungsminister Shin Won Sik": a title with a name is a person, not a "the ministry" back-reference
            var named = Enumerable.Range(first, last - first + 1).Count(k => tokens[k].IsCapitalized && !institution.Overlaps(k, k)) >= 2
                        || Enumerable.Range(first, last - first + 1).Any(k => tokens[k].IsCapitalized && k > institution.Last);
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, !named);
        }

        // "behaupteten die Dschihadisten", "the rebels said": an armed group's people, named by what they are, stand for the
        // group named before (a back-reference, like "the group")
        if (IsGroupPeople(tokens[last]) && first > 0 && IsDefiniteArticle(tokens[first == last ? first - 1 : first]) && last - first <= 1)
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, true);

        // "Einwohner sprachen von mindestens 20 Toten", "witnesses said": people who saw it speak, though they are people counted elsewhere
        if (Witnesses.Contains(tokens[last].Lower)) return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        // "Die Sicherheitskräfte meldeten", "Helfer sprachen von", "rescue workers said": those who respond to an attack report
        // its toll, though they are people counted elsewhere ("30 Helfer getötet")
        if (Responds(tokens, first, last)) return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);

        // "die Zahl der getöteten nordkoreanischen Soldaten": a phrase about what is counted names no speaker (a name in title
        // case is a name: "Assistance Association for Political Prisoners", "Ärzte ohne Grenzen")
        for (var k = first; k <= last && !IsTitleCaseName(tokens, first, last); k++)
        {
            if (Figures.Units.NounUnit(tokens[k]) is not null || IsCountWord(tokens[k]))
                return null;
        }

        // "Human rights activists in Yerevan", "Ärzte in Gaza": people named by what they do speak, not the place they are in
        if (country is not null && country.First >= first + 2 && tokens[country.First - 1].Lower is "in" or "aus"
            && TellsWhereTheyAre(tokens[country.First - 2].Lower))
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        if (countryName is not null)
            return new Resolved(new NamedRef(countryName, words), countryName, spanFirst, last, false);

        var lastWord = tokens[last];
        if (Figures.Units.NounUnit(lastWord) is not null && !IsTitleCaseName(tokens, first, last) || TimeWords.Contains(lastWord)
            || Dates.DateWords.WeekdayOf(lastWord) is not null || Dates.DateWords.MonthOf(lastWord) is not null) return null; // "1500 Mann gesprochen": what is counted, not who

        // "a local activist group said", "eine Sprecherin sagte": someone new, introduced with an indefinite article
        if (first > 0 && tokens[first - 1].Lower is "a" or "an" or "ein" or "eine" or "einer" && Introduced.Contains(lastWord))
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        // "the regional governor said", "teilte die Polizei mit": an office unnamed is still a speaker of its own
        if (RoleNouns.Contains(Words.WithoutPossessive(lastWord.Lower)) && !Pronouns.Contains(lastWord))
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        // "a panel of experts", "ein Team von Forschern": a body introduced by what it is, named by those words
        if (first > 0 && tokens[first - 1].Lower is "a" or "an" or "ein" or "eine" or "einer" or "einem" && last > first + 1
            && Descriptions.Contains(tokens[first]) && tokens[first + 1].Lower is "of" or "von")
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        // "aus Sicherheitskreisen in Kigali", "Regierungskreise": circles named by their trade, as "security sources" are
        if (lastWord.Lower.Length > 8 && (lastWord.Lower.EndsWith("kreisen", StringComparison.Ordinal) || lastWord.Lower.EndsWith("kreise", StringComparison.Ordinal)))
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        // "Experts estimate", "analysts said": a speaker nobody can be named for
        // "Westliche Diplomaten", "Western analysts": a bloc qualifying them names who they are
        if (GenericSpeakers.Contains(lastWord.Lower))
        {
            return Enumerable.Range(first, last - first).Any(k => Blocs.Contains(tokens[k]))
                ? new Resolved(new NamedRef(words, words), null, spanFirst, last, false)
                : null;
        }
        // "eine Quelle in der Präsidialverwaltung", "Insider": an anonymous source is nobody the article names
        if (Anonymous.Contains(tokens[first]) || Anonymous.Contains(lastWord) && last == first) return null;
        // "a security source", "security sources": an anonymous source of a named trade is still named by it
        if (Anonymous.Contains(lastWord) && lastWord.Lower is not ("person" or "personen" or "people") && Trades.Contains(tokens[last - 1].Lower))
            return new Resolved(new NamedRef(words, words), null, spanFirst, last, false);
        // "the panel" is a back-reference; "die Mission" stays a name of its own unless the body was called so before
        // ("den Angaben zufolge": the statements just reported; not "nach unbestätigten Angaben")
        // ("according to a post on the ministry's account": the office named in the possessive)
        var anaphor = Pronouns.Contains(Words.WithoutPossessive(lastWord.Lower)) && last - first <= 1 || !lastWord.IsCapitalized && IsBareDescription(tokens, first, last)
                      || lastWord.Lower is "angaben" && first == last && first > 0 && tokens[first - 1].Lower is "den" or "diesen";
        var hasName = Enumerable.Range(first, last - first + 1).Any(k => tokens[k].IsCapitalized);
        if (!hasName && !anaphor) return null;
        return new Resolved(new NamedRef(words, words), null, spanFirst, last, anaphor);
    }
}
