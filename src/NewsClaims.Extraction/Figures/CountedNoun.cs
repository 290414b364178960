using System.Globalization;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Dates;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Figures;

/// <summary>
/// What a figure counts, read from the words around it: the noun after it ("3000 Soldaten"), what happened to
/// them ("getötet oder verwundet", "taken prisoner"), the noun a "Zahl der …" names, or nothing for numbers that
/// are no counts (ages, measures, money, labels, clock times).
/// </summary>
internal static class CountedNoun
{
    private static readonly WordSet UnitBreakers =
    [
        "nach", "in", "im", "an", "auf", "aus", "von", "vom", "zu", "zum", "zur", "mit", "für", "bei", "seit", "bis", "und",
        "oder", "die", "der", "das", "den", "dem", "ist", "sind", "war", "waren", "hat", "haben", "wurden", "worden",
        "sein", "seien", "sollen", "soll", "to", "in", "into", "at", "on", "from", "with", "for", "by", "since", "until",
        "and", "or", "the", "a", "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "than",
        "als", "pro", "per", "je", "a", "jahre", "years", "year", "jahren", "tage", "days", "kilometer", "km", "meilen",
        "miles", "prozent", "percent", "%", "euro", "dollar", "won", "rubel", "uhr", "über", "gegen", "durch", "ohne", "unter",
        "um", "via", "across",
    ];

    private static readonly WordSet Measures =
    [
        "mm", "millimeter", "millimetern", "cm", "zentimeter", "km", "kilometer", "kilometern", "kilometres", "kilometers", "miles",
        "meilen", "meter", "metern", "metres", "meters", "minuten", "minutes", "stunden", "hours", "sekunden", "seconds", "tonnen",
        "tons", "tonnes", "kilogramm", "kg",
        // money, shares and spans of time: "800 Dollar", "30 percent", "seit 5 Jahren", "within two days"
        "dollar", "dollars", "euro", "euros", "rubel", "rubles", "roubles", "won", "yuan", "usd", "eur", "prozent", "percent",
        "jahre", "jahren", "jahr", "years", "year", "monate", "monaten", "months", "wochen", "weeks", "tage", "tagen", "days",
    ];

    private static readonly WordSet Recruiting =
    [
        "recruited", "recruits", "recruiting", "enlisted", "mobilised", "mobilized", "rekrutiert", "rekrutierte", "rekrutierten",
        "angeworben", "warb", "mobilisiert", "mobilisierte", "draft", "drafted", "conscript", "conscripted", "einberufen",
        "einzuberufen", "einziehen", "einzuziehen", "mobilisieren", "mobilize", "mobilise",
    ];

    private static readonly HashSet<string> Currency = new(StringComparer.Ordinal) { "$", "€", "£", "¥", "₩" };

    /// <summary>"un-resolution" → "resolution": the head of a hyphenated compound.</summary>
    private static string LastPart(string lower) => lower[(lower.LastIndexOf('-') + 1)..];

    internal static bool IsNotACount(IReadOnlyList<Token> toks, FigureMention f)
    {
        if (f.First > 0 && Currency.Contains(toks[f.First - 1].Text)) return true;
        var next = f.NumberEnd < toks.Count ? toks[f.NumberEnd] : null;
        if (next is not null && (next.IsPunct('%') || next.IsPunct(':') && next.Glued)) return true;
        if (next is not null && next.IsPunct('-') && next.Glued) return true; // "26-jährige", "50-year-old"
        // "170mm", "240 Millimetern", "86 Minuten": measures, not counts
        if (next is not null && next.IsWord && Measures.Contains(next)) return true;
        // "von 27 auf 25 Jahre", "from 27 to 25 years": the first end of a change shares the measure after the second
        if (next is not null && next.Lower is "auf" or "to" or "bis" && f.NumberEnd + 2 < toks.Count && toks[f.NumberEnd + 1].IsNumber
            && toks[f.NumberEnd + 2].IsWord && Measures.Contains(toks[f.NumberEnd + 2]))
            return true;
        if (next is not null && next.IsWord && next.Glued && next.Lower is "am" or "pm" or "a" or "p" or "h") return true;
        // "at around 4 a.m.", "6 pm": a clock time
        // (not "300 PM Modi", a prime minister)
        if (next is not null && (next.Lower is "pm" && !(next.Text == "PM" && f.NumberEnd + 1 < toks.Count && toks[f.NumberEnd + 1].IsCapitalized)
                || next.Lower is "a" or "p" && f.NumberEnd + 2 < toks.Count && toks[f.NumberEnd + 1].IsPunct('.') && toks[f.NumberEnd + 2].Lower == "m"))
            return true;
        // "Printausgabe 49/2025", "issue 12/2024": an issue's number over its year
        if (next is not null && next.IsPunct('/') && f.NumberEnd + 1 < toks.Count && DateWords.YearOf(toks[f.NumberEnd + 1]) is not null) return true;
        // "a fertility rate of 0.75": a fraction counts no people or things
        if (f.Value is > 0 and < 1) return true;
        // "Leopard 2A4", "T-72B3": digits glued to letters after a capitalised name are a model's designator
        if (next is not null && next.IsWord && next.Glued && f.First == f.Last && f.First > 0 && toks[f.First - 1].IsWord && toks[f.First - 1].IsCapitalized
            && next.Text.Any(char.IsDigit))
            return true;
        // "14 Challenger 2 tanks": a small number after a model's name, itself after the count, is the model's mark
        if (f.First > 1 && f.First == f.Last && f.Precision == Precisions.Exact && f.Value is <= 10 && toks[f.First - 1].IsWord
            && toks[f.First - 1].IsCapitalized && (toks[f.First - 2].IsNumber || NumberWords.German(toks[f.First - 2].Lower) is >= 2
                || NumberWords.EnglishSmallOf(toks[f.First - 2]) is >= 2)
            && (next is { IsWord: true } && Units.NounUnit(next) is var after && (Units.IsWeapon(after) || after == "vehicles")
                || Units.NounUnit(toks[f.First - 1]) is var model && (Units.IsWeapon(model) || model == "vehicles")))
            return true;
        // "9:30 a.m.": the minutes of a clock time
        if (f.First > 0 && toks[f.First - 1].IsPunct(':') && toks[f.First].Glued) return true;
        // "Artikel 4", "resolution 2397", "Kaliber 170", "Punkt sieben des Dekrets": a label, not a count
        if (f.First > 0 && f.Precision == Precisions.Exact && LastPart(toks[f.First - 1].Lower) is "artikel" or "article" or "art" or "paragraf"
                or "paragraph" or "resolution" or "nr" or "no" or "nummer" or "kaliber" or "calibre" or "caliber" or "platz" or "rang"
                or "channel" or "kanal" or "punkt" or "ziffer" or "absatz" or "abschnitt" or "kapitel" or "section" or "chapter" or "clause")
            return true;
        // "at Tower 22.", "near Camp 5,", "die Front 33": a number after a place's label word is its name (not "Russland 12" in a
        // list of tolls)
        if (f.First > 0 && f.First == f.Last && f.Precision == Precisions.Exact && toks[f.First].IsNumber && toks[f.First - 1].IsCapitalized
            && toks[f.First - 1].Lower is "tower" or "camp" or "base" or "gate" or "block" or "checkpoint" or "sector" or "route" or "outpost"
                or "front" or "lager" or "sektor" or "tor" or "command" or "stufe" or "level" or "phase" or "category" or "kategorie")
            return true;
        // "der 65. Austausch", "bereits der 65.": digits after an article and before a full stop are an ordinal
        if (next is not null && next.IsPunct('.') && next.Glued && f.First == f.Last && f.First > 0 && toks[f.First].IsNumber
            && Words.IsOrdinalArticle(toks[f.First - 1].Lower))
            return true;
        // "Prigozhin, 61, said": a number set off by commas right after a name is the person's age
        if (f.First > 1 && f.First == f.Last && f.Precision == Precisions.Exact && toks[f.First - 1].IsPunct(',') && toks[f.First - 2].IsCapitalized
            && next is not null && next.IsPunct(',') && f.Value is > 0 and < 110)
            return true;
        // ages, and the second end of an age range ("from 30 to 18", "of 18 and 60")
        if (AgeAt(toks, f.First)
            || f.First > 2 && toks[f.First - 1].Lower is "to" or "and" or "bis" or "und" && toks[f.First - 2].IsNumber && AgeAt(toks, f.First - 2))
            return true;
        // "a pre-war population of about 430,000", "eine Bevölkerung von rund 150.000": how many live somewhere, not a count of
        // anything that happened
        for (var k = f.First - 1; k >= 0 && k >= f.First - 4; k--)
        {
            if (toks[k].Lower is "population" or "bevölkerung" or "einwohnerzahl" or "inhabitants") return true;
            if (toks[k].Kind == TokenKind.Punct) break;
        }
        // "a country of 38 million", "a city of 200,000": how many live there
        if (f.First > 2 && toks[f.First - 1].Lower is "of" && toks[f.First - 2].Lower is "country" or "nation" or "city" or "town" or "region"
            && toks[f.First - 3].Lower is "a" or "an") return true;
        // "two thirds of container traffic", "zwei Drittel": a share, not a count
        if (next is not null && next.Lower is "third" or "thirds" or "quarters" or "fifths" or "drittel" or "viertel" or "fünftel")
            return true;
        // "three rounds of talks": rounds of something are no ammunition
        if (next is not null && next.Lower is "rounds" or "round" && f.NumberEnd + 2 < toks.Count && toks[f.NumberEnd + 1].Lower is "of"
            && toks[f.NumberEnd + 2].Lower is "talks" or "negotiations" or "consultations" or "discussions" or "sanctions" or "voting"
                or "elections" or "exchanges" or "strikes" or "attacks" or "fighting" or "mediation" or "meetings")
            return true;
        // "2." alone on a line: an item's number
        if (f.First == 0 && toks.Count <= 2 && (next is null || next.IsPunct('.'))) return true;
        // a year on its own: "2023", "im Jahr 2022"; not one that counts the noun after it ("2030 Soldaten", "1968
        // palästinensische Häftlinge")
        return f.Precision == Precisions.Exact && f.Value is >= 1900 and <= 2100 && f.First == f.Last && f.Value == Math.Floor(f.Value.Value)
            && toks[f.First].Text.Length == 4
            // ("244.000 im Herbst 2022 mobilisierte Reservisten": after a season it is when, before a participle too, though not
            // before a counting word or the noun itself, "bis zum Sommer 2000 zusätzliche Soldaten"; a month and its year are read
            // as a date before figures are)
            && (f.First > 0 && IsSeason(toks[f.First - 1].Lower) && next is { IsWord: true } && !next.IsCapitalized && !IsCountingWord(next.Lower)
                // ("bezifferte die Gesamtstärke auf 2091 Soldaten": a count put at a figure)
                || !(CountsNounAfter(toks, f.NumberEnd, f.First > 0 && toks[f.First - 1].Lower is "von" or "auf" or "insgesamt" or "rund" or "etwa" or "weitere"
                    or "weiteren" or "weiterer" or "zusätzliche" or "zusätzlichen" or "additional" or "mit" or "total" or "another" or "some"
                    // ("Laut der Erklärung vom 10. November 2020 durfte Russland dort 1960 Soldaten …": the sentence has its year elsewhere)
                    || OtherYear(toks, f.First))
                    // ("Russland hat 2023 nordkoreanische Raketen eingesetzt": a year right after the auxiliary says when)
                    && !(f.First > 0 && toks[f.First - 1].Lower is "hat" or "hatte" or "haben" or "hatten" or "has" or "had" or "ist" or "war" or "wurden")));
    }

    private static bool IsCountingWord(string lower) =>
        lower is "zusätzliche" or "zusätzlichen" or "weitere" or "weiteren" or "neue" or "neuen" or "more" or "additional" or "extra" or "new";

    private static bool IsSeason(string lower) =>
        lower is "frühjahr" or "frühling" or "sommer" or "herbst" or "winter" or "spring" or "summer" or "autumn";

    /// <summary>
    /// "von insgesamt 2030 Soldaten", "1968 palästinensische Häftlinge": a year-like number that counts the noun after it, as a
    /// counting word before it or an adjective between it and the noun tells; a bare noun after it ("Russland hatte 2014 Truppen
    /// auf die Krim geschickt") leaves it a year.
    /// </summary>
    private static bool CountsNounAfter(IReadOnlyList<Token> toks, int k, bool countingWordBefore) =>
        k < toks.Count && toks[k].IsWord
        && (countingWordBefore && toks[k].IsCapitalized && Units.NounUnit(toks[k]) is not null and not Units.People
            || !toks[k].IsCapitalized && toks[k].Lower is not ("mehr" or "weniger" or "als" or "so" or "viele") && Words.IsInflectedAdjective(toks[k].Lower)
               && k + 1 < toks.Count && toks[k + 1].IsCapitalized && Units.NounUnit(toks[k + 1]) is not null
               && toks[k + 1].Lower is not ("menschen" or "personen" or "leute"));

    private static bool ParticipleWithin(IReadOnlyList<Token> toks, int start, int reach)
    {
        for (var k = start; k < toks.Count && k < start + reach; k++)
        {
            if (Units.ParticipleUnit(toks[k]) is not null) return true;
        }
        return false;
    }

    private static bool OtherYear(IReadOnlyList<Token> toks, int at)
    {
        for (var k = 0; k < toks.Count; k++)
        {
            if (k != at && DateWords.YearOf(toks[k]) is not null) return true;
        }
        return false;
    }

    /// <summary>"men aged 18 to 30", "im Alter von 18 bis 60 Jahren", "between the ages of 18 and 60", "its mobilisation age from 27":
    /// the number at <paramref name="k"/> is an age.</summary>
    private static bool AgeAt(IReadOnlyList<Token> toks, int k) =>
        k > 0 && toks[k - 1].Lower is "aged" or "ages"
        || k > 1 && toks[k - 1].Lower is "von" && toks[k - 2].Lower is "alter"
        || k > 1 && toks[k - 1].Lower is "of" or "from" && toks[k - 2].Lower is "age" or "ages";

    private static bool HasDigit(string s) => s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static bool WeaponWithin(IReadOnlyList<Token> toks, int from, int count)
    {
        for (var k = from; k < toks.Count && k <= from + count; k++)
        {
            if (Units.IsWeapon(Units.NounUnit(toks[k]))) return true;
        }
        return false;
    }

    internal static (string? Unit, int? Token) UnitOf(IReadOnlyList<Token> toks, FigureMention f, string language, List<DateMention> dates)
    {
        string? unit = null;
        int? at = null;
        var adjacent = true; // no word yet between the number and this token (quotes aside)
        string? described = null; // "getöteten und verwundeten Soldaten": what the adjectives say happened
        // ("14 of its older Leopard 2A4 tanks": six words and a designator may stand before the noun)
        for (var k = f.NumberEnd; k < toks.Count && k < f.NumberEnd + 7; k++)
        {
            var t = toks[k];
            if (t.IsPunct('-') || Attribution.AttributionFinder.IsQuote(t)) continue;
            // "80,000 U.S. troops", "300 U.N. peacekeepers": the full stops of initials
            if (t.IsPunct('.') && t.Glued && k > f.NumberEnd && toks[k - 1].IsWord && toks[k - 1].Text.Length == 1 && char.IsUpper(toks[k - 1].Text[0]))
                continue;
            // "3 million 152mm shells": a calibre between the number and its noun
            if (t.IsNumber && k + 1 < toks.Count && toks[k + 1].Glued && Measures.Contains(toks[k + 1]))
            {
                k++;
                continue;
            }
            if (t.IsNumber && k > f.NumberEnd && (toks[k - 1].IsWord && toks[k - 1].IsCapitalized || k + 1 < toks.Count && toks[k + 1].Glued && toks[k + 1].IsWord))
            {
                // a model's designator ("Leopard 2A6", "Challenger 2", "M1 Abrams") names what kind, not how many
                if (k + 1 < toks.Count && toks[k + 1].Glued && toks[k + 1].IsWord) k++;
                continue;
            }
            if (!t.IsWord) break;
            // "112 Kampf- und Täuschungsdrohnen": the first half of a German compound shares the second's noun
            if (t.IsCapitalized && language == "de" && k + 2 < toks.Count && toks[k + 1].IsPunct('-') && toks[k + 1].Glued
                && toks[k + 2].Lower is "und" or "oder")
            {
                k += 2;
                continue;
            }
            if (!t.IsCapitalized && language == "de" && Units.AdjectiveUnit(t) is { } adj && !Units.IsParticiple(t))
            {
                described = described is null || described == adj ? adj : Units.Casualties;
                continue;
            }
            if (described is not null && t.Lower is "und" or "oder") continue;
            // "189 verwundete Südafrikaner", "40 getötete Russen": after the participle, a noun no unit names still takes what
            // happened to it (as "die Zahl der getöteten Russen" does)
            if (described is not null && t.IsCapitalized && language == "de" && Units.NounUnit(t) is null && Units.PhraseUnit(toks[k - 1], t) is null)
            {
                unit = described;
                at = k;
                break;
            }
            // "six cruise and ballistic missiles": two kinds joined before their shared noun
            if (t.Lower is "and" or "or" or "und" or "oder" && k > f.NumberEnd && toks[k - 1].IsWord && !toks[k - 1].IsCapitalized
                && k + 2 < toks.Count && toks[k + 1].IsWord && Units.NounUnit(toks[k + 2]) is { } shared && shared != Units.People)
                continue;
            // "350 Army and Air Force personnel": two services joined before their shared noun
            if (t.Lower is "and" && language == "en" && k > f.NumberEnd && toks[k - 1].IsCapitalized && k + 3 < toks.Count
                && toks[k + 1].IsCapitalized && toks[k + 2].IsCapitalized && Units.NounUnit(toks[k + 3]) == Units.Soldiers)
                continue;
            // "23 Kh-101 and Kh-555 cruise missiles": two models joined before their shared noun
            if (t.Lower is "and" or "or" or "und" or "oder" && k > f.NumberEnd && HasDigit(toks[k - 1].Text)
                && k + 1 < toks.Count && toks[k + 1].IsCapitalized && WeaponWithin(toks, k + 1, 3))
                continue;
            // "six F-16 fighter jets", "235 fighter pilots": "fighter" naming a kind of aircraft or its crew counts no fighters
            if (t.Lower is "fighter" && k + 1 < toks.Count && toks[k + 1].Lower is "jets" or "jet" or "pilots" or "aircraft" or "planes"
                    or "bombers" or "squadron" or "squadrons")
                return (null, null);
            // "100,000 service members": the second word of a two-word noun
            // ("200 Militärs" counts military men right after a number; elsewhere "des Militärs" is the army's genitive)
            // ("127 members of Infantry Battalion 129", "seven members of the Revolutionary Guards": members of what follows, or
            // people once the sentence says what befell them; not the "members" of "service members", nor a "member" who speaks)
            if ((Units.NounUnit(t) ?? (k > f.NumberEnd ? Units.PhraseUnit(toks[k - 1], t) : null) ?? (t.Lower == "militärs" ? Units.Soldiers : null)
                    // ("12 Indian nationals": its stem is the adjective's, "National Security", so it is asked here)
                    // ("One member of the rescue team": a single member, not the "member states" of "32 member states")
                    ?? (t.Lower is "members" or "nationals" || t.Lower is "member" && k + 1 < toks.Count && toks[k + 1].Lower is "of" ? Units.People : null)) is { } u)
            {
                // "16 rocket launchers", "four Rocket Systems": a two-word noun whose first word counts something else
                if (k + 1 < toks.Count && Units.PhraseUnit(t, toks[k + 1]) is { } longer)
                {
                    u = longer;
                    t = toks[++k];
                }
                // "1500 Angehörige nordkoreanischer Spezialkräfte", "300 members of the special forces": members of a force
                // ("342 getötete Angehörige der Regierungskräfte": what the adjective says befell them is counted)
                if (u == Units.People && t.Lower is "angehörige" or "angehörigen" or "mitglieder" or "members" or "member"
                    && MembersOfForce(toks, k + 1) is { } force)
                {
                    unit = described ?? Units.Soldiers;
                    at = force;
                    break;
                }
                // "5500 Polizisten und Soldaten", "police officers and troops": people named beside soldiers are counted with them
                // ("3,000 sailors and Marines": a uniformed trade named beside soldiers, not "women and men")
                if (t.Lower is "polizisten" or "polizeikräfte" or "polizeikräften" or "policemen" or "gendarmen" or "sailors" or "seeleute"
                        or "matrosen" or "pilots" or "piloten" or "airmen"
                    && k + 2 < toks.Count && toks[k + 1].Lower is "und" or "and" or "sowie" && Units.NounUnit(toks[k + 2]) == Units.Soldiers
                    && toks[k + 2].Lower is not ("men" or "mann" or "kräfte" or "kräften" or "personnel" or "personal"))
                {
                    u = Units.Soldiers;
                    k += 2;
                }
                // ("22.000 einberufenen Reservisten": reservists and conscripts called up stay what they are)
                unit = described is not null && (u is Units.Soldiers or Units.People or "civilians" or "fighters"
                                                  || Units.IsDrafted(u) && described != Units.Soldiers)
                    ? described
                    : BothHappened(toks, k, u);
                at = k;
                break;
            }
            if (Units.ParticipleUnit(t) is { } p && adjacent)
            {
                unit = BothHappened(toks, k, p);
                at = k;
                break;
            }
            // "zwei der Raketen", "two of the missiles": the partitive names what is counted
            if (adjacent && t.Lower is "der" or "of" && k + 2 < toks.Count)
            {
                // "45 of 60 drones", "zwei der Raketen", "two of the missiles", "13,000 of the roughly 20,000 troops"
                var n = k + 1;
                while (n + 1 < toks.Count && n <= k + 4 && (toks[n].IsNumber || PartitiveFillers.Contains(toks[n]))) n++;
                // ("21 of its members": members of a side, counted once the sentence says what befell them)
                if ((Units.NounUnit(toks[n]) ?? (toks[n].Lower is "members" && toks[n - 1].Lower is "its" or "their" ? Units.People : null)) is { } part)
                {
                    unit = part;
                    at = n;
                    break;
                }
            }
            // "some 600 who died", "300, die gefallen sind"
            adjacent = t.Lower is "who" or "that";
            // "12,000 of its troops", "thousands of soldiers"
            if (t.Lower is "of" or "its" or "their" or "the" or "his" && language == "en") continue;
            if (UnitBreakers.Contains(t)) break;
        }
        // "four of those aboard had been killed", "fünf von ihnen wurden getötet": what happened to those a pronoun counts
        if (unit is null && f.NumberEnd + 1 < toks.Count && toks[f.NumberEnd].Lower is "of" or "von"
            && toks[f.NumberEnd + 1].Lower is "them" or "those" or "these" or "whom" or "ihnen" or "denen"
            && HappenedAfter(toks, f.NumberEnd + 2, dates) is { } befell and not (Units.Soldiers or Units.People))
            return (befell, f.NumberEnd + 1);
        var recruited = f.First > 0 && Recruiting.Contains(toks[f.First - 1]) || f.First > 1 && Recruiting.Contains(toks[f.First - 2])
                        // "will call up about 5,000 people", "called up 300,000 reservists"
                        || f.First > 1 && toks[f.First - 1].Lower is "up" && toks[f.First - 2].Lower is "call" or "calls" or "called" or "calling";
        // "recruited 18,000 convicts", "rekrutierte 30.000 Häftlinge": whoever is recruited is counted as a fighter
        if (unit is null && recruited && f.NumberEnd < toks.Count && toks[f.NumberEnd].IsWord && !UnitBreakers.Contains(toks[f.NumberEnd]))
            return (Units.Soldiers, f.NumberEnd);
        if (unit is null) return (null, null);

        // "des 11.000 bis 12.000 Mann starken Kontingents": the strength of a force, whatever later befell part of it
        var strength = at is { } st && st + 1 < toks.Count && toks[st + 1].Lower is "starken" or "starke" or "starker" or "starkes" or "strong";
        // "100 Soldaten getötet", "3,000 troops were killed or wounded": what happened to them is the unit
        if ((Units.IsServing(unit) || unit is "civilians" or "workers" or "fighters" or Units.People) && !strength)
        {
            // "have captured two North Korean soldiers", "killed around 50 troops and wounded 47 others": the verb right
            // before the object says what happened, before any later participle
            var happened = f.First > 0 && Units.ParticipleUnit(toks[f.First - 1]) is { } before && toks[f.First - 1].Lower is not ("dead" or "ums")
                ? before
                : HappenedAfter(toks, at!.Value + 1, dates);
            happened ??= EventBefore(toks, f) ?? DiedBefore(toks, f) ?? LossesPutAt(toks, f);
            // "450.000 Menschen mobilisieren", "486.000 Männer hätten einen Vertrag unterschrieben": people called up or
            // signed up are soldiers
            if (happened is null && unit == Units.People && RecruitedAfter(toks, at!.Value + 1)) happened = Units.Soldiers;
            if (happened is null && unit == Units.People) happened = PeopleServingOrTreated(toks, f, at!.Value);
            // ("entließ Israel 1968 palästinensische Häftlinge": inmates count only once they are let go)
            if (happened is null && unit == Units.People && ReleasedFromPrison(toks, at!.Value)) happened = "prisoners";
            // "47 ihrer Kämpfer verloren", "more than 12,000 fighters lost": fighters a group lost are its dead
            if (happened == Units.Casualties && Units.IsPlainFighterWord(toks[at!.Value])) happened = Units.Killed;
            // "100.417 Menschen aus der Region in Armenien angekommen": people (not troops) arriving from a region fled it
            if (happened is null && unit == Units.People && ArrivedAfter(toks, at!.Value + 1)) happened = "refugees";
            if (happened is not null && (!Units.IsDrafted(unit) || happened is not Units.Soldiers)) unit = happened;
            if (recruited && !Units.IsDrafted(unit)) unit = Units.Soldiers;
        }
        // "66 detainees had been killed": a toll of prisoners counts the dead, as one of soldiers does, not the prisoners
        if (unit == Units.Captured && at is { } dk && HappenedAfter(toks, dk + 1, dates) is (Units.Killed or Units.Wounded) and var hurt) unit = hurt;
        // "50.000 Strafgefangene … rekrutiert": prisoners recruited are fighters
        if (unit == Units.Captured && (recruited || at is { } ca && RecruitedAfter(toks, ca + 1))) unit = Units.Soldiers;
        // "Israel releases 1,968 Palestinian prisoners", "kamen Tausende Häftlinge frei": people let out of prison are
        // prisoners; soldiers taken in battle and prisoners of war stay captured
        if (unit == Units.Captured && at is { } pn && ReleasedFromPrison(toks, pn)) unit = "prisoners";
        // "300 Menschen" alone counts nothing the timeline tracks; "300 Menschen getötet" counts the killed
        if (unit == Units.People) return (null, null);
        return (unit, at);
    }

    /// <summary>
    /// Inmates let out ("kamen Tausende Häftlinge frei"), or prisoners released from a prison or in a hostage deal ("the
    /// Israel Prison Service said 39 Palestinian prisoners had been released", "1900 palästinensische Gefangene entlassen");
    /// prisoners of war handed back in an exchange are not.
    /// </summary>
    private static bool ReleasedFromPrison(IReadOnlyList<Token> toks, int noun)
    {
        var inmates = toks[noun].Lower is "häftlinge" or "häftlingen" or "detainees" or "inmates";
        if (!inmates && toks[noun].Lower is not ("gefangene" or "gefangenen" or "prisoners" or "captives")) return false;
        if (noun + 2 < toks.Count && toks[noun + 1].Lower is "of" && toks[noun + 2].Lower is "war") return false;
        bool released = false, prison = inmates;
        foreach (var t in toks)
        {
            var w = t.Lower;
            if (w is "released" or "releases" or "release" or "freed" or "freigelassen" or "entlassen" or "entlässt" or "entließ"
                or "entließen" or "frei" or "free" or "freilassung") released = true;
            if (w is "entlassen" or "entlässt" or "entließ" or "entließen" or "jail" or "jails" or "detention" or "hostages" or "hostage" or "geiseln"
                || w.Contains("prison", StringComparison.Ordinal) || w.Contains("gefängnis", StringComparison.Ordinal)) prison = true;
        }
        return released && prison;
    }

    /// <summary>"100 Soldaten … getötet", "4,000 of them were killed or wounded": the participle later in the clause.</summary>
    internal static string? HappenedAfter(IReadOnlyList<Token> toks, int start, List<DateMention> dates)
    {
        string? enlisted = null;
        for (var k = start; k < toks.Count && k < start + 12; k++)
        {
            // "am 9. Januar gefangen genommen": a date between the noun and its participle does not end the clause
            if (dates.FirstOrDefault(d => d.First <= k && k <= d.Last) is { } date)
            {
                k = date.Last;
                continue;
            }
            var t = toks[k];
            // ("Fünf Kämpfer der KNLA und 50 Soldaten der Junta seien getötet worden": counts of people joined by "und" share the
            // verb after them; not "5,000 soldiers … and 200 were wounded", whose number has no noun, nor once a verb of enlisting
            // has closed the first count's clause)
            var joined = t.IsNumber && enlisted is null && toks[k - 1].Lower is "und" or "and" && k + 1 < toks.Count && Units.NounUnit(toks[k + 1]) is not null;
            // ("1,436 citizens of 36 African countries were fighting": how many countries they come from is no count of its own)
            if (t.IsNumber && k > start && toks[k - 1].Lower is "of" or "aus" or "from" && k + 1 < toks.Count
                && (IsCountryNoun(toks[k + 1]) || k + 2 < toks.Count && toks[k + 1].IsWord && IsCountryNoun(toks[k + 2])))
            {
                k++;
                continue;
            }
            if (t.IsNumber && !joined || t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(',') && k >= start + 8) break;
            // ("91 Indians had been recruited and eight had died": the next figure's clause is its own)
            if (enlisted is not null && t.IsWord && (NumberWords.EnglishSmallOf(t) is >= 2 || NumberWords.German(t.Lower) is >= 2)) break;
            // "taken prisoner", "took 120 servicemen prisoner", "in Gefangenschaft geraten", "returned from captivity"
            if (t.Lower is "hostage" or "hostages" && k > start && toks[k - 1].Lower is "taken" or "held" or "take" or "took") return "hostages";
            // "kamen Tausende Häftlinge frei", "wurden … frei gelassen": set free
            if (t.Lower is "frei" && k + 1 < toks.Count && toks[k + 1].Kind == TokenKind.Punct) return Units.Captured;

            if (t.Lower is "prisoner" or "captive" or "captivity" || t.Lower.EndsWith("gefangenschaft", StringComparison.Ordinal)) return Units.Captured;
            // ("23 Armenians remained in Azerbaijani custody", "befänden sich weiter in russischem Gewahrsam": the counted people
            // are held; not "two officers and a suspect now in custody were wounded")
            if (t.Lower is "custody" or "gewahrsam" && Enumerable.Range(start, k - start).Any(j => toks[j].Lower is "remained" or "remain" or "remains"
                    or "are" or "were" or "held" or "kept" or "taken" or "befänden" or "befinden" or "sind" or "seien" or "blieben" or "bleiben"))
                return Units.Captured;
            // "117 were being treated for wounds", "were hospitalised": hurt
            // ("suffered minor injuries", "erlitten schwere Verletzungen")
            // ("mit leichten Splitterverletzungen": a compound of the injury's kind)
            // ("Menschenrechtsverletzungen", "Waffenstillstandsverletzungen": violations, not injuries)
            if ((t.Lower is "wounds" or "injuries" || t.Lower.EndsWith("verletzungen", StringComparison.Ordinal)
                    && !t.Lower.EndsWith("rechtsverletzungen", StringComparison.Ordinal) && !t.Lower.EndsWith("standsverletzungen", StringComparison.Ordinal))
                && k > start
                // ("mit Verletzungen in Krankenhäuser gebracht", "taken to hospital with injuries")
                && (toks[k - 1].Lower is "for" or "suffered" or "sustained" or "erlitten" or "erlitt" or "mit" or "with"
                    || k > start + 1 && (toks[k - 2].Lower is "suffered" or "sustained" or "erlitten" or "erlitt"
                        // ("Menschen mit leichten Verletzungen", "people with minor injuries")
                        || toks[k - 2].Lower is "mit" or "with" && toks[k - 1].IsWord && !toks[k - 1].IsCapitalized))
                || t.Lower is "hospitalised" or "hospitalized"
                // ("68 others were being treated in hospital", "in Krankenhäusern behandelt")
                || t.Lower is "treated" or "behandelt" && k + 2 < toks.Count && toks[k + 1].Lower is "in" or "im" && IsHospital(toks[k + 2].Lower)
                || TakenToHospital(toks, k) || NeededCare(toks, k)) return Units.Wounded;
            // "185 Russian servicemen had been returned", "brought more than 7,000 of our people home": handed back from captivity
            if (t.Lower is "returned" or "repatriated" && k > start && toks[k - 1].Lower is "been" or "were" or "was"
                || t.Lower is "home" && Enumerable.Range(Math.Max(0, start - 4), k - Math.Max(0, start - 4)).Any(j => toks[j].Lower is "brought" or "bring"))
                return Units.Captured;
            // "zwölf Millionen Menschen auf der Flucht", "on the run from the fighting"
            if (t.Lower is "flucht" && k > 1 && toks[k - 1].Lower is "der" && toks[k - 2].Lower is "auf") return "refugees";
            // "thousands of Ukrainians were still being held in Russia": held, not "held talks" or "held in 2021"
            if (t.Lower is "held" && k > start && toks[k - 1].Lower is "being" or "still" or "remain" or "remained") return Units.Captured;
            // "has driven some 12 million people from their homes"
            if (t.Lower is "homes" && k >= start + 2 && toks[k - 1].Lower is "their" && toks[k - 2].Lower is "from") return "refugees";
            // "hat fünf Menschen das Leben gekostet", "in Sicherheit gebracht": what happened, said in a phrase
            if (t.Lower is "leben" && k + 1 < toks.Count && toks[k + 1].Lower is "gekostet" or "kostete" or "kosteten") return Units.Killed;
            if (t.Lower is "sicherheit" && k + 1 < toks.Count && toks[k + 1].Lower is "gebracht") return "refugees";
            // "mussten ihre Häuser verlassen", "fled their homes", "left their homes"
            if (t.Lower is "verlassen" or "verließen" && Enumerable.Range(Math.Max(start, k - 6), k - Math.Max(start, k - 6))
                    .Any(j => toks[j].Lower is "häuser" or "wohnungen" or "heimat" or "dörfer" or "zuhause" or "wohnorte")
                || t.Lower is "fled" or "left" or "abandoned" && k + 2 < toks.Count && toks[k + 1].Lower is "their" && toks[k + 2].Lower is "homes" or "houses" or "villages")
                return "refugees";
            // "200 Nepalesen kämpfen für Russland", "fought alongside the army": people fighting on a side are soldiers (not "kämpfen
            // um ihr Leben", "fought for their lives", "gegen die Flammen")
            if (Units.IsFightVerb(t) && k + 2 < toks.Count && toks[k + 1].Lower is "für" or "for" or "auf" or "an" or "on" or "alongside" or "in"
                && toks[k + 2].Lower is not ("ihr" or "ihre" or "their" or "his" or "her" or "sein" or "seine"))
            {
                enlisted = Units.Soldiers;
                continue;
            }
            if (Units.ParticipleUnit(t) is not { } p) continue;
            // "Twelve Indian citizens recruited into the Russian army have been killed": enlisting is what they are, not what
            // befell them, unless nothing else did
            if (p == Units.Soldiers)
            {
                enlisted = p;
                continue;
            }
            // "ihr Leben verloren", "lost their lives": a life lost is a death, not a loss an army counts
            if (p == Units.Casualties && LivesLost(toks, k)) return Units.Killed;
            // "ihr Zuhause verloren", "lost their homes": people who lost their homes are displaced
            if (p == Units.Casualties && HomesLost(toks, k)) return "refugees";
            // ("getötet, verwundet, gefangen genommen oder vermisst": a list of what happened is every kind of loss; "verwundet
            // oder tot")
            return k + 2 < toks.Count && (toks[k + 1].Lower is "oder" or "or" or "und" or "and" || toks[k + 1].IsPunct(','))
                                      && (toks[k + 2].Lower is "tot" or "dead" ? Units.Killed : Units.ParticipleUnit(toks[k + 2])) is { } p2 && p2 != p
                ? Units.Casualties
                : p;
        }
        return enlisted;
    }

    /// <summary>"prisoner exchange", "Gefangenenaustausch", "swap of prisoners": the sentence tells of an exchange of prisoners (not "in
    /// exchange for", "an exchange of fire", "Informationsaustausch").</summary>
    internal static bool TellsOfExchange(IReadOnlyList<Token> toks)
    {
        bool exchange = false, prisoners = false;
        for (var k = 0; k < toks.Count; k++)
        {
            var w = toks[k].Lower;
            if (w.StartsWith("gefangenenaustausch", StringComparison.Ordinal) || w is "pows" or "kriegsgefangene" or "kriegsgefangenen") return true;
            if (w is "exchange" or "swap" or "austausch" or "exchanges" or "swaps" && !(k > 0 && toks[k - 1].Lower is "in")
                && !(k + 2 < toks.Count && toks[k + 1].Lower is "of" && toks[k + 2].Lower is "fire" or "blows" or "views" or "information"))
                exchange = true;
            if (w is "prisoner" or "prisoners" or "gefangene" or "gefangenen" or "captives" or "pow") prisoners = true;
        }
        return exchange && prisoners;
    }

    /// <summary>"came home", "were back in Ukraine", "sind heimgekehrt": those counted came (back) home.</summary>
    internal static bool CameHome(IReadOnlyList<Token> toks, int start)
    {
        for (var k = start; k < toks.Count && k < start + 8; k++)
        {
            var t = toks[k];
            if (t.IsNumber || t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(',')) return false;
            if (t.Lower is "heimgekehrt" or "heimkehrten" or "heimkehren") return true;
            if (t.Lower is "home" && k > start && toks[k - 1].Lower is "came" or "come" or "coming" or "returned" or "are" or "were" or "back" or "brought")
                return true;
            // ("were back in Ukraine", not "back on the front line")
            if (t.Lower is "back" && k > start && toks[k - 1].Lower is "are" or "were" or "came" or "come" && k + 1 < toks.Count
                && (toks[k + 1].Lower is "home" || toks[k + 1].Lower is "in" && k + 2 < toks.Count && toks[k + 2].IsCapitalized))
                return true;
        }
        return false;
    }

    private static bool IsCountryNoun(Token t) => t.Lower is "countries" or "nations" or "states" or "ländern" or "staaten" or "nationen";

    private static readonly WordSet CallUpVerbs =
    [
        "mobilisieren", "mobilisiert", "mobilisierte", "mobilisierten", "einberufen", "eingezogen", "einzuziehen", "rekrutiert",
        // ("rund 50.000 Häftlinge angeworben")
        "angeworben",
        "mobilize", "mobilise", "mobilized", "mobilised", "drafted", "conscripted", "recruited", "enlisted",
    ];

    /// <summary>"Menschen mobilisieren", "Männer … einen Vertrag mit den Streitkräften unterschrieben", "men signed contracts".</summary>
    internal static bool RecruitedAfter(IReadOnlyList<Token> toks, int start)
    {
        var contract = false;
        for (var k = start; k < toks.Count && k < start + 10; k++)
        {
            var t = toks[k];
            // "156,000 people, including volunteers, had signed contracts": past a parenthetical
            if (t.IsPunct(',') && k + 1 < toks.Count && toks[k + 1].Lower is "including" or "darunter" or "among")
            {
                while (k + 1 < toks.Count && !toks[k + 1].IsPunct(',') && !toks[k + 1].IsPunct('.')) k++;
                k++;
                continue;
            }
            if (t.IsNumber || t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(',')) break;
            if (CallUpVerbs.Contains(t)) return true;
            // "427,000 people had joined the Russian army on contract"
            if (t.Lower is "joined" or "join" && JoinsForce(toks, k + 1)) return true;
            if (t.Lower is "called" or "call" && k + 1 < toks.Count && toks[k + 1].Lower is "up") return true;
            if (t.Lower is "vertrag" or "verträge" or "contract" or "contracts") contract = true;
            if (t.Lower is "unterschrieben" or "unterzeichnet" or "signed" && (contract || k + 2 < toks.Count
                    && toks[k + 1].Lower is "contracts" or "contract" or "up" || k + 2 < toks.Count && toks[k + 2].Lower is "contracts" or "contract"))
                return true;
        }
        return false;
    }

    private static bool JoinsForce(IReadOnlyList<Token> toks, int start)
    {
        for (var k = start; k < toks.Count && k < start + 3; k++)
        {
            if (IsForce(toks, k) || toks[k].Lower is "ranks") return true;
        }
        return false;
    }

    /// <summary>
    /// People counted who serve or were hurt, by the words right around them: "735 Polizisten entsandt", "400 Kenyan police
    /// officers arrived" (police sent on a mission serve as a force); "traten 20.300 Männer und Frauen ihren Dienst an", "auf
    /// 260.000 Männer und Frauen wachsen" (an army's men and women); "treated 12 people, most of them for light injuries".
    /// </summary>
    private static string? PeopleServingOrTreated(IReadOnlyList<Token> toks, FigureMention f, int noun)
    {
        var police = toks[noun].Lower is "polizisten" or "officers" or "policemen" or "polizeikräfte";
        var menAndWomen = toks[noun].Lower is "männer" && noun + 2 < toks.Count && toks[noun + 1].Lower is "und" && toks[noun + 2].Lower is "frauen";
        var treatedBefore = f.First > 0 && toks[f.First - 1].Lower is "treated" or "versorgte" or "behandelte";
        // (a short window: a deployment or a service named far off in the sentence is another clause's)
        var deployed = false;
        var serving = false;
        var treated = treatedBefore;
        var hurt = false;
        for (var k = Math.Max(0, f.First - 4); k < toks.Count && k <= noun + 8; k++)
        {
            var w = toks[k].Lower;
            deployed |= w is "entsandt" or "entsenden" or "entsendet" or "arrived" or "mission";
            serving |= w is "dienst" or "wehrdienst" or "wachsen" or "anwachsen" or "truppe" or "streitkräfte";
            treated |= w is "versorgt" or "behandelt" or "treated";
            hurt |= w is "injuries" or "injured" or "wounds" or "verletzungen" or "verletzt" or "burns" or "verbrennungen" || IsHospital(w);
        }
        if (police && deployed) return Units.Soldiers;
        if (menAndWomen && serving) return Units.Soldiers;
        // ("mit Lebensmitteln versorgt", "were treated well": without an injury named, care is no wound)
        return treated && hurt ? Units.Wounded : null;
    }

    /// <summary>"nordkoreanischer Spezialkräfte", "of the special forces", "der Nationalgarde": the force whose members are counted.</summary>
    private static int? MembersOfForce(IReadOnlyList<Token> toks, int start)
    {
        for (var k = start; k < toks.Count && k < start + 4; k++)
        {
            if (!toks[k].IsWord) return null;
            if (Units.NounUnit(toks[k]) == Units.Soldiers || toks[k].Lower.EndsWith("garde", StringComparison.Ordinal)
                || toks[k].Lower is "forces" or "guards" || IsForce(toks, k)) return k;
            // ("members of the Revolutionary Guards": a force's name of several words)
            if (toks[k].IsCapitalized && k > start && !(k + 1 < toks.Count && toks[k + 1].IsWord && toks[k + 1].IsCapitalized)) return null;
        }
        return null;
    }

    private static bool ArrivedAfter(IReadOnlyList<Token> toks, int start)
    {
        // "115.000 Syrer … in ihre Heimat zurückgekehrt", "a million people could return": people (not prisoners) going home
        if (!toks.Any(t => t.Lower is "gefangenschaft" or "captivity" or "austausch" or "exchange" or "swap" or "gefangenenaustausch"))
        {
            for (var k = start; k < toks.Count && k < start + 10; k++)
            {
                if (toks[k].IsPunct('.') || toks[k].IsPunct(';')) break;
                if (toks[k].Lower is "zurückgekehrt" or "zurückkehren" or "heimgekehrt" or "returned" or "return" or "returning") return true;
            }
        }
        var from = false;
        for (var k = start; k < toks.Count && k < start + 10; k++)
        {
            var t = toks[k];
            if (t.IsNumber || t.IsPunct('.') || t.IsPunct(';') || t.IsPunct(',')) break;
            if (t.Lower is "aus" or "from") from = true;
            if (from && t.Lower is "angekommen" or "eingetroffen" or "arrived" or "gelangt" or "reached") return true;
        }
        return false;
    }

    /// <summary>What may stand between "of"/"der" and the noun of a partitive: "of the roughly 20,000", "der insgesamt 5000".</summary>
    private static readonly WordSet PartitiveFillers =
    [
        "the", "its", "their", "his", "her", "roughly", "about", "around", "some", "nearly", "almost", "estimated", "an", "approximately",
        "rund", "etwa", "knapp", "fast", "insgesamt", "gut", "circa", "ca",
    ];

    /// <summary>"ihr Leben verloren", "lost their lives", "lost his life": the verb of losing with "life" as its object.</summary>
    private static bool LivesLost(IReadOnlyList<Token> toks, int k) =>
        k > 0 && toks[k - 1].Lower is "leben"
        || k + 2 < toks.Count && toks[k + 1].Lower is "their" or "his" or "her" && toks[k + 2].Lower is "lives" or "life";

    /// <summary>"ihr Zuhause verloren", "ihre Häuser verloren", "lost their homes".</summary>
    private static bool HomesLost(IReadOnlyList<Token> toks, int k) =>
        k > 0 && toks[k - 1].Lower is "zuhause" or "heim" or "häuser" or "wohnungen" or "obdach" or "unterkunft"
        || k + 2 < toks.Count && toks[k + 1].Lower is "their" or "his" or "her" && toks[k + 2].Lower is "homes" or "home" or "houses";

    /// <summary>"several hundred killed and wounded", "Tote oder Verletzte": both together are casualties.</summary>
    private static string BothHappened(IReadOnlyList<Token> toks, int k, string unit) =>
        unit is Units.Killed or Units.Wounded && k + 2 < toks.Count && toks[k + 1].Lower is "and" or "or" or "und" or "oder"
        && (Units.ParticipleUnit(toks[k + 2]) ?? Units.NounUnit(toks[k + 2])) is Units.Killed or Units.Wounded
        && (Units.ParticipleUnit(toks[k + 2]) ?? Units.NounUnit(toks[k + 2])) != unit
            ? Units.Casualties
            : unit;

    /// <summary>"die Festnahme der zwei Soldaten", "the deaths of 100 soldiers": a noun of what happened governs the count.</summary>
    internal static string? EventBefore(IReadOnlyList<Token> toks, FigureMention f)
    {
        var k = f.First - 1;
        // "in exchange for 150 Russian servicemen", "im Austausch gegen 150 russische Soldaten"
        if (k > 0 && toks[k].Lower is "for" or "gegen" && toks[k - 1].Lower is "exchange" or "austausch") return Units.Captured;
        // "has brought home 185 soldiers", "brought back 90 prisoners": prisoners returned in an exchange
        if (k > 0 && toks[k].Lower is "home" or "back" && toks[k - 1].Lower is "brought" or "bring" or "bringing" or "brings") return Units.Captured;
        while (k >= 0 && toks[k].Lower is "der" or "von" or "of" or "the" or "die" or "den") k--;
        if (k < 0 || k == f.First - 1) return null;
        return toks[k].Lower switch
        {
            "festnahme" or "gefangennahme" or "capture" or "gefangenschaft" => Units.Captured,
            // "die Freilassung von 390 Ukrainern", "the release of 390 soldiers": prisoners set free in an exchange
            "freilassung" or "rückkehr" or "release" or "return" or "austausch" or "exchange" or "übergabe" or "repatriation" => Units.Captured,
            "tod" or "tötung" or "deaths" or "death" or "killing" or "bodies" or "leichen" or "remains" or "lives" => Units.Killed,
            "verwundung" => Units.Wounded,
            // "die Einberufung von bis zu einer Million Männern", "the call-up of 300,000 reservists"
            "einberufung" or "mobilisierung" or "mobilmachung" or "rekrutierung" or "call-up" or "conscription" or "mobilisation"
                or "mobilization" or "recruitment" => Units.Soldiers,
            _ => null,
        };
    }

    private static bool IsArmyWord(Token t) => t.Lower is "streitkräften" or "streitkräfte" or "armee" or "army" or "military" or "militär"
        or "forces" or "truppen" or "sicherheitsbehörden";

    /// <summary>
    /// "In der Hauptstadt starben … mindestens zwei Menschen", "verlor … 1200 Soldaten", "flohen … 36.000 Menschen", "dienten
    /// … 900.000 Menschen": a verb before the count that says what befell or became of them.
    /// </summary>
    private static string? DiedBefore(IReadOnlyList<Token> toks, FigureMention f)
    {
        for (var k = f.First - 1; k >= 0 && k >= f.First - 8; k--)
        {
            if (toks[k].Kind == TokenKind.Punct) return null;
            if (toks[k].Lower is "starben" or "starb") return Units.Killed;
            // "flohen seit Sonntag mehr als 36.000 Menschen": people (not troops) who fled
            if (toks[k].Lower is "flohen" or "floh" or "flüchteten" or "fled" && Units.NounUnit(toks[Math.Min(f.NumberEnd, toks.Count - 1)]) is Units.People or "civilians")
                return "refugees";
            // "In den Streitkräften dienten rund 900.000 Menschen": people serving in an army are soldiers (not "die Klinik
            // dient 5000 Menschen")
            if (toks[k].Lower is "dienten" or "dienen" or "dient" or "diente" or "serve" or "serves" or "served" or "serving"
                && Units.NounUnit(toks[Math.Min(f.NumberEnd, toks.Count - 1)]) is Units.People && toks.Any(IsArmyWord))
                return Units.Soldiers;
            // "verlor Russland binnen 24 Stunden 1200 Soldaten": what an army lost is its casualties
            if (toks[k].Lower is "verlor" or "verloren" or "lost") return Units.Casualties;
        }
        return null;
    }

    /// <summary>"bezifferte die russischen Verluste auf 1100 Soldaten", "put Russian losses at 1,100 troops": losses counted in soldiers.</summary>
    internal static string? LossesPutAt(IReadOnlyList<Token> toks, FigureMention f)
    {
        // ("gibt die Verluste mit mehr als 29.000 Mann an": "mit" as German puts it)
        if (f.First == 0 || toks[f.First - 1].Lower is not ("auf" or "at" or "to" or "mit")) return null;
        var inDashes = false;
        for (var k = f.First - 2; k >= 0 && k >= f.First - 14; k--)
        {
            // ("die russischen Verluste seit Kriegsbeginn - Tote und Verwundete zusammen - auf rund 410.000": past an aside in dashes)
            if (toks[k].IsPunct('-') || toks[k].IsPunct('–'))
            {
                inDashes = !inDashes;
                continue;
            }
            if (inDashes) continue;
            if (toks[k].Kind == TokenKind.Punct) return null;
            if (toks[k].Lower is "verluste" or "losses" or "verlusten") return Units.Casualties;
            // "had put the toll at 16", "die Opferzahl auf 18": a toll counts the dead
            if (toks[k].Lower is "toll" or "opferzahl" or "todeszahl" or "totenzahl" || toks[k].Lower.EndsWith("-toll", StringComparison.Ordinal))
                return Units.Killed;
        }
        return null;
    }

    /// <summary>"der andere sei 26", "he is 20": a bare number right after a copula is an age or a rank, not a count.</summary>
    internal static bool IsPredicate(IReadOnlyList<Token> toks, FigureMention f) =>
        f.First > 0 && f.Precision == Precisions.Exact && f.NumberEnd - f.First == 1
        && toks[f.First - 1].Lower is "sei" or "ist" or "war" or "is" or "was" or "aged" or "alt" or "age";

    /// <summary>"die Zahl der entsandten Soldaten … auf rund 12.000", "the number of troops … to 12,000".</summary>
    internal static string? CountedBefore(IReadOnlyList<Token> toks, FigureMention f, string language)
    {
        // "…, die der Verletzten auf 92.401", "…, that of the wounded at 13,000": an elliptic second "Zahl der …" after a comma
        if (f.First > 3 && toks[f.First - 1].Lower is "auf" or "at" or "to")
        {
            var c = f.First - 2;
            while (c > 0 && !toks[c].IsPunct(',') && c > f.First - 6) c--;
            if (toks[c].IsPunct(',') && c + 3 < f.First && toks[c + 1].Lower is "die" or "that" or "those"
                && toks[c + 2].Lower is "der" or "of")
            {
                var n = toks[c + 3].Lower == "the" ? c + 4 : c + 3;
                if (n < f.First && Units.NounUnit(toks[n]) is { } elided) return elided;
            }
            // "…, die Zahl der Verletzten auf 3870", "…, the number of wounded at 3,870": the second count names its noun
            if (toks[c].IsPunct(',') && c + 4 < f.First && toks[c + 1].Lower is "die" or "the" && toks[c + 2].Lower is "zahl" or "anzahl" or "number"
                && toks[c + 3].Lower is "der" or "of")
            {
                var n = toks[c + 4].Lower == "the" ? c + 5 : c + 4;
                if (n < f.First && Units.NounUnit(toks[n]) is { } named) return named;
            }
        }
        for (var k = 0; k < f.First; k++)
        {
            if (toks[k].Lower is not ("zahl" or "anzahl" or "number" or "toll" or "count" or "gesamtzahl" or "estimate" or "schätzung"
                or "tally" or "figure")) continue;
            // "the death toll from Iranian missile strikes rose to 24": a toll counts the dead, whatever killed them
            if (toks[k].Lower is "toll" && (k == 0 || toks[k - 1].Lower is not ("injury" or "casualty"))) return Units.Killed;
            string? happened = null;
            for (var j = k + 1; j < f.First && j <= k + 7; j++)
            {
                // "die Zahl der getöteten Soldaten": the participle before the noun says what happened to them
                if (Units.AdjectiveUnit(toks[j]) is { } adj && !toks[j].IsCapitalized)
                {
                    happened = happened is null || happened == adj ? adj : Units.Casualties;
                    continue;
                }
                // "die Zahl der getöteten Russen": after the participle, a noun no unit names still takes what happened to it
                if (happened is not null && toks[j].IsCapitalized && Units.NounUnit(toks[j]) is null && Units.AdjectiveUnit(toks[j]) is null)
                    return happened;
                // "die Zahl der Verdachtsfälle … in der Truppe": the noun right after the article is what is counted, here nothing
                // of ours
                // ("die Zahl der Russen, die … getötet wurden": a relative clause may still say what befell them)
                if (j == k + 2 && toks[k + 1].Lower is "der" or "des" && toks[j].IsCapitalized && Units.NounUnit(toks[j]) is null
                    && Units.AdjectiveUnit(toks[j]) is null && !(j + 1 < toks.Count && toks[j + 1].IsPunct(',')))
                    return null;
                if (Units.NounUnit(toks[j]) is { } u)
                {
                    // "the number of U.S. rocket launchers": a two-word noun whose first word counts something else
                    if (j + 1 < f.First && Units.PhraseUnit(toks[j], toks[j + 1]) is { } longer) u = longer;
                    // "the number of people killed … has risen to 14": the participle after the noun says it too
                    if (happened is null && (Units.IsServing(u) || u is Units.People or "civilians" or "fighters") && j + 1 < f.First
                        && Units.ParticipleUnit(toks[j + 1]) is { } after and not Units.Casualties) happened = after;
                    return (Units.IsServing(u) || u is Units.People or "civilians" or "fighters") && happened is not null ? happened : u;
                }
            }
        }
        // "bezifferte die Verluste auf mehr als 200", "put North Korean losses at 1,000": the noun put at the figure
        if (f.First > 1 && toks[f.First - 1].Lower is "auf" or "at")
        {
            var n = f.First - 2;
            while (n > 0 && toks[n].Lower is "heute" or "gestern" or "nun" or "jetzt" or "zuletzt" or "inzwischen" or "now" or "today") n--;
            // the verb may stand far back when a second figure follows the first ("bezifferte die Zahl der Toten auf …, die der Verletzten auf …")
            var estimated = Enumerable.Range(0, n)
                .Any(k => toks[k].Lower is "bezifferte" or "beziffert" or "bezifferten" or "beziffern" or "schätzte" or "schätzt"
                    or "schätzen" or "put" or "puts" or "putting" or "estimated" or "estimates" or "korrigierte" or "setzte");
            if (estimated && Units.NounUnit(toks[n]) is { } put) return put;
        }
        // "The North Korean casualties have surpassed three thousand": the counted noun is the subject of the verb
        for (var k = f.First - 1; k >= 0 && k >= f.First - 5; k--)
        {
            // the noun must be followed by a verb: "Raketen auf sieben Regionen" is no subject
            if (Units.NounUnit(toks[k]) is { } u && toks[k].Lower is not "men" && k + 1 < f.First && CountVerbs.Contains(toks[k + 1]))
                return u;
            if (!toks[k].IsWord || !CountVerbs.Contains(toks[k]) && !CountParticles.Contains(toks[k])) break;
        }
        return StrengthOfForce(toks, f, language) ? Units.Soldiers : null;
    }

    /// <summary>"Ukraine's armed forces now number 880,000", "die Armee umfasst inzwischen rund 150.000": a force's strength.</summary>
    internal static bool StrengthOfForce(IReadOnlyList<Token> toks, FigureMention f, string language)
    {
        // ("The army has 120 helicopters", "hat 40 Ortschaften befreit": a figure with a noun of its own counts that)
        if (!IsBare(toks, f, language)) return false;
        var verb = false;
        for (var k = f.First - 1; k >= 0 && k >= f.First - 5; k--)
        {
            if (IsForce(toks, k)) return verb;
            if (!toks[k].IsWord) return false;
            if (CountVerbs.Contains(toks[k]) || StrengthVerbs.Contains(toks[k])) verb = true;
            else if (!CountParticles.Contains(toks[k])) return false;
        }
        return false;
    }

    /// <summary>"the number of people killed", "die Zahl der Todesopfer", "the death toll": a count of people, not of soldiers.</summary>
    internal static bool PeopleCountedBefore(IReadOnlyList<Token> toks, FigureMention f)
    {
        for (var k = 0; k + 1 < f.First; k++)
        {
            if (toks[k].Lower is "toll" or "opferzahl" or "todeszahl" or "totenzahl") return !SoldiersNamed(toks, f.First);
            if (toks[k].Lower is not ("zahl" or "anzahl" or "number")) continue;
            for (var j = k + 1; j < f.First && j <= k + 3; j++)
            {
                if (toks[j].Lower is "todesopfer" or "toten" or "opfer" or "dead" or "victims" || Units.NounUnit(toks[j]) is Units.People or "civilians")
                    return true;
            }
        }
        return false;
    }

    /// <summary>Soldiers or fighters named before <paramref name="end"/>: a toll of them is no toll of people.</summary>
    private static bool SoldiersNamed(IReadOnlyList<Token> toks, int end)
    {
        for (var k = 0; k < end; k++)
        {
            if (Units.NounUnit(toks[k]) is Units.Soldiers or "fighters") return true;
        }
        return false;
    }

    /// <summary>"army", "die Streitkräfte", "the armed forces": a whole force, whose strength a bare figure gives.</summary>
    internal static bool IsForce(IReadOnlyList<Token> toks, int k) =>
        toks[k].Lower is "army" or "armee" or "streitkräfte" or "military" or "militär" or "bundeswehr" or "heer" or "heeres"
            or "brigade" or "brigaden" or "bataillon" or "bataillons" or "battalion" or "division" or "regiment" or "regiments"
            or "kontingent" or "kontingents" or "contingent" or "truppe" or "marine" or "navy" or "luftwaffe" or "corps" or "korps"
        || toks[k].Lower is "forces" && k > 0 && toks[k - 1].Lower is "armed";

    /// <summary>Verbs that give a force's size: "number", "grown to", "umfasst", "zählt".</summary>
    private static readonly WordSet StrengthVerbs =
    [
        "number", "numbers", "grown", "grew", "grow", "swelled", "swollen", "shrunk", "shrank", "umfasst", "umfassen", "umfasste",
        "zählt", "zählen", "zählte", "gewachsen", "angewachsen", "wuchs", "geschrumpft",
    ];

    private static readonly WordSet CountParticles =
        [ "at", "to", "now", "auf", "bei", "nun", "already", "bereits", "likely", "probably", "wohl", "inzwischen", "mittlerweile", "derzeit", "currently", "aktuell" ];

    private static readonly WordSet CountVerbs =
    [
        "have", "has", "had", "surpassed", "exceeded", "topped", "reached", "rose", "risen", "stood", "stands",
        "is", "are", "was", "were", "totalled", "totaled", "numbered", "haben", "hat", "hätten", "habe", "überschritten",
        "erreicht", "liegt", "lag", "liege", "gestiegen", "stieg", "steige", "sei", "seien", "ist", "sind",
    ];

    /// <summary>A number with no noun of its own ("Zuvor war von 1500 die Rede", "Tausende weitere"): it counts what the sentence before counted.</summary>
    internal static bool IsBare(IReadOnlyList<Token> toks, FigureMention f, string language)
    {
        if (f.Precision == Precisions.Exact && f.Value is >= 1900 and <= 2100) return false;
        var next = f.NumberEnd < toks.Count ? toks[f.NumberEnd] : null;
        if (next is null || next.Kind == TokenKind.Punct) return true;
        // "in vier besetzten Gebieten": an adjective and a noun of its own after the number count that noun
        // ("auf elf militärische Stellungen"; not "drei mutmaßliche Drogenschmuggler ums Leben gekommen", which the verb counts)
        if (language == "de" && !next.IsCapitalized && next.IsWord
            && (next.Lower.EndsWith('n') || Words.IsInflectedAdjective(next.Lower) && !ParticipleWithin(toks, f.NumberEnd + 2, 6))
            && f.NumberEnd + 1 < toks.Count
            && toks[f.NumberEnd + 1].IsCapitalized && Units.NounUnit(toks[f.NumberEnd + 1]) is null && !Units.IsParticiple(next))
            return false;
        if (language == "de") return !next.IsCapitalized;
        // "8,000 of them", "10,000 already in Kursk": the count leans on the noun counted before
        return next.Lower is "the" or "a" or "had" or "have" or "has" or "were" or "was" or "more" or "in" or "to" or "by" or "since" or "and"
            or "already" or "now" or "still" or "others" or "other"
            // "Between 11,000 and 12,000 remain in the region": a verb right after the number
            or "remain" or "remained" or "remains" or "are" or "is" or "died" or "arrived" or "returned" or "stayed" or "fought"
            or "will" or "would" or "could" or "may" or "might"
            // "out of roughly 10,000 sent to Russia": a participle of sending after the number (not "3,000 deployed troops")
            || next.Lower is "sent" or "deployed" or "dispatched" or "stationed" && !(f.NumberEnd + 1 < toks.Count && Units.NounUnit(toks[f.NumberEnd + 1]) is not null)
            // "84 cruise missiles, 43 of which were destroyed"
            || next.Is("of") && f.NumberEnd + 1 < toks.Count && toks[f.NumberEnd + 1].Lower is "them" or "those" or "these" or "which" or "whom";
    }

    /// <summary>"were taken to hospital", "rushed to the hospital", "ins Krankenhaus gebracht", "in Kliniken eingeliefert": hurt, said by
    /// where they went (not "a strike on the hospital", nor patients moved between hospitals).</summary>
    private static bool TakenToHospital(IReadOnlyList<Token> toks, int k)
    {
        var t = toks[k];
        if (t.Lower is "hospital" or "hospitals")
        {
            var to = k >= 1 && toks[k - 1].Lower is "the" or "a" ? k - 2 : k - 1;
            return to >= 1 && toks[to].Is("to") && toks[to - 1].Lower is "taken" or "brought" or "admitted" or "rushed";
        }
        return IsHospital(t.Lower) && k >= 1 && toks[k - 1].Lower is "ins" or "in"
               && k + 1 < toks.Count && toks[k + 1].Lower is "gebracht" or "eingeliefert";
    }

    private static bool IsHospital(string lower) =>
        lower is "hospital" or "hospitals" or "krankenhaus" or "krankenhäuser" or "krankenhäusern" or "kliniken" or "klinik";

    /// <summary>"78 Menschen hätten medizinische Hilfe benötigt", "needed medical treatment": hurt, said by the care they needed
    /// (past forms only: "1.1 million people need medical care" tells of needs, not of a toll).</summary>
    private static bool NeededCare(IReadOnlyList<Token> toks, int k)
    {
        if (k < 1 || toks[k - 1].Lower is not ("medizinische" or "ärztliche" or "medical")) return false;
        if (toks[k].Lower is "treatment" or "care" or "help" or "assistance" or "attention")
            return k >= 2 && toks[k - 2].Lower is "needed" or "required" or "received" or "sought";
        return toks[k].Lower is "hilfe" or "behandlung" or "versorgung" && k + 1 < toks.Count
               && toks[k + 1].Lower is "benötigt" or "benötigten" or "erhalten";
    }

}
