using System.Globalization;
using NewsClaims.Extraction.Attribution;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Dates;

/// <summary>Which dates in a sentence say when something was said, and which say when it happened.</summary>
internal static class StatementDates
{
    /// <summary>
    /// Where the sentence points back to a time already told ("at the time", "that day", "damals", "seinerzeit", "an jenem
    /// Tag"), or -1.
    /// </summary>
    internal static int TimeAnaphor(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            // (not a comparison: "doppelt so viele wie damals befürchtet")
            if (toks[i].Lower is "damals" or "seinerzeit" && !(i > 0 && toks[i - 1].Lower is "wie" or "als")) return i;
            if (i + 1 >= toks.Count) break;
            // "nach damaligen Angaben des Ministeriums": figures given at the time
            if (toks[i].Lower is "damaligen" or "damalige" or "damaliger" && toks[i + 1].Lower is "angaben" or "schätzungen" or "zahlen" or "schätzung")
                return i;
            // "said that day" (not "later that day", nor "said that time was running out")
            if (toks[i].Lower is "that" && (toks[i + 1].Lower is "day" || toks[i + 1].Lower is "time" && i > 0 && toks[i - 1].Lower is "at")
                && !(i > 0 && toks[i - 1].Lower is "since" or "until" or "later" or "earlier")) return i;
            if (toks[i].Lower is "jenem" or "diesem" && toks[i + 1].Lower is "tag" && i > 0 && toks[i - 1].Lower is "an") return i;
            // (not "at the time of the invasion", "at the time when")
            if (i + 2 < toks.Count && toks[i].Lower is "at" && toks[i + 1].Lower is "the" && toks[i + 2].Lower is "time"
                && !(i + 3 < toks.Count && toks[i + 3].Lower is "of" or "when")) return i;
        }
        return -1;
    }

    /// <summary>
    /// "Im Jahr 2015 hatte die Armee nach damaligen Angaben …", "In 2019, the army had …, the ministry said at the time": a year
    /// opening the sentence is when what the sentence points back to was said. Years elsewhere ("founded in 2019", "in 2000
    /// Fällen") are not.
    /// </summary>
    internal static DateMention? YearBefore(IReadOnlyList<Token> toks, int before, DateOnly published)
    {
        var k = toks.Count > 2 && toks[0].Lower is "im" && toks[1].Lower is "jahr" ? 2 : toks.Count > 1 && toks[0].Lower is "in" ? 1 : -1;
        if (k < 0 || k >= before || DateWords.YearOf(toks[k]) is not { } year || year > published.Year)
            return null;
        // ("In 2000 Fällen": a count of something, not a year)
        if (k + 1 < toks.Count && toks[k + 1].IsWord && (toks[k + 1].IsCapitalized || Figures.Units.NounUnit(toks[k + 1]) is not null)) return null;
        return new DateMention(0, k, new DateOnly(year, 1, 1), "year", DateRole.Stated);
    }

    private static readonly WordSet DayParts =
    [
        "morning", "afternoon", "evening", "midday", "noon", "nightfall", "abend", "morgen", "nachmittag", "vormittag", "mittag",
        "abends", "nachmittags", "vormittags",
    ];

    /// <summary>
    /// "By late morning", "by early afternoon", or a sentence opening "Am Abend", "Gegen Mittag": a time of day that carries the
    /// story of a day on. (Not "erklärte die Luftwaffe am Morgen", nor a sentence opening "Am Morgen": in the next day's paper
    /// the morning is as often the paper's own.)
    /// </summary>
    internal static bool TimeOfDay(IReadOnlyList<Token> toks)
    {
        for (var i = 1; i < toks.Count; i++)
        {
            if (!DayParts.Contains(toks[i])) continue;
            var k = i - 1;
            if (toks[k].Lower is "late" or "early" && k > 0) k--;
            if (toks[k].Lower is "by" || k == 0 && toks[k].Lower is "am" or "gegen" && toks[i].Lower is not ("morgen" or "vormittag"))
                return !StillToCome(toks);
        }
        return false;
    }

    /// <summary>"power would be restored by evening", "soll bis zum Abend": a time still to come.</summary>
    private static bool StillToCome(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (t.Lower is "would" or "will" or "should" or "soll" or "sollen" or "werde" or "werden") return true;
        }
        return false;
    }

    /// <summary>
    /// "said in an interview published last month that …", "erklärte in einem Interview im Oktober, dass …": a time
    /// between the verb of saying and the reported clause is when it was said.
    /// </summary>
    internal static bool BeforeReportedClause(IReadOnlyList<Token> toks, int verb, DateMention d)
    {
        if (d.First <= verb || d.First - verb > 8 || d.Last + 1 >= toks.Count) return false;
        for (var k = verb + 1; k < d.First; k++)
        {
            if (toks[k].Kind == TokenKind.Punct || toks[k].IsNumber || toks[k].Lower is "that" or "dass") return false;
        }
        var after = toks[d.Last + 1];
        return after.Lower is "that" or "dass" || after.IsPunct(',') && d.Last + 2 < toks.Count && toks[d.Last + 2].Lower is "dass" or "that";
    }

    /// <summary>"SEOUL, Dec 20 — …": the dateline is when the copy was filed, not when anyone said anything.</summary>
    internal static bool IsDateline(IReadOnlyList<Token> toks, DateMention d) =>
        d.Last + 1 < toks.Count && toks[d.Last + 1].Text is "—" or "–" or "-" && d.First <= 4;

    /// <summary>
    /// "in the Sept. 22 attack", "bei dem Angriff vom 22. September", "the war, which began in April 2023": a date that
    /// names an event or when something began is when it happened, not when anyone spoke.
    /// </summary>
    internal static bool DatesAnEvent(IReadOnlyList<Token> toks, DateMention d)
    {
        if (d.Last + 1 < toks.Count && Actors.ActorGrammar.IsAttackNoun(toks[d.Last + 1])) return true;
        for (var k = d.First - 1; k >= 0 && k >= d.First - 3; k--)
        {
            var w = toks[k].Lower;
            if (w is "began" or "begann" or "started" or "startete" or "erupted" or "ausbrach" or "ausgebrochen" or "begonnen" or "begun"
                or "launched" or "seized") return true;
            // "bei dem Angriff vom 22. September", "the attack of Sept. 22"
            if (w is "vom" or "of" && k > 0 && Actors.ActorGrammar.IsAttackNoun(toks[k - 1])) return true;
            if (toks[k].Kind == TokenKind.Punct) break;
        }
        return false;
    }

    /// <summary>
    /// "Shortly after the strike, the mayor said", "within hours of the blasts", "kurz nach dem Einschlag", "said that day":
    /// a statement dated by the event the article told of, not by a day of its own.
    /// </summary>
    internal static bool RelativeToEvent(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i + 1 < toks.Count; i++)
        {
            var w = toks[i].Lower;
            // "that day", "that evening" (but not "later that day", a day counted from the last statement)
            if (w is "that" && toks[i + 1].Lower is "day" or "evening" or "night" or "morning" or "afternoon"
                && !(i > 0 && toks[i - 1].Lower is "later" or "earlier")) return true;
            var after = w is "after" or "nach" && i > 0 && toks[i - 1].Lower is "shortly" or "soon" or "immediately" or "just" or "right"
                            or "kurz" or "unmittelbar" or "direkt" or "gleich"
                        || w is "of" && i > 1 && toks[i - 1].Lower is "hours" && toks[i - 2].Lower is "within";
            if (!after) continue;
            var n = i + 1;
            if (n < toks.Count && toks[n].Lower is "the" or "dem" or "der" or "den") n++;
            if (n < toks.Count && (Actors.ActorGrammar.IsAttackNoun(toks[n]) || toks[n].Lower is "blast" or "blasts" or "explosion" or "explosions"
                    or "einschlag" or "anschlag" or "impact")) return true;
        }
        return false;
    }

    /// <summary>Verbs of saying in the present tense, unambiguous as such ("says", not "put"; "schätzt", not "erklärt").</summary>
    private static readonly WordSet PresentSaying =
    [
        "says", "say", "estimates", "believes", "claims", "counts", "thinks", "reports", "sagt", "sagen", "schätzt", "schätzen",
        "spricht", "sprechen", "zählt", "zählen", "glaubt", "vermutet", "geht", "gehen",
    ];

    private static readonly WordSet NotFinite =
    [
        "to", "zu", "not", "nicht", "would", "could", "will", "can", "cannot", "wollte", "wollten", "konnte", "konnten", "kann",
        "würde", "würden", "should", "might", "may", "did", "does", "do",
    ];

    /// <summary>
    /// "the United States keeps about 2,500 troops in Iraq, the Pentagon says, … under an agreement reached in September":
    /// a source speaking in the present speaks as the article is written, and a date elsewhere in the sentence is when
    /// something happened; a date right at the verb ("says on Monday") is still the statement's.
    /// </summary>
    internal static bool SaidInThePresent(IReadOnlyList<Token> toks, List<int> verbs, DateMention stated)
    {
        if (verbs.Count == 0) return false;
        foreach (var v in verbs)
        {
            // ("declined to say", "would not say": an infinitive has no tense)
            if (!PresentFinite(toks, v)) return false;
            // (only a date after the verb: one fronted before the subject, "On Tuesday, the General Staff says", is its own)
            if (stated.First <= v + 3) return false;
        }
        return true;
    }

    /// <summary>
    /// "About 30,000 troops are stationed there, according to Pentagon figures", "UNIFIL says it has 10,000 troops": a sentence
    /// with a verb in the present and none in the past.
    /// </summary>
    internal static bool PresentOnly(IReadOnlyList<Token> toks)
    {
        var present = false;
        foreach (var t in toks)
        {
            var w = t.Lower;
            if (w is "was" or "were" or "had" or "said" or "told" or "did" or "hatte" or "hatten" or "war" or "waren" or "wurde" or "wurden"
                or "sagte" or "seien" or "sei" or "habe" or "hätten" or "worden" || AttributionFinder.IsSpeechVerb(t) && !PresentSaying.Contains(t)
                && !(w is "according"))
                return false;
            present |= w is "are" or "is" or "has" or "have" or "sind" or "ist" or "hat" or "haben" or "leben" || PresentSaying.Contains(t);
        }
        return present;
    }

    /// <summary>"says", "sagt", "meldet": a verb of saying in the present, finite (not the participle after "hat": "hat … erklärt").</summary>
    internal static bool IsPresentSaying(IReadOnlyList<Token> toks, int v) =>
        PresentFinite(toks, v)
        || toks[v].Lower is "meldet" or "teilt" or "berichtet" or "erklärt" or "schreibt" or "warnt" or "tells" or "writes" or "warns"
           && !toks.Take(v).Any(t => t.Lower is "hat" or "haben" or "habe" or "hatte" or "hatten" or "ist" or "wurde" or "worden");

    private static bool PresentFinite(IReadOnlyList<Token> toks, int v) => PresentSaying.Contains(toks[v]) && !(v > 0 && NotFinite.Contains(toks[v - 1]));

    /// <summary>", on 25 February 2022,", ", am 25. Februar,": a date right after a comma, alone or after "on"/"am".</summary>
    private static bool SetOffByComma(IReadOnlyList<Token> toks, int first) =>
        first > 0 && toks[first - 1].IsPunct(',')
        || first > 1 && toks[first - 1].Lower is "on" or "am" && toks[first - 2].IsPunct(',');

    /// <summary>"between January and March", "zwischen Januar und März": a period when it happened, not when it was said.</summary>
    internal static bool IsPeriodEnd(IReadOnlyList<Token> toks, DateMention d)
    {
        // "zwischen dem 8. und dem 13. Oktober", "between February 24, 2022, and February 15, 2023": a "zwischen"
        // before opens a period; "since Israel resumed strikes on Tuesday": a day inside a since-clause is when it began
        for (var k = d.First - 1; k >= 0 && k >= d.First - 12; k--)
        {
            // ("Two days after the invasion, on 25 February 2022, Kadyrov told …": a date set off after a time counted from
            // an event names that same time)
            if (toks[k].Lower is "after" or "nach" && k > 0 && toks[k - 1].Lower is "days" or "weeks" or "months" or "tage" or "wochen"
                    or "monate" && SetOffByComma(toks, d.First))
                break;
            // ("Before Russia invaded Ukraine in February, about 80,000 troops were stationed": so is one in a before-clause)
            if (toks[k].Lower is "zwischen" or "between" or "since" or "seit" or "seitdem" or "nachdem" or "after" or "bevor"
                // ("shortly before midnight on Tuesday, the army said": a "before" inside a phrase is no clause of its own)
                || toks[k].Lower is "before" && (k == 0 || toks[k - 1].Kind == TokenKind.Punct)) return true;
            // ("… seit Kriegsbeginn: Vorgestern hatte Russland …": a colon opens a clause of its own)
            if (toks[k].IsWord && AttributionFinder.IsSpeechVerb(toks[k]) || toks[k].IsPunct(':')) break;
        }
        var before = d.First > 0 ? toks[d.First - 1].Lower : "";
        var after = d.Last + 1 < toks.Count ? toks[d.Last + 1].Lower : "";
        // "im Januar und Februar", "in January and February": two months joined are a period too
        var nextIsMonth = d.Last + 2 < toks.Count && DateWords.MonthOf(toks[d.Last + 2]) is not null;
        return before is "between" or "zwischen" or "from" or "von" or "and" or "und" or "to" && d.Precision != "day"
            || after is "and" or "und" && (before is "between" or "zwischen" || nextIsMonth && d.Precision != "day");
    }
}
