using System.Globalization;
using NewsClaims.Extraction.Attribution;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Dates;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Stances;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction;

/// <summary>
/// Reads the claims of one sentence: its figures with what they count, who says them (or who said the
/// sentences before), whose people or things are counted, where, and when it was said.
/// </summary>
internal sealed class SentenceReader(Lexicon lexicon, SourceResolver sources)
{
    private static readonly HashSet<string> LocationPrepositions = new(StringComparer.Ordinal)
    {
        "nach", "in", "im", "ins", "into", "to", "inside", "at", "within", "towards", "toward", "zur", "zum",
    };

    private static readonly HashSet<string> UnitBreakers = new(StringComparer.Ordinal)
    {
        "nach", "in", "im", "an", "auf", "aus", "von", "vom", "zu", "zum", "zur", "mit", "für", "bei", "seit", "bis", "und",
        "oder", "die", "der", "das", "den", "dem", "ist", "sind", "war", "waren", "hat", "haben", "wurden", "worden",
        "sein", "seien", "sollen", "soll", "to", "in", "into", "at", "on", "from", "with", "for", "by", "since", "until",
        "and", "or", "the", "a", "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "than",
        "als", "pro", "per", "je", "a", "jahre", "years", "year", "jahren", "tage", "days", "kilometer", "km", "meilen",
        "miles", "prozent", "percent", "%", "euro", "dollar", "won", "rubel", "uhr", "über", "gegen", "durch", "ohne", "unter",
        "um", "via", "across", "per",
    };

    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "mm", "millimeter", "millimetern", "cm", "zentimeter", "km", "kilometer", "kilometern", "kilometres", "kilometers", "miles",
        "meilen", "meter", "metern", "metres", "meters", "minuten", "minutes", "stunden", "hours", "sekunden", "seconds", "tonnen",
        "tons", "tonnes", "kilogramm", "kg",
        // money, shares and spans of time: "800 Dollar", "30 percent", "seit 5 Jahren", "within two days"
        "dollar", "dollars", "euro", "euros", "rubel", "rubles", "roubles", "won", "yuan", "usd", "eur", "prozent", "percent",
        "jahre", "jahren", "jahr", "years", "year", "monate", "monaten", "months", "wochen", "weeks", "tage", "tagen", "days",
    };

    private static readonly HashSet<string> Currency = new(StringComparer.Ordinal) { "$", "€", "£", "¥", "₩" };

    public IEnumerable<ClaimDraft> Read(string text, Sentence sentence, string language, DateOnly published, bool inHeadline, ArticleContext context)
    {
        var toks = sentence.Tokens;
        var mentions = MentionFinder.Find(toks, lexicon);
        var evidence = new Evidence(sentence.Start, sentence.End, sentence.TextOf(text));
        var dates = DateFinder.Find(toks, published);
        // a day ("am Mittwoch", "gestern") says when it was said; a month in the same sentence is usually when it happened
        var said = dates.Where(d => d.Role == DateRole.Stated && !IsDateline(toks, d) && !IsPeriodEnd(toks, d)).ToList();
        if (RelativeDays.Find(toks, out var relativeAt) is { } shift && context.LastStated is { } anchor)
        {
            // "Five days later", "on the same day", "am selben Tag": counted from the last date the article gave
            said.Add(new DateMention(relativeAt, relativeAt, anchor.AddDays(shift), "day", DateRole.Stated));
            said.Sort((a, b) => a.First.CompareTo(b.First));
        }
        var days = said.Where(d => d.Precision == "day").ToList();
        var stated = days.FirstOrDefault() ?? said.FirstOrDefault();
        var statedOn = stated is null
            ? new DatePoint(Iso(published), "day")
            : new DatePoint(Iso(stated.Date), stated.Precision);
        if (stated is null && context.LastStatedPoint is not null && (toks.Any(t => t.Lower is "damals") || AtTheTime(toks)))
        {
            // "An NIS official estimated at the time", "hieß es damals": when the article last said something was said
            statedOn = context.LastStatedPoint!;
            stated = new DateMention(0, 0, DateOnly.ParseExact(statedOn.Date.Length == 7 ? statedOn.Date + "-01" : statedOn.Date, "yyyy-MM-dd",
                CultureInfo.InvariantCulture), statedOn.Precision, DateRole.Stated);
        }
        if (stated is { Precision: "day" }) context.LastStated = stated.Date;
        if (stated is not null) context.LastStatedPoint = statedOn;
        var refers = dates.FirstOrDefault(d => d.Role is DateRole.By or DateRole.Since) is { } r
            ? new ReferredDate(r.Iso, r.Precision, r.Role == DateRole.By ? "by" : "since")
            : null;

        var attributions = AttributionFinder.Find(toks);
        var (source, sourceSpans) = ChooseSource(toks, text, mentions, attributions, context, sentence.Paragraph);
        DatePoint? carriedOn = null; // when the carried source spoke, for the figures it carries
        // "…, analysts said", "Experten zufolge": a sentence with its own speaker, unnamed, does not lean on the one before
        var ownSpeaker = attributions.Any(a => a.Kind == AttributionKind.According || a.Kind == AttributionKind.Speech && !a.Weak
                                               && a.First <= a.Last && SourceResolver.GenericSpeakers.Contains(toks[a.Last].Lower));
        if (source is null && !inHeadline && !ownSpeaker && context.LastSource is { } carried && sentence.Paragraph - context.LastSourceParagraph <= 2)
        {
            source = carried;
            // "Zudem habe Nordkorea … nachgeschickt": reported speech carried on from the sentence before was said then too
            if (stated is null && context.LastSourceStated is { } then && context.LastSourceSentence == context.Sentence)
                carriedOn = then;
        }

        // "nordkoreanische Soldaten", "North Korea's troops": whose people the article counts, for figures that do not say
        if (context.ArticleActor is null && mentions.FirstOrDefault(m => (m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective))
                && (m.Last + 1 < toks.Count && Units.NounUnit(toks[m.Last + 1]) is not null || Units.NounUnit(toks[m.Last]) is not null)
                && !(m.First > 1 && toks[m.First - 2].Lower is "mit" or "with" or "gegen" or "against" or "von" or "from")
                && !(m.First > 0 && toks[m.First - 1].Lower is "mit" or "with" or "gegen" or "against")) is { } owner)
            context.ArticleActor = new NamedRef(owner.KeyOf(MentionKind.CountryAdjective) ?? owner.KeyOf(MentionKind.Country)!,
                text[toks[owner.First].Start..toks[owner.Last].End]);

        var claims = new List<ClaimDraft>();
        var countsOther = false; // an earlier figure of this sentence counted something that is no unit ("zwölf Angriffe")
        foreach (var figure in FigureReader.Read(toks, language))
        {
            if (dates.Any(d => d.First <= figure.Last && figure.First <= d.Last)) continue;
            if (IsNotACount(toks, figure)) continue;
            var (unit, unitTok) = UnitOf(toks, figure, language, dates);
            unit ??= CountedBefore(toks, figure);
            if (unit is null && IsPredicate(toks, figure)) continue;
            // "zwölf Angriffe …, drei davon auf die Hauptstadt": a bare count then leans on that noun, not on the unit before
            if (unit is null && figure.NumberEnd < toks.Count && toks[figure.NumberEnd].IsCapitalized && language == "de") countsOther = true;
            if (unit is null && !countsOther && IsBare(toks, figure, language) && context.LastUnit is not null
                && sentence.Paragraph - context.LastClaimParagraph <= 1)
                // "killed up to 1,200 more": the verb before a bare count says what happened to them
                unit = figure.First > 0 && Units.ParticipleUnit(toks[figure.First - 1]) is { } verb && toks[figure.First - 1].Lower is not ("dead" or "ums")
                    ? verb
                    : context.LastUnit == Units.Soldiers ? HappenedAfter(toks, figure.NumberEnd, dates) ?? Units.Soldiers : context.LastUnit;
            if (unit is not null && source is null)
            {
                // "Pentagon: Rund 10.000 Soldaten …" then "bezifferte sie auf rund 10.000": the unit carries over
                context.LastUnit = unit;
                context.LastClaimParagraph = sentence.Paragraph;
            }
            if (unit is null || source is null) continue;

            var location = LocationOf(toks, mentions, sourceSpans);
            var actor = ActorOf(toks, text, mentions, figure, unitTok, sourceSpans, CountryOf(source)) ?? context.LastActor ?? context.ArticleActor;
            location ??= actor?.Name == context.LastActor?.Name && sentence.Paragraph - context.LastClaimParagraph <= 1 ? context.LastLocation : null;
            var quantityText = text[toks[figure.First].Start..toks[Math.Max(unitTok ?? figure.Last, figure.Last)].End];
            var quantity = new Quantity(figure.Value, figure.Low, figure.High, figure.Precision, quantityText);
            // "said on the same day that … 10,000, while its first estimate, on Oct. 18, had spoken of 12k": each figure
            // takes the last day named before it
            var figureStated = days.Count > 1 && days.LastOrDefault(d => d.First < figure.First) is { } own && own != stated
                ? new DatePoint(Iso(own.Date), own.Precision)
                : statedOn;
            claims.Add(new ClaimDraft(source, actor, StanceNames.Asserts, quantity, unit, location, carriedOn ?? figureStated, stated is not null, refers, evidence)
                { InHeadline = inHeadline });

            context.LastUnit = unit;
            context.LastActor = actor;
            context.LastLocation = location;
            context.LastClaimParagraph = sentence.Paragraph;
        }

        if (claims.Count == 0 && !inHeadline)
        {
            var according = attributions.Any(a => a.Kind == AttributionKind.According) && source is not null && sourceSpans.Count > 0;
            var spoken = source is not null && sourceSpans.Count > 0
                         && attributions.Any(a => a.Kind != AttributionKind.Citing && !a.Weak);
            foreach (var clause in Clauses(toks))
            {
                var cue = StanceCue.Find(clause);
                var stance = cue ?? (spoken && StanceCue.AssertsPresence(clause) ? StanceNames.Asserts : null);
                if (stance is null) continue;
                // the party taking a position is the clause's subject ("Moskau und Pjöngjang bestreiten …"), unless the
                // sentence names its source by "laut"/"zufolge"; who says troops are there is the speaker
                var speakers = according || cue is null ? [source!] : SubjectsOf(clause, text, MentionFinder.Find(clause, lexicon), context);
                if (speakers.Count == 0 && source is not null && sourceSpans.Count > 0) speakers = [source];
                foreach (var speaker in speakers)
                {
                    var actor = ActorOf(toks, text, mentions, null, null, sourceSpans, null) ?? context.LastActor;
                    if (actor?.Name == speaker.Name) actor = context.LastActor;
                    claims.Add(new ClaimDraft(speaker, actor, stance, null, null, LocationOf(toks, mentions, []),
                        speaker.Name == source?.Name ? carriedOn ?? statedOn : statedOn,
                        stated is not null, refers, evidence));
                }
            }
        }

        if (stated is not null && source is not null && sourceSpans.Count > 0)
            context.SourceDates.Add((sentence.Start, source.Name, statedOn));

        // "Das erklärte Generalstaatsanwalt Kostin am Freitag.": the sentence dates what the one before said
        context.Restated = claims.Count == 0 && stated is not null && toks.Count > 2 && toks[0].Lower is "das" or "dies" or "this" or "that"
                           && AttributionFinder.IsSpeechVerb(toks[1])
            ? statedOn
            : null;
        context.Sentence++;
        if (source is not null && sourceSpans.Count > 0)
        {
            context.LastSource = source;
            context.LastSourceParagraph = sentence.Paragraph;
            context.LastSourceStated = stated is not null ? statedOn : null;
            context.LastSourceSentence = context.Sentence;
            context.LastNamed = null;
        }
        else if (!inHeadline && SubjectOf(toks, text, mentions, context) is { } named)
        {
            // "South Korea's intelligence service went first. On Oct. 18 it said …": the subject is who "it" is
            context.LastNamed = named;
            context.LastNamedSentence = context.Sentence;
        }
        else if (claims.Count > 0)
        {
            context.LastSourceParagraph = sentence.Paragraph;
        }
        return claims;
    }

    private static bool AtTheTime(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i + 2 < toks.Count; i++)
        {
            if (toks[i].Is("at") && toks[i + 1].Is("the") && toks[i + 2].Is("time")) return true;
        }
        return false;
    }

    /// <summary>"SEOUL, Dec 20 — …": the dateline is when the copy was filed, not when anyone said anything.</summary>
    private static bool IsDateline(IReadOnlyList<Token> toks, DateMention d) =>
        d.Last + 1 < toks.Count && toks[d.Last + 1].Text is "—" or "–" or "-" && d.First <= 4;

    /// <summary>"between January and March", "zwischen Januar und März": a period when it happened, not when it was said.</summary>
    private static bool IsPeriodEnd(IReadOnlyList<Token> toks, DateMention d)
    {
        // "zwischen dem 8. und dem 13. Oktober": a "zwischen" shortly before opens a period
        for (var k = d.First - 1; k >= 0 && k >= d.First - 6; k--)
        {
            if (toks[k].Lower is "zwischen" or "between") return true;
            if (toks[k].IsWord && AttributionFinder.IsSpeechVerb(toks[k])) break;
        }
        var before = d.First > 0 ? toks[d.First - 1].Lower : "";
        var after = d.Last + 1 < toks.Count ? toks[d.Last + 1].Lower : "";
        // "im Januar und Februar", "in January and February": two months joined are a period too
        var nextIsMonth = d.Last + 2 < toks.Count && DateWords.MonthOf(toks[d.Last + 2].Lower) is not null;
        return before is "between" or "zwischen" or "from" or "von" or "and" or "und" or "to" && d.Precision != "day"
            || after is "and" or "und" && (before is "between" or "zwischen" || nextIsMonth && d.Precision != "day");
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The source of the sentence, and the token spans its words take (so they are not read as actor).</summary>
    private (NamedRef? Source, List<(int First, int Last)> Spans) ChooseSource(IReadOnlyList<Token> toks, string text,
        IReadOnlyList<Mention> mentions, List<Attribution.Attribution> attributions, ArticleContext context, int paragraph)
    {
        var spans = new List<(int, int)>();
        SourceResolver.Resolved? Resolve(Attribution.Attribution a, string? speakerCountry) =>
            sources.Resolve(toks, text, mentions, a.First, a.Last, speakerCountry, context.InstitutionCountries);

        // every named speaker, main or not, is remembered: a later "so Lee" or "the lawmaker" leans on them
        var lawmakerHere = false;
        foreach (var a in attributions)
        {
            if (Resolve(a, null) is not { IsAnaphor: false } any) continue;
            PassedOn.Remember(toks, any, any.Ref, context);
            if (!mentions.Any(m => m.Overlaps(any.First, any.Last) && m.KeyOf(MentionKind.Institution) == "lawmakers")) continue;
            context.Lawmakers.Add(any.Ref.Name);
            lawmakerHere = true;
        }

        SourceResolver.Resolved? speaker = null;
        foreach (var a in attributions.Where(a => a.Kind != AttributionKind.Citing)
                     .OrderBy(a => a.Kind == AttributionKind.According ? 0 : a.Weak ? 2 : 1))
        {
            speaker = Resolve(a, null);
            if (speaker is not null) break;
        }
        // "The NIS said …, according to lawmakers who attended the briefing": the lawmakers pass on what the agency said
        if (speaker is { } viaLawmakers && mentions.Any(m => m.Overlaps(viaLawmakers.First, viaLawmakers.Last) && m.KeyOf(MentionKind.Institution) == "lawmakers")
            && attributions.Any(a => a.Kind == AttributionKind.According && a.First == viaLawmakers.First))
        {
            foreach (var a in attributions.Where(a => a.Kind == AttributionKind.Speech && !a.Weak))
            {
                if (Resolve(a, null) is not { IsAnaphor: false } agency || lexicon.Entity(agency.Ref.Name) is null) continue;
                context.LastBriefer = agency.Ref;
                break;
            }
        }
        // "Ukrainischen Geheimdiensterkenntnissen zufolge …, sagte er": findings without a named agency are what the
        // speaker relies on; the speaker is the source
        if (speaker is { IsAnaphor: false } && lexicon.Entity(speaker.Ref.Name) is null
            && attributions.Any(a => a.Kind == AttributionKind.According && a.First == speaker.First))
        {
            foreach (var a in attributions.Where(a => a.Kind == AttributionKind.Speech && !a.Weak))
            {
                if (Resolve(a, null) is not { } said) continue;
                var person = said.IsAnaphor ? context.LastSource : said.Ref;
                if (person is null || context.Lawmakers.Contains(person.Name) || lexicon.Entity(person.Name) is null) continue;
                speaker = said;
                break;
            }
        }
        SourceResolver.Resolved? cited = null;
        foreach (var a in attributions.Where(a => a.Kind == AttributionKind.Citing))
        {
            cited = Resolve(a, speaker?.Country);
            // "citing intelligence from allies": an unnamed original adds nothing to the speaker
            if (cited is { IsAnaphor: true } unnamed
                && !mentions.Any(m => m.Overlaps(unnamed.First, unnamed.Last) && m.KeyOf(MentionKind.Institution) == "lawmakers"))
                cited = null;
            if (cited is not null) break;
        }

        foreach (var r in new[] { speaker, cited })
        {
            if (r is not null) spans.Add((r.First, r.Last));
        }

        SourceResolver.Resolved? main = cited ?? speaker;
        if (main is null) return (null, spans);
        var name = PassedOn.Surname(main, main.Ref, context);
        PassedOn.Remember(toks, main, name, context);
        if (PassedOn.Briefed(sources, toks, text, mentions, main, name, context) is { } briefer) return (briefer, spans);
        // "Der Geheimdienst schätzt …, wie der Abgeordnete Lee mitteilte": the agency briefed the lawmaker
        if (lawmakerHere && !main.IsAnaphor && !context.Lawmakers.Contains(name.Name)) context.LastBriefer = name;
        var pronoun = main.First == main.Last && toks[main.First].Lower is "it" or "he" or "she" or "they" or "er" or "sie" or "es";
        if (main.IsAnaphor && pronoun && context.LastNamed is { } subject && context.LastNamedSentence == context.Sentence) name = subject;
        else if (main.IsAnaphor && context.LastSource is { } earlier
                 && (main.Ref.Name == main.Ref.Text || paragraph - context.LastSourceParagraph <= 1)) name = earlier;
        if (cited is not null && speaker is not null)
            name = name with { Via = speaker.IsAnaphor && context.LastSource is not null ? context.LastSource.Name : speaker.Ref.Name };
        return (name, spans);
    }

    /// <summary>"Peskov called them unfounded, while North Korea dismissed them": clauses that each take a position.</summary>
    private static List<IReadOnlyList<Token>> Clauses(IReadOnlyList<Token> toks)
    {
        var clauses = new List<IReadOnlyList<Token>>();
        var start = 0;
        for (var i = 0; i < toks.Count; i++)
        {
            var split = toks[i].IsPunct(';')
                        || toks[i].IsPunct(',') && i + 1 < toks.Count && toks[i + 1].Lower is "while" or "whereas" or "während" or "wohingegen";
            if (!split || i == start) continue;
            clauses.Add(toks.Skip(start).Take(i - start).ToList());
            start = i + 1;
        }
        clauses.Add(start == 0 ? toks : toks.Skip(start).ToList());
        return clauses;
    }

    /// <summary>The subject of a clause and the parties coordinated with it: "Moskau und Pjöngjang", "Neither Pyongyang nor Moscow".</summary>
    private List<NamedRef> SubjectsOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context)
    {
        var found = new List<NamedRef>();
        if (SubjectOf(toks, text, mentions, context, out var last) is not { } first) return found;
        found.Add(first);
        while (last + 2 < toks.Count && toks[last + 1].Lower is "und" or "and" or "nor" or "or" or "sowie" or "noch")
        {
            var next = mentions.FirstOrDefault(m => m.First == last + 2 && (m.Has(MentionKind.Entity) || m.Has(MentionKind.Country)));
            if (next is null) break;
            var r = sources.Resolve(toks, text, mentions, next.First, next.Last, null, context.InstitutionCountries);
            if (r is null || r.IsAnaphor) break;
            if (found.All(f => f.Name != r.Ref.Name)) found.Add(r.Ref);
            last = next.Last;
        }
        return found;
    }

    /// <summary>For a sentence with a position but no verb of saying: the first named party, if not after a preposition.</summary>
    private NamedRef? SubjectOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context) =>
        SubjectOf(toks, text, mentions, context, out _);

    private NamedRef? SubjectOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context, out int end)
    {
        end = -1;
        foreach (var m in mentions)
        {
            if (m.First > 0 && toks[m.First - 1].Lower is "über" or "nach" or "in" or "to" or "about" or "of" or "von" or "from" or "into" or "gegen" or "against" or "mit" or "with")
                continue;
            // "Die ukrainische Armeeführung": a country adjective opens the subject when an institution follows it
            var ownsInstitution = m.Has(MentionKind.CountryAdjective) && mentions.Any(n => n.First == m.Last + 1 && n.Has(MentionKind.Institution));
            if (!m.Has(MentionKind.Entity) && !m.Has(MentionKind.Country) && !m.Has(MentionKind.Institution) && !ownsInstitution) continue;
            var last = m.Last;
            // "südkoreanische Geheimdienst", and appositions "Kremlsprecher Dmitri Peskow"
            var next = mentions.FirstOrDefault(n => n.First == m.Last + 1);
            if (next is not null && (m.Has(MentionKind.Institution) || m.Has(MentionKind.CountryAdjective)
                    || m.Has(MentionKind.Entity) && next.Has(MentionKind.Entity)))
                last = next.Last;
            var r = sources.Resolve(toks, text, mentions, m.First, last, null, context.InstitutionCountries);
            if (r is not null && !r.IsAnaphor)
            {
                end = last;
                return r.Ref;
            }
        }
        return null;
    }

    /// <summary>"un-resolution" → "resolution": the head of a hyphenated compound.</summary>
    private static string LastPart(string lower) => lower[(lower.LastIndexOf('-') + 1)..];

    private static bool IsNotACount(IReadOnlyList<Token> toks, FigureMention f)
    {
        if (f.First > 0 && Currency.Contains(toks[f.First - 1].Text)) return true;
        var next = f.NumberEnd < toks.Count ? toks[f.NumberEnd] : null;
        if (next is not null && (next.IsPunct('%') || next.IsPunct(':') && next.Glued)) return true;
        if (next is not null && next.IsPunct('-') && next.Glued) return true; // "26-jährige", "50-year-old"
        // "170mm", "240 Millimetern", "86 Minuten": measures, not counts
        if (next is not null && next.IsWord && Measures.Contains(next.Lower)) return true;
        if (next is not null && next.IsWord && next.Glued && next.Lower is "am" or "pm" or "a" or "p" or "h") return true;
        // "9:30 a.m.": the minutes of a clock time
        if (f.First > 0 && toks[f.First - 1].IsPunct(':') && toks[f.First].Glued) return true;
        // "Artikel 4", "resolution 2397", "Kaliber 170": a label, not a count
        if (f.First > 0 && f.Precision == Precisions.Exact && LastPart(toks[f.First - 1].Lower) is "artikel" or "article" or "art" or "paragraf"
                or "paragraph" or "resolution" or "nr" or "no" or "nummer" or "kaliber" or "calibre" or "caliber" or "platz" or "rang")
            return true;
        // a year on its own: "2023", "im Jahr 2022"
        return f.Precision == Precisions.Exact && f.Value is >= 1900 and <= 2100 && f.First == f.Last && f.Value == Math.Floor(f.Value.Value)
            && toks[f.First].Text.Length == 4;
    }

    private static (string? Unit, int? Token) UnitOf(IReadOnlyList<Token> toks, FigureMention f, string language, List<DateMention> dates)
    {
        string? unit = null;
        int? at = null;
        var adjacent = true; // no word yet between the number and this token (quotes aside)
        string? described = null; // "getöteten und verwundeten Soldaten": what the adjectives say happened
        for (var k = f.NumberEnd; k < toks.Count && k < f.NumberEnd + 6; k++)
        {
            var t = toks[k];
            if (t.IsPunct('-') || t.IsPunct('"') || t.IsPunct('„') || t.IsPunct('“') || t.IsPunct('”')) continue;
            // "3 million 152mm shells": a calibre between the number and its noun
            if (t.IsNumber && k + 1 < toks.Count && toks[k + 1].Glued && Measures.Contains(toks[k + 1].Lower))
            {
                k++;
                continue;
            }
            if (!t.IsWord) break;
            if (!t.IsCapitalized && language == "de" && Units.AdjectiveUnit(t) is { } adj && !Units.IsParticiple(t))
            {
                described = described is null || described == adj ? adj : Units.Casualties;
                continue;
            }
            if (described is not null && t.Lower is "und" or "oder") continue;
            if (Units.NounUnit(t) is { } u)
            {
                unit = described is not null && u == Units.Soldiers ? described : BothHappened(toks, k, u);
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
                var n = toks[k + 1].Lower is "the" or "its" or "their" ? k + 2 : k + 1;
                if (Units.NounUnit(toks[n]) is { } part)
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
            if (UnitBreakers.Contains(t.Lower)) break;
        }
        if (unit is null) return (null, null);

        // "100 Soldaten getötet", "3,000 troops were killed or wounded": what happened to them is the unit
        if (unit is Units.Soldiers or "civilians" or "workers")
        {
            var happened = HappenedAfter(toks, at!.Value + 1, dates);
            happened ??= EventBefore(toks, f);
            // "have captured two North Korean soldiers", "killed 100 troops": the verb before the object says what happened
            if (happened is null && f.First > 0 && f.Precision == Precisions.Exact && Units.ParticipleUnit(toks[f.First - 1]) is { } before
                && toks[f.First - 1].Lower is not ("dead" or "ums"))
                happened = before;
            if (happened is not null) unit = happened;
        }
        return (unit, at);
    }

    /// <summary>"100 Soldaten … getötet", "4,000 of them were killed or wounded": the participle later in the clause.</summary>
    private static string? HappenedAfter(IReadOnlyList<Token> toks, int start, List<DateMention> dates)
    {
        for (var k = start; k < toks.Count && k < start + 8; k++)
        {
            // "am 9. Januar gefangen genommen": a date between the noun and its participle does not end the clause
            if (dates.FirstOrDefault(d => d.First <= k && k <= d.Last) is { } date)
            {
                k = date.Last;
                continue;
            }
            var t = toks[k];
            if (t.IsNumber || t.IsPunct('.') || t.IsPunct(';')) break;
            // "taken prisoner", "took 120 servicemen prisoner", "in Gefangenschaft geraten"
            if (t.Lower is "prisoner" or "captive" or "gefangenschaft") return Units.Captured;
            if (Units.ParticipleUnit(t) is not { } p) continue;
            return k + 2 < toks.Count && toks[k + 1].Lower is "oder" or "or" or "und" or "and" && Units.ParticipleUnit(toks[k + 2]) is { } p2 && p2 != p
                ? Units.Casualties
                : p;
        }
        return null;
    }

    /// <summary>"several hundred killed and wounded", "Tote oder Verletzte": both together are casualties.</summary>
    private static string BothHappened(IReadOnlyList<Token> toks, int k, string unit) =>
        unit is Units.Killed or Units.Wounded && k + 2 < toks.Count && toks[k + 1].Lower is "and" or "or" or "und" or "oder"
        && (Units.ParticipleUnit(toks[k + 2]) ?? Units.NounUnit(toks[k + 2])) is Units.Killed or Units.Wounded
        && (Units.ParticipleUnit(toks[k + 2]) ?? Units.NounUnit(toks[k + 2])) != unit
            ? Units.Casualties
            : unit;

    /// <summary>"die Festnahme der zwei Soldaten", "the deaths of 100 soldiers": a noun of what happened governs the count.</summary>
    private static string? EventBefore(IReadOnlyList<Token> toks, FigureMention f)
    {
        var k = f.First - 1;
        while (k >= 0 && toks[k].Lower is "der" or "von" or "of" or "the" or "die" or "den") k--;
        if (k < 0 || k == f.First - 1) return null;
        return toks[k].Lower switch
        {
            "festnahme" or "gefangennahme" or "capture" or "gefangenschaft" => Units.Captured,
            "tod" or "tötung" or "deaths" or "death" or "killing" => Units.Killed,
            "verwundung" => Units.Wounded,
            _ => null,
        };
    }

    /// <summary>"der andere sei 26", "he is 20": a bare number right after a copula is an age or a rank, not a count.</summary>
    private static bool IsPredicate(IReadOnlyList<Token> toks, FigureMention f) =>
        f.First > 0 && f.Precision == Precisions.Exact && f.NumberEnd - f.First == 1
        && toks[f.First - 1].Lower is "sei" or "ist" or "war" or "is" or "was" or "aged" or "alt" or "age";

    /// <summary>"die Zahl der entsandten Soldaten … auf rund 12.000", "the number of troops … to 12,000".</summary>
    private static string? CountedBefore(IReadOnlyList<Token> toks, FigureMention f)
    {
        for (var k = 0; k < f.First; k++)
        {
            if (toks[k].Lower is not ("zahl" or "anzahl" or "number" or "toll" or "count" or "gesamtzahl" or "estimate" or "schätzung"
                or "tally" or "figure")) continue;
            string? happened = null;
            for (var j = k + 1; j < f.First && j <= k + 7; j++)
            {
                // "die Zahl der getöteten Soldaten": the participle before the noun says what happened to them
                if (Units.AdjectiveUnit(toks[j]) is { } adj && !toks[j].IsCapitalized)
                {
                    happened = happened is null || happened == adj ? adj : Units.Casualties;
                    continue;
                }
                if (Units.NounUnit(toks[j]) is { } u) return u == Units.Soldiers && happened is not null ? happened : u;
            }
        }
        // "The North Korean casualties have surpassed three thousand": the counted noun is the subject of the verb
        for (var k = f.First - 1; k >= 0 && k >= f.First - 5; k--)
        {
            // the noun must be followed by a verb: "Raketen auf sieben Regionen" is no subject
            if (Units.NounUnit(toks[k]) is { } u && toks[k].Lower is not "men" && k + 1 < f.First && CountVerbs.Contains(toks[k + 1].Lower))
                return u;
            if (!toks[k].IsWord || !CountVerbs.Contains(toks[k].Lower) && !CountParticles.Contains(toks[k].Lower)) break;
        }
        return null;
    }

    private static readonly HashSet<string> CountParticles = new(StringComparer.Ordinal) { "at", "to", "now", "auf", "bei", "nun", "already", "bereits" };

    private static readonly HashSet<string> CountVerbs = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "surpassed", "exceeded", "topped", "reached", "rose", "risen", "stood", "stands",
        "is", "are", "was", "were", "totalled", "totaled", "numbered", "haben", "hat", "hätten", "habe", "überschritten",
        "erreicht", "liegt", "lag", "liege", "gestiegen", "stieg", "steige", "sei", "seien", "ist", "sind",
    };

    /// <summary>A number with no noun of its own ("Zuvor war von 1500 die Rede", "Tausende weitere"): it counts what the sentence before counted.</summary>
    private static bool IsBare(IReadOnlyList<Token> toks, FigureMention f, string language)
    {
        if (f.Precision == Precisions.Exact && f.Value is >= 1900 and <= 2100) return false;
        var next = f.NumberEnd < toks.Count ? toks[f.NumberEnd] : null;
        if (next is null || next.Kind == TokenKind.Punct) return true;
        if (language == "de") return !next.IsCapitalized;
        // "8,000 of them", "10,000 already in Kursk": the count leans on the noun counted before
        return next.Lower is "the" or "a" or "had" or "have" or "has" or "were" or "was" or "more" or "in" or "to" or "by" or "since" or "and"
            or "already" or "now" or "still"
            || next.Is("of") && f.NumberEnd + 1 < toks.Count && toks[f.NumberEnd + 1].Lower is "them" or "those" or "these";
    }

    private string? LocationOf(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, List<(int First, int Last)> exclude)
    {
        foreach (var m in mentions)
        {
            if (!m.Has(MentionKind.Place) && !m.Has(MentionKind.Country)) continue;
            if (exclude.Any(s => m.Overlaps(s.First, s.Last))) continue;
            if (!AfterPreposition(toks, m.First)) continue;
            return m.KeyOf(MentionKind.Place) ?? m.KeyOf(MentionKind.Country);
        }
        return null;
    }

    private static bool AfterPreposition(IReadOnlyList<Token> toks, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var w = toks[k].Lower;
            if (LocationPrepositions.Contains(w)) return true;
            if (!(w is "der" or "die" or "dem" or "den" or "the" or "region" or "gebiet" or "oblast" or "russische" or "russischen"
                  or "westrussische" or "westrussischen" or "russia's" or "eastern" or "western" or "southern" or "northern" or "östlichen"
                  or "westlichen" or "far" or "östliche" or "front" or "grenzregion")) return false;
        }
        return false;
    }

    private NamedRef? ActorOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention? figure,
        int? unitTok, List<(int First, int Last)> sourceSpans, string? sourceCountry)
    {
        var candidates = mentions
            .Where(m => (m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective)) && !m.Has(MentionKind.Institution))
            .Where(m => !sourceSpans.Any(s => m.Overlaps(s.First, s.Last)))
            .Where(m => !AfterPreposition(toks, m.First) || m.First > 0 && toks[m.First - 1].Lower is "von" or "from" or "aus")
            .Where(m => !IsInstitutionOwner(mentions, m))
            // "on Russian navy vessels", "mit russischen Kommandeuren": a country after these prepositions is not counted
            .Where(m => m.First == 0 || !(toks[m.First - 1].Lower is "on" or "auf" or "with" or "mit" or "by" or "durch" or "for" or "für"
                or "gegen" or "against" or "aboard" or "towards" or "toward" or "vom" or "across" or "throughout"))
            .ToList();
        if (candidates.Count == 0) return null;

        Mention? pick = null;
        if (figure is not null && unitTok is { } u)
            pick = candidates.FirstOrDefault(m => m.First >= figure.First && m.Last <= u);
        // beyond the counted noun's own adjective, the source's own country ("Washington followed, when Kirby said")
        // is who speaks, not whose people are counted
        if (pick is null && sourceCountry is not null)
        {
            candidates = candidates.Where(m => (m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Country)) != sourceCountry).ToList();
            if (candidates.Count == 0) return null;
        }
        if (figure is not null)
        {
            pick ??= candidates.LastOrDefault(m => m.Last < figure.First);
            pick ??= candidates.FirstOrDefault(m => m.First > figure.Last);
        }
        pick ??= candidates[0];
        var country = pick.KeyOf(MentionKind.CountryAdjective) ?? pick.KeyOf(MentionKind.Country)!;
        return new NamedRef(country, text[toks[pick.First].Start..toks[pick.Last].End]);
    }

    /// <summary>The country a source speaks for: its lexicon entry's, a country itself, or "US government" by its adjective.</summary>
    private string? CountryOf(NamedRef source)
    {
        if (lexicon.Entity(source.Name) is { Country: { } c }) return c;
        if (lexicon.Country(source.Name) is not null) return source.Name;
        return lexicon.Data.Countries.FirstOrDefault(k => source.Name.StartsWith(k.Adjective + " ", StringComparison.Ordinal))?.Name;
    }

    /// <summary>"südkoreanische" in "südkoreanische Abgeordnete" names whose lawmakers they are, not whose soldiers.</summary>
    private static bool IsInstitutionOwner(IReadOnlyList<Mention> mentions, Mention m) =>
        m.Has(MentionKind.CountryAdjective) && mentions.Any(n => n.First == m.Last + 1 && n.Has(MentionKind.Institution))
        || mentions.Any(n => n.Last == m.First && n.First < m.First && n.Has(MentionKind.Institution));
}
