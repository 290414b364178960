using System.Globalization;
using NewsClaims.Extraction.Actors;
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
    private static readonly WordSet LocationPrepositions =
    [
        "nach", "in", "im", "ins", "into", "to", "inside", "at", "within", "towards", "toward", "zur", "zum",
        // "over the Moscow region", "in und um die Ukraine", "near Kursk"
        // ("über" stays out: "berichtete über Burkina Faso" is what a report is about)
        "over", "near", "nahe", "around", "um", "above",
    ];

    public IEnumerable<ClaimDraft> Read(string text, Sentence sentence, string language, DateOnly published, bool inHeadline, ArticleContext context)
    {
        var toks = sentence.Tokens;
        var mentions = MentionFinder.Find(toks, lexicon);
        // "10 Iranian-made drones", "Drohnen iranischer Bauart": where weapons were made names no side of the sentence
        mentions.RemoveAll(m => ActorGrammar.NamesWhereMade(toks, m));
        // "Sanaa/Tel Aviv (dpa) - …": a dateline naming the places of both sides says nothing of where it happened or whose
        // people were hit ("BAMAKO (Reuters) -" alone still places the news)
        if (DatelineEnd(toks) is { } dateline && toks.Take(dateline).Any(t => t.IsPunct('/')))
            mentions = mentions.Where(m => m.First > dateline).ToList();
        var evidence = new Evidence(sentence.Start, sentence.End, sentence.TextOf(text));
        // "the war in Ukraine", "Krieg im Sudan": where the war is fought, for tolls of people that name no side
        if (context.Theatre is null && ActorGrammar.WarPlace(toks, mentions) is { } warPlace
            && lexicon.Country(warPlace.KeyOf(MentionKind.Country) ?? warPlace.KeyOf(MentionKind.Place)!) is not null)
            context.Theatre = new NamedRef(warPlace.KeyOf(MentionKind.Country) ?? warPlace.KeyOf(MentionKind.Place)!,
                text[toks[warPlace.First].Start..toks[warPlace.Last].End]);
        if (Publication(toks, text) is { } publication) context.LastPublication = publication;
        // (the group a sentence is about, not one a description of it names: "JNIM, al Qaeda's affiliate, …")
        if (mentions.LastOrDefault(m => IsGroup(m) && !ActorGrammar.DescribesAnother(toks, m, mentions, toks.Count)) is { } groupMention)
            context.LastGroup = new NamedRef(groupMention.KeyOf(MentionKind.Entity)!, text[toks[groupMention.First].Start..toks[groupMention.Last].End]);
        foreach (var m in mentions)
        {
            if (m.KeyOf(MentionKind.Entity) is { } entity) RememberDescriptions(entity, context);
        }
        CountWhere(toks, text, mentions, context);
        if (!context.TellsOfExchange) context.TellsOfExchange = CountedNoun.TellsOfExchange(toks);
        var dates = DateFinder.Find(toks, published);
        // a day ("am Mittwoch", "gestern") says when it was said; a month in the same sentence is usually when it happened
        // (loops rather than LINQ in this part, read for every sentence: each lambda here was a delegate per sentence)
        var said = new List<DateMention>(dates.Count);
        foreach (var d in dates)
        {
            if (d.Role == DateRole.Stated && !StatementDates.IsDateline(toks, d) && !StatementDates.IsPeriodEnd(toks, d)
                && !StatementDates.DatesAnEvent(toks, d))
                said.Add(d);
        }
        // ("Am Samstagabend … zunächst von zwei Toten gesprochen, wenige Stunden später von drei": counted from the day
        // the sentence itself gave before the phrase)
        if (RelativeDays.Find(toks, out var relativeAt) is { } shift
            && (said.LastOrDefault(d => d.Precision == "day" && d.Last < relativeAt)?.Date ?? context.LastStated) is { } anchor)
        {
            // "Five days later", "on the same day", "am selben Tag": counted from the last date the article gave
            said.Add(new DateMention(relativeAt, relativeAt, anchor.AddDays(shift), "day", DateRole.Stated));
            said.Sort((a, b) => a.First.CompareTo(b.First));
        }
        // "Dem Geheimdienst zufolge wurden im Dezember 70 Haubitzen geliefert": a month inside what is reported is when it
        // happened; a month said of the statement stands before its verb, right after it ("said last month that") or at the
        // end of the sentence ("raised its estimate to 4,000 last month")
        var attributions = AttributionFinder.Find(toks);
        var anchors = AnchorsOf(attributions, speechOnly: false);
        // ("bezifferte die Zahl … im Januar auf 127.000", "put the total in May at 950,000": a verb whose object is the figure
        // has no reported clause, and its time is the statement's)
        if (anchors.Count > 0)
        {
            for (var k = said.Count - 1; k >= 0; k--)
            {
                if (InsideWhatIsReported(toks, said[k], anchors, attributions)) said.RemoveAt(k);
            }
        }
        // "By March 2024 the ministry had confirmed 19 deaths": a past date opening the sentence is when the tally was given
        if (said.Count == 0 && anchors.Count > 0)
        {
            foreach (var d in dates)
            {
                if (d.Role == DateRole.By && d.First <= 1 && d.Date <= published) said.Add(d);
            }
        }
        // "nach einem Bericht des UN-Menschenrechtsbüros vom Mai 2023", "a report by the agency from May": the date of
        // the source's own report is when it said it
        var reportDate = ReportDate(toks, dates, attributions);
        if (reportDate is not null) said = [reportDate];
        var days = new List<DateMention>(said.Count);
        foreach (var d in said)
        {
            if (d.Precision == "day") days.Add(d);
        }
        var stated = days.FirstOrDefault() ?? said.FirstOrDefault();
        // "Russia lost 1,500 troops on Monday, the General Staff said on Tuesday": the day next to the verb of saying
        var verbs = AnchorsOf(attributions, speechOnly: true);
        if (days.Count > 1 && verbs.Count > 0)
        {
            stated = days.MinBy(d => verbs.Min(v => d.First > v ? d.First - v : 2 * (v - d.Last)));
        }
        // "About 600 troops were pulled out in the spring, U.S. officials said in April": a date right after the verb of
        // saying is when it was said, whatever time the sentence named before it
        else if (said.Count > 1 && verbs.Count > 0 && reportDate is null)
        {
            foreach (var d in said)
            {
                // (not past a comma: "hatte im Juni 2024 von 700.000 gesprochen, Ende 2023 waren es …")
                if (d == stated || !verbs.Exists(v => d.First > v && d.First - v <= 2 && !(d.First - v == 2 && toks[v + 1].Kind == TokenKind.Punct))) continue;
                stated = d;
                break;
            }
        }
        // "Iran's barrage of October 1, when the Israeli military said …": the time a "when" clause of saying hangs on
        if (stated is null && verbs.Count > 0 && reportDate is null)
        {
            foreach (var d in dates)
            {
                // (the verb inside the "when" clause: "began on October 7, when Hamas killed 1,200, officials said" is no such)
                if (d.Last + 2 < toks.Count && toks[d.Last + 1].IsPunct(',') && toks[d.Last + 2].Lower is "when" or "als"
                    && d.Date <= published && verbs.Exists(v => v > d.Last + 2 && !HasCommaBetween(toks, d.Last + 2, v)))
                {
                    stated = d;
                    break;
                }
            }
        }
        // (not against the date of the source's report, nor in a ticker's entries, dated by their lines)
        if (stated is not null && reportDate is null && context.TickerDate is null && StatementDates.SaidInThePresent(toks, verbs, stated))
        {
            said.Clear();
            stated = new DateMention(verbs[0], verbs[0], published, "day", DateRole.Stated);
        }
        // a ticker's entry line ("Mittwoch, 23. Oktober 2024", "23.10.2024, 14:05 Uhr") dates what follows it
        if (TickerEntryDate(text, sentence, toks, days) is { } entry)
        {
            context.TickerDate = new DatePoint(Iso(entry.Date), "day");
            return [];
        }
        var statedOn = stated is null
            ? context.TickerDate ?? new DatePoint(Iso(published), "day")
            : new DatePoint(Iso(stated.Date), stated.Precision);
        var thatTime = stated is null ? StatementDates.TimeAnaphor(toks) : -1;
        // "Strikes last Sunday killed 10, the ministry said at the time", "seit September 2022 …; damals hatte Schoigu": the
        // time the sentence itself told before pointing back to it
        if (thatTime >= 0 && (dates.LastOrDefault(d => d.Last < thatTime && d.Role is DateRole.Stated or DateRole.Since && d.Date <= published
                && !StatementDates.IsDateline(toks, d)) ?? StatementDates.YearBefore(toks, thatTime, published)) is { } told)
        {
            stated = told;
            statedOn = new DatePoint(Iso(told.Date), told.Precision);
        }
        else if (thatTime >= 0 && context.LastStatedPoint is not null)
        {
            // "An NIS official estimated at the time", "hieß es damals": when the article last said something was said
            statedOn = context.LastStatedPoint!;
            stated = new DateMention(0, 0, DateOnly.ParseExact(statedOn.Date.Length == 7 ? statedOn.Date + "-01" : statedOn.Date, "yyyy-MM-dd",
                CultureInfo.InvariantCulture), statedOn.Precision, DateRole.Stated);
        }
        // "Fünf Tage später legte der Dienst nach. Abgeordnete … berichteten …": a sentence that only gives the day dates the
        // undated one right after it
        if (stated is null && context.PendingStated is { } pending && context.PendingParagraph == sentence.Paragraph)
        {
            statedOn = pending;
            stated = new DateMention(0, 0, DateOnly.ParseExact(pending.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), "day", DateRole.Stated);
        }
        // "Shortly after the strike, the mayor said": the day of the event told before
        if (stated is null && context.LastEventDay is { } eventDay && StatementDates.RelativeToEvent(toks))
        {
            statedOn = new DatePoint(Iso(eventDay), "day");
            stated = new DateMention(0, 0, eventDay, "day", DateRole.Stated);
        }
        // "By late morning, he said, 32 drones …", "Am Abend meldete das Ministerium 54 Tote": a time of day with no day is on
        // the day the article last told, the event's or a statement's, whichever came later
        if (stated is null && context.TickerDate is null && StatementDates.TimeOfDay(toks)
            && (context.LastEventDaySentence > context.LastStatedSentence ? context.LastEventDay : context.LastStated) is { } sameDay)
        {
            statedOn = new DatePoint(Iso(sameDay), "day");
            stated = new DateMention(0, 0, sameDay, "day", DateRole.Stated);
        }
        // "Am Vorabend hatte die Organisation noch von 350 Toten gesprochen", "the previous evening": the day before the one the
        // article (or its ticker entry) last told
        if (stated is null && DayBefore(toks))
        {
            var reference = context.TickerDate is { Precision: "day" } entryDay
                ? DateOnly.ParseExact(entryDay.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : (context.LastEventDaySentence > context.LastStatedSentence ? context.LastEventDay : context.LastStated) ?? published;
            var before = reference.AddDays(-1);
            statedOn = new DatePoint(Iso(before), "day");
            stated = new DateMention(0, 0, before, "day", DateRole.Stated);
        }
        // "Iran answered on Sunday with another volley. The Israeli military said about 30 missiles had been fired": an undated
        // statement right after a sentence no one speaks in, which dated the event, was made that day (a recent one: the
        // paper's next day at the latest)
        if (stated is null && dates.Count == 0 && context.TickerDate is null && anchors.Count > 0 && context.LastEventDay is { } eventBefore
            && !verbs.Exists(v => StatementDates.IsPresentSaying(toks, v)) && !StatementDates.TimeOfDay(toks)
            && !toks.Any(t => DateWords.WeekdayOf(t) is not null)
            && !context.LastEventDaySpoken && context.LastEventDaySentence == context.Sentence - 1 && context.LastEventDayParagraph == sentence.Paragraph
            && eventBefore < published && published.DayNumber - eventBefore.DayNumber <= 1)
        {
            statedOn = new DatePoint(Iso(eventBefore), "day");
            stated = new DateMention(0, 0, eventBefore, "day", DateRole.Stated);
        }
        // a day in a sentence no one speaks in, or one kept from the statement dates (an event's, one inside what is reported), is
        // when something happened
        foreach (var d in dates)
        {
            if (d.Precision == "day" && d.Role == DateRole.Stated && d.Date <= published && !StatementDates.IsDateline(toks, d)
                && (anchors.Count == 0 || !said.Contains(d)))
            {
                context.LastEventDay = d.Date;
                context.LastEventDaySentence = context.Sentence;
                context.LastEventDaySpoken = anchors.Count > 0;
                context.LastEventDayParagraph = sentence.Paragraph;
            }
        }
        if (stated is { Precision: "day" })
        {
            context.LastStated = stated.Date;
            context.LastStatedSentence = context.Sentence;
        }
        if (stated is not null) context.LastStatedPoint = statedOn;
        // "Ende 2024 dienten 181.174 Soldaten": with no one saying it, a month or a year is when it happened (and what a later
        // "damals" points back to), and the figure is the paper's of its day; not a pluperfect's time ("Im Juli 2021 hatte Kigali
        // 1000 Soldaten entsandt") nor that of a body or a leader who acted ("In October 2022, the government launched a drive to
        // recruit 50,000"), which look back to what someone did then
        if (stated is { Precision: not "day" } && attributions.Count == 0 && thatTime < 0
            && !toks.Any(t => t.Lower is "hatte" or "hatten" or "had" or "gewesen") && !NamedBeforeFigure(toks, mentions, dates))
            statedOn = context.TickerDate ?? new DatePoint(Iso(published), "day");
        var refers = dates.FirstOrDefault(d => d.Role is DateRole.By or DateRole.Since or DateRole.AsOf) is { } r
            ? new ReferredDate(r.Iso, r.Precision, r.Role switch { DateRole.By => "by", DateRole.Since => "since", _ => "on" })
            : null;

        var (source, sourceSpans) = ChooseSource(toks, text, mentions, attributions, context, sentence.Paragraph);
        // "erhielt die Ukraine nach eigenen Angaben 307 Soldaten zurück", "by its own count": the subject speaks for itself
        // (an office with no country named gives only its own count, not a name for the sentences after it to carry:
        // "The air force kept its own count. On Oct. 20 it said …")
        // ("haben die SDF nach eigenen Angaben …": the name right before the phrase, ahead of one opening the sentence)
        if (source is null && ByOwnAccount(toks)
            && (OwnAccountGiver(toks, text, mentions, context, out var selfEnd)
                ?? SubjectOf(toks, text, mentions, context, out selfEnd, bareOffice: toks.Any(t => t.IsNumber || NumberWords.German(t.Lower) is >= 2
                                                                                             || NumberWords.EnglishSmallOf(t) is >= 2))) is { } self)
        {
            source = self;
            var selfMention = mentions.FirstOrDefault(m => m.Last == selfEnd);
            sourceSpans.Add((selfMention?.First ?? selfEnd, selfEnd));
        }
        DatePoint? carriedOn = null; // when the carried source spoke, for the figures it carries
        var sourceCarried = false;
        // "Some estimates, he added, put the toll at 150,000": a pronoun for the speaker of the sentence before, or "added",
        // continues that statement and keeps its day
        // ("Tusk sagte am Freitag … Verteidigungsminister Kosiniak-Kamysz ergänzte, …": another speaker adding to it spoke then too)
        var adds = attributions.Any(a => a.Kind == AttributionKind.Speech && toks[a.Anchor].Lower is "added" or "adds" or "fügte" or "ergänzte");
        if (stated is null && source is not null && context.LastSource is { } same && context.LastSourceStated is { } continued
            && context.LastSourceSentence == context.Sentence && sourceSpans.Count > 0
            && (same.Name == source.Name && (adds || sourceSpans.All(sp => sp.First == sp.Last && Words.IsSubjectPronoun(toks[sp.First].Lower)))
                || adds && sentence.Paragraph - context.LastSourceParagraph <= 1))
            carriedOn = continued;
        // "…, analysts said", "Experten zufolge": a sentence with its own speaker, unnamed, does not lean on the one before
        // ("Die Polizei nahm nach eigenen Angaben 13 Angreifer fest": whoever gives their own count is no one spoken of before)
        var ownSpeaker = attributions.Any(a => a.Kind == AttributionKind.According || a.Kind == AttributionKind.Speech && !a.Weak
                                               && a.First <= a.Last && SourceResolver.GenericSpeakers.Contains(toks[a.Last].Lower))
                         // ("My own estimate is …": the one speaking goes on)
                         || ByOwnAccount(toks) && !toks.Any(t => t.Lower is "my" or "our" or "meinen" or "meiner" or "unseren" or "unserer");
        if (source is null && !inHeadline && !ownSpeaker && context.LastSource is { } carried && sentence.Paragraph - context.LastSourceParagraph <= 2)
        {
            source = carried;
            sourceCarried = true;
            // "Zudem habe Nordkorea … nachgeschickt": reported speech carried on from the sentence before was said then too
            if (stated is null && context.LastSourceStated is { } then && context.LastSourceSentence == context.Sentence)
                carriedOn = then;
        }

        // "nordkoreanische Soldaten", "North Korea's troops": whose people the article counts, for figures that do not say;
        // "Libanons Armee rückt vor", "Lebanon's army": whose army it follows, for soldiers that do not say (the first of
        // the two named is whose soldiers the article follows)
        if (context.ArticleActor is null || context.ArticleForce is null)
        {
            foreach (var m in mentions)
            {
                if (!(m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective))) continue;
                // (not the other side of a fight: "mit den russischen Truppen", "die Offensive gegen die russische Armee")
                if (m.First > 1 && toks[m.First - 2].Lower is "mit" or "with" or "gegen" or "against" or "von" or "from"
                    || m.First > 0 && toks[m.First - 1].Lower is "mit" or "with" or "gegen" or "against") continue;
                var counted = m.Last + 1 < toks.Count && Units.NounUnit(toks[m.Last + 1]) is not null || Units.NounUnit(toks[m.Last]) is not null;
                if (!counted && !ForceAfter(toks, m.Last + 1)) continue;
                var side = new NamedRef(m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Country)!, text[toks[m.First].Start..toks[m.Last].End]);
                context.ArticleForce ??= side;
                if (counted) context.ArticleActor ??= side;
                if (context.ArticleActor is not null) break;
            }
        }

        var sentencePlace = LocationOf(toks, mentions, []);
        var placeCountry = sentencePlace is null ? null : lexicon.Country(sentencePlace)?.Name;
        var claims = new List<ClaimDraft>();
        // the mission this sentence names, else the one named before: whose peacekeepers its figures count
        var missionHere = PeacekeepingMissions.Named(toks, text, mentions, lexicon);
        var mission = missionHere ?? context.LastMission;
        var countsOther = false; // an earlier figure of this sentence counted something that is no unit ("zwölf Angriffe")
        var figures = FigureReader.Read(toks, language);
        for (var fi = 0; fi < figures.Count; fi++)
        {
            var figure = figures[fi];
            if (dates.Any(d => d.First <= figure.Last && figure.First <= d.Last)) continue;
            if (CountedNoun.IsNotACount(toks, figure)) continue;
            var (unit, unitTok) = CountedNoun.UnitOf(toks, figure, language, dates);
            // "40.000 Palästinenser getötet", "the return of 390 Ukrainians": people named by their nation are counted once
            // the sentence says what happened to them, and that nation is whose people they are
            if (unit is null && DemonymCounted(toks, mentions, figure, dates, context.TellsOfExchange) is { } demonym) (unit, unitTok) = (demonym.Unit, demonym.Token);
            unit ??= CountedNoun.CountedBefore(toks, figure, language) ?? CountedNoun.LossesPutAt(toks, figure);
            // "About 100 more were wounded", "at least 12 were killed": a bare count the verb after it says befell
            if (unit is null && figure.NumberEnd < toks.Count && toks[figure.NumberEnd].Lower is "more" or "others" or "were" or "was" or "weitere"
                && CountedNoun.HappenedAfter(toks, figure.NumberEnd, dates) is { } befellBare && befellBare is Units.Killed or Units.Wounded or Units.Captured)
                unit = befellBare;
            if (unit is null && CountedNoun.IsPredicate(toks, figure)) continue;
            // "zwölf Angriffe …, drei davon auf die Hauptstadt": a bare count then leans on that noun, not on the unit before
            if (unit is null && figure.NumberEnd < toks.Count && toks[figure.NumberEnd].IsCapitalized && language == "de") countsOther = true;
            if (unit is null && !countsOther && CountedNoun.IsBare(toks, figure, language) && context.LastUnit is not null
                && sentence.Paragraph - context.LastClaimParagraph <= 1)
            {
                // a bare count carries the noun counted before ("Between 11,000 and 12,000 remain"), and what happened
                // to them only when it speaks of that figure again ("the number had already passed 200")
                // ("their tally had stood at 95,000", "seien 1180 hinzugekommen", "2023 seien es 253.290 gewesen": the same measure)
                // ("2,000 soldiers had been killed, up from at least 600": a change from an earlier figure of the same measure)
                var carriedUnit = toks.Any(t => t.Lower is "zahl" or "anzahl" or "number" or "toll" or "marke" or "figure" or "tally" or "total"
                                               or "count" or "bilanz" or "gesamtzahl" or "hinzugekommen" or "hinzu" or "added" or "es")
                                  || figure.First > 1 && toks[figure.First - 1].Lower is "from" && toks[figure.First - 2].Lower is "up" or "down"
                    ? context.LastUnit
                    // (the missing are a state, not a kind of people: "16 others are missing. Of these, 96 had returned")
                    : CarriedKind(context);
                // "killed up to 1,200 more": the verb before a bare count says what happened to them
                // ("Zehn seien getötet worden. Vier weitere befänden sich in Kriegsgefangenschaft": what befell the bare count
                // beats what befell those before)
                unit = figure.First > 0 && Units.ParticipleUnit(toks[figure.First - 1]) is { } verb && toks[figure.First - 1].Lower is not ("dead" or "ums")
                    ? verb
                    // (for people counted before: drones "locally lost" stay drones, hostages set free stay hostages)
                    : (Units.IsServing(carriedUnit) || carriedUnit is Units.People or "fighters" or Units.Killed or Units.Wounded or Units.Casualties or Units.Captured)
                      && CountedNoun.HappenedAfter(toks, figure.NumberEnd, dates) is { } befell && (befell != Units.Soldiers || carriedUnit is Units.People)
                    ? befell
                    : carriedUnit == Units.People ? null
                    : carriedUnit;
            }
            if (unit == Units.People) unit = null;
            // "rund 40 Geschossen, die in Richtung Galiläa geflogen seien", "215 Geschosse aus dem Libanon": projectiles fired across a
            // border are rockets; the "Geschosse" an army buys or a plant makes stay shells
            if (unit == "shells" && unitTok is { } pt && toks[pt].Lower is "geschosse" or "geschossen" or "projectiles" && FiredAcross(toks)) unit = "missiles";
            // "303 Ukrainian defenders came home", "150 defenders were back in Ukraine": in an exchange, soldiers come home from captivity
            if (Units.IsServing(unit) && context.TellsOfExchange && unitTok is { } cameHome && CountedNoun.CameHome(toks, cameHome + 1)) unit = Units.Captured;
            // "84 Wagner-Kämpfer", "2,000 Hamas fighters": an armed group's own fighters are counted as fighters
            // ("die Zahl der Wagner-Kämpfer … auf 1500 bis 2000": the noun may stand before the figure)
            if (unit == Units.Soldiers
                && (unitTok is { } ut0 ? [ut0] : Enumerable.Range(Math.Max(0, figure.First - 10), figure.First - Math.Max(0, figure.First - 10)))
                    .Any(gt => IsFighterNoun(toks[gt].Lower) && mentions.Any(m => IsGroup(m) && (m.Overlaps(gt, gt) || m.Last == gt - 1))))
                unit = "fighters";
            if (unit is not null && source is null)
            {
                // "Pentagon: Rund 10.000 Soldaten …" then "bezifferte sie auf rund 10.000": the unit carries over
                context.LastUnit = unit;
                context.LastBaseUnit = unitTok is { } ht && Units.NounUnit(toks[ht]) is { } headNoun ? headNoun : unit;
                context.LastClaimParagraph = sentence.Paragraph;
            }
            if (unit is null || source is null && inHeadline) continue;
            // a figure whose source is not named yet waits for the next sentence ("… getötet worden. Das teilte die Armee mit.")
            var src = source ?? ClaimDraft.PendingSource;

            var location = LocationOf(toks, mentions, sourceSpans);
            // people (not soldiers) counted with no side named at the noun belong to the place it happened ("300 Menschen im Sudan getötet")
            // (hostages belong to the side they were taken from, not to where they are held)
            // ("1000 Männer zwangsrekrutiert": people drafted are soldiers, of the army that drafts them)
            var civilianToll = unit is "civilians" or "refugees"
                || unitTok is { } nt && Units.NounUnit(toks[nt]) is Units.People or "civilians" && !Units.IsServing(unit);
            // "the number of people killed in Kharkiv has risen to 18", "die Zahl der Todesopfer … in Hudaida ist auf sechs
            // gestiegen": a toll of people belongs to the place named with it
            var peopleToll = civilianToll || unitTok is null && unit is Units.Killed or Units.Wounded && CountedNoun.PeopleCountedBefore(toks, figure);
            // "rund 1200 Menschen getötet und etwa 250 als Geiseln in den Gazastreifen verschleppt": a place after the
            // next figure of another clause is where that one happened ("5 killed and 20 wounded in Kharkiv" share it)
            var clauseEnd = fi + 1 < figures.Count && !SharesClause(toks, figure, figures[fi + 1]) ? figures[fi + 1].First : toks.Count;
            // people who fled "in den Sudan", "into Chad" belong to the country they left, not to where they went
            var tollLocation = unit == "refugees" ? LocationOf(toks, mentions, sourceSpans, clauseEnd, skipDestinations: true)
                : clauseEnd < toks.Count ? LocationOf(toks, mentions, sourceSpans, clauseEnd) : location;
            // (the side written on what is counted, "35,000 U.S. troops", "300 ukrainische Zivilisten": asked once for the rules below)
            var attached = ActorOf(toks, text, mentions, figure, unitTok, sourceSpans, null, attachedOnly: true) is not null;
            var tollPlace = peopleToll && unit != "hostages" && tollLocation is not null && lexicon.Country(tollLocation) is not null && !attached
                ? new NamedRef(tollLocation, tollLocation) : null;
            // "12 soldiers were killed in a Russian strike": once the attacker is named, the dead are the other side's
            var attacker = mentions.FirstOrDefault(m => (m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective))
                                                       && ActorGrammar.IsAttacker(toks, m));
            var attackerCountry = attacker?.KeyOf(MentionKind.CountryAdjective) ?? attacker?.KeyOf(MentionKind.Country);
            // "The Israeli military said two soldiers were killed": an army's soldiers with no side named are its own
            // (looked up once: the rules below ask the speaker's entry several times for every figure)
            var speakerEntry = lexicon.Entity(src.Name);
            var armysOwn = unitTok is { } st && Units.NounUnit(toks[st]) == Units.Soldiers && lexicon.InstitutionOf(src.Name) == "military";
            // (a person speaks for a country's own dead only as its office, not as, say, a foreign mediator: "Nigerias früherer
            // Präsident Olusegun Obasanjo geht von 600.000 Toten aus")
            var ownSide = IsOwnSideToll(unit) && CountryOf(src) is { } sourceSide && sourceSide != attackerCountry
                          && (IsPersonSource(src) != true || speakerEntry is not null)
                          // (authorities a country installed in occupied land count the people living there, not their patron's)
                          && speakerEntry?.Institution != "occupation"
                          // (a health ministry counts its own country's dead and wounded, whoever was counted before)
                          && (context.LastActor is null || civilianToll || attackerCountry is not null || armysOwn
                              || lexicon.InstitutionOf(src.Name) == "health-ministry"
                              // ("Malawi meldete drei getötete Soldaten": a country telling of soldiers befallen, not of a blow it struck)
                              || lexicon.Country(src.Name) is not null && unitTok is { } sn && Units.NounUnit(toks[sn]) == Units.Soldiers
                                 // ("drei getötete Soldaten", "den Tod von 13 Soldaten")
                                 && (sn > 0 && Units.AdjectiveUnit(toks[sn - 1]) is Units.Killed or Units.Wounded
                                     || figure.First > 1 && toks[figure.First - 1].Lower is "von" or "of" && toks[figure.First - 2].Lower is "tod" or "deaths" or "death")
                                 && !toks.Any(t => t.Lower is "gegner" or "gegners" or "feind" or "feindes" or "enemy" or "enemy's"))
                ? new NamedRef(sourceSide, src.Text)
                : null;
            // "17.000 Terroristen ausgeschaltet": fighters no side is named for belong to the armed group the article is about
            // (not a plain "40 Kämpfer", "fighters", which an army also says of its own)
            var fighters = unitTok is { } ft && Units.NounUnit(toks[ft]) == "fighters" && !Units.IsPlainFighterWord(toks[ft])
                           && context.LastGroup is { } group ? group : null;
            // "five of the attackers had been killed", "Tausende Terroristen getötet", said by those who fought them: with no armed
            // group named before (or only the speaker's own), the foes are named by the word for them
            var namelessFoes = context.LastGroup is null || context.LastGroup.Name == src.Name ? NamelessFoes(toks, text, figure, unit) : null;
            // "Ukraine says 45,000 of its soldiers were killed", "die Zahl der eigenen Gefallenen": the speaker's own people
            var possessed = !OwnPossessive(toks, figure, unitTok) ? null
                : OtherPossessor(toks, text, mentions, figure, unitTok, sourceSpans, CountryOf(src))
                  ?? ((speakerEntry?.Group == true ? src.Name : CountryOf(src)) is { } ownCountry ? new NamedRef(ownCountry, src.Text) : null);
            var intercepted = Weapon(unit) && Intercepted(toks, figure);
            // "another 1,000 military engineers", "weitere 300 Soldaten": more of the same side as the figure before
            var another = figure.First > 0 && toks[figure.First - 1].Lower is "another" or "weitere" or "weiteren" or "further"
                          && claims.Count > 0 && claims[^1].Actor is { } previous ? previous : null;
            // "102 der Raketen", "380 of the drones": part of the weapons counted before, whose side fired them
            var partOf = Weapon(unit) && unitTok is { } wt && wt > figure.NumberEnd && toks[figure.NumberEnd].Lower is "der" or "of"
                         && (wt == figure.NumberEnd + 1 || wt == figure.NumberEnd + 2 && toks[figure.NumberEnd + 1].Lower is "the" or "these" or "those")
                         && context.WeaponSides.TryGetValue(unit!, out var side) ? side : null;
            // (the side written on the troops beats who has them or whose government they serve)
            var actorHere = another ?? partOf ?? tollPlace ?? possessed ?? SideNamed(toks, text, mentions)
                            ?? LossesOwner.Of(toks, text, mentions, figure, sourceSpans, IsGroup)
                            ?? (unit is Units.Killed or Units.Wounded or Units.Casualties || Units.IsServing(unit) || Weapon(unit)
                                ? LossesOwner.SufferedBy(toks, text, mentions, figure, lexicon.HomeOf) : null)
                            ?? (attached ? null : HeldOrGoverned(toks, text, mentions, figure, unit, unitTok, src, speakerEntry, sourceSpans, context))
                            ?? ActorOf(toks, text, mentions, figure, unitTok, sourceSpans, CountryOf(src), civilians: civilianToll, unit: unit);
            // "277 Kämpfer, die aus russischer Gefangenschaft heimkehrten", "Russia had handed over 6,060 bodies": with no side named
            // for them, the people a side held or handed back are its enemy's
            Mention? holder = null;
            if (actorHere is null && unit is Units.Killed or Units.Captured)
            {
                foreach (var m in mentions)
                {
                    if ((m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective)) && ActorGrammar.HoldsOrGivesBack(toks, m, figure))
                    {
                        holder = m;
                        break;
                    }
                }
            }
            var holdersEnemy = holder is null ? null
                : context.CountryMentions.MostOtherThan(holder.KeyOf(MentionKind.CountryAdjective) ?? holder.KeyOf(MentionKind.Country));
            // the sides taken from who speaks: they change with the speaker when a source carried from before gives way to one
            // named after the figure
            // (asked by two rules below; a scan of the whole sentence)
            // (and the strength of a force no side is named for: "the armed forces had grown to 800,000, Umerov said")
            // "Russia launched 598 drones" then "14 dead and 48 wounded": a bare toll right after the weapons of an attack
            var tollAfterAttack = BareToll(toks, unit, unitTok) && Weapon(context.LastUnit) && sentence.Paragraph - context.LastClaimParagraph <= 1;
            var callUp = Units.IsServing(unit) && (BuildsOwnForces(toks) || unitTok is null && CountedNoun.StrengthOfForce(toks, figure, language));
            var speakerSide =
                // "the Houthis said they had fired 12 missiles": weapons a pronoun for the speaker fired are the speaker's
                (Weapon(unit) && !intercepted && PronounFired(toks, figure)
                    && (speakerEntry?.Group == true ? src.Name : CountryOf(src)) is { } firer
                    ? new NamedRef(firer, src.Text) : null)
                ?? ownSide
                // "Die EU-Staaten hatten zugesagt, eine Million Geschosse an Kiew zu liefern": weapons a speaker delivers are its own
                // until they arrive
                ?? (Weapon(unit) && ActorGrammar.Delivers(toks) && (CountryOf(src) ?? (src.Name is "European Union" or "NATO" ? src.Name : null)) is { } supplier
                    ? new NamedRef(supplier, src.Text) : null)
                // "Das Pentagon kündigte an, 3000 Soldaten nach Polen zu schicken": troops sent abroad with no side named are the speaker's
                ?? (unit is Units.Soldiers or "fighters" && SentAbroad(toks, mentions) && CountryOf(src) is { } sender ? new NamedRef(sender, src.Text) : null)
                // "Von den einberufenen 300.000 Reservisten …, sagte Putin", "486.000 Männer hätten einen Vertrag … unterschrieben":
                // call-ups, contracts and the size of the army are the speaker's own forces
                ?? (callUp && speakerEntry?.Institution != "intelligence"
                    && CountryOf(src) is { } builder ? new NamedRef(builder, src.Text) : null)
                // "Shoigu said the army would grow to 1.5 million troops", "Stoltenberg said the alliance would have 300,000
                // troops": the speaker's own force, named by what it is, has them
                // (a government's or army's speaker, not researchers writing of another country's "military")
                ?? (Units.IsServing(unit) && OwnForceSubject(toks, figure)
                    && (lexicon.InstitutionOf(src.Name) is "military" or "defence-ministry" or "president" or "government" ? CountryOf(src)
                        : src.Name is "NATO" or "European Union" ? src.Name : null) is { } ownForce
                    ? new NamedRef(ownForce, src.Text) : null);
            // "more than 90 cruise missiles had been launched, the air force said", "Abgefeuert wurden nach Angaben der
            // ukrainischen Luftwaffe zwei Marschflugkörper": weapons fired in the passive with no side named were fired at the
            // speaker's side, and are settled once the article is read as those shot down are
            var firedAtSpeaker = Weapon(unit) && !intercepted && actorHere is null && speakerSide is null && PassiveFiring(toks, figure);
            // "Die ukrainische Luftwaffe zählte 476 Drohnen und 48 Raketen": an air force counts what was flown at its country
            // (settled at the end as the other side; which side fired such weapons last is no guide in a ticker read newest first)
            // (not what it holds or needs, "has only 12 missiles left", nor what it strikes with itself)
            var countedIncoming = unit is "drones" or "missiles" && !intercepted && actorHere is null && speakerSide is null && CountsIncoming(src)
                                  && !ActorGrammar.Delivers(toks) && !HoldsOrStrikes(toks);
            // (whose the people are, "its", "another", beats the mission they serve or their being of no side)
            var actor = (another is null && possessed is null
                    ? PeacekeepingMissions.Of(toks, mentions, figure, unitTok, mission)
                      ?? PeacekeepingMissions.Strength(toks, mentions, figure, unitTok, missionHere)
                      ?? Bystanders.Of(toks, text, mentions, figure, unitTok)
                    : null)
                ?? actorHere
                ?? holdersEnemy
                ?? namelessFoes
                ?? fighters
                ?? speakerSide
                ?? OwnTroops(toks, unit, unitTok, src, mentions, placeCountry)
                // "Innerhalb von 48 Stunden hat die israelische Armee 300.000 Reservisten einberufen" (its speaker named only after):
                // an army calls up its own country's men
                ?? (callUp ? ArmyOf(toks, text, mentions) : null)
                ?? (civilianToll ? context.Theatre : null)
                // "In der Hauptstadt starben … zwei Menschen" after "Regierungssitz in Kyjiw": people with no side named
                // died where the article last placed what happened
                // (so did a bare toll, "14 dead", after the weapons of an attack on that place, not the side that fired them)
                ?? ((civilianToll || tollAfterAttack && location is null) && unit is Units.Killed or Units.Wounded or Units.Casualties
                    && context.LastPlace is { } lastPlace && lastPlace.Name != attackerCountry
                    && !(Weapon(context.LastUnit) && lastPlace.Name == context.LastActor?.Name) ? lastPlace : null)
                // (hostages with no side named are left to the country the article is about, not the side counted before)
                // (people killed after the weapons of the sentence before were counted are that attack's victims, not its side)
                // (and a bare toll, "14 dead and 48 wounded", after "Russia launched 598 drones": the attack's victims too)
                ?? (civilianToll && context.LastActor is { } carriedActor && lexicon.Entity(carriedActor.Name)?.Group == true || unit == "hostages"
                    || civilianToll && Weapon(context.LastUnit) || tollAfterAttack
                    ? null
                    : context.LastActor)
                // soldiers no side is named for serve the army the article follows, before the people it counts
                ?? (Units.IsServing(unit) ? context.ArticleForce : null)
                ?? context.ArticleActor
                // "Belarus said about 13,000 troops would take part": troops no side is named for are the speaker's own
                ?? ((Units.IsServing(unit) || unit is "fighters") && CountryOf(src) is { } home ? new NamedRef(home, src.Text) : null)
                // with no side or place named nearby, the country the article is about is decided once it has been read
                ;
            // "the number of people killed by a Russian missile … has risen to 12": a toll whose side was only carried or guessed
            // is the attacked side's, not the attacker's
            var tollsAttacker = unit is Units.Killed or Units.Wounded or Units.Casualties or "civilians" && attackerCountry is not null
                                && actorHere is null && speakerSide is null ? attackerCountry : null;
            if (tollsAttacker is not null && actor?.Name == tollsAttacker && context.CountryMentions.MostOtherThan(tollsAttacker) is { } attacked)
                actor = attacked;
            // "745 Zivilisten", "2900 Menschen getötet" in an article that names no country: the people are named by the noun
            var nounActor = actor is null && civilianToll && unitTok is { } pn && toks[pn].IsWord ? new NamedRef(toks[pn].Text, toks[pn].Text) : null;
            // the first people killed or displaced at a named place tell where the war is fought
            if (civilianToll && context.Theatre is null && location is not null && lexicon.Country(location) is not null)
                context.Theatre = new NamedRef(location, location);
            location ??= actor?.Name == context.LastActor?.Name && sentence.Paragraph - context.LastClaimParagraph <= 1 ? context.LastLocation : null;
            var quantityText = text[toks[figure.First].Start..toks[Math.Max(unitTok ?? figure.Last, figure.Last)].End];
            var quantity = new Quantity(Plain(figure.Value), Plain(figure.Low), Plain(figure.High), figure.Precision, quantityText);
            // "said on the same day that … 10,000, while its first estimate, on Oct. 18, had spoken of 12k": each figure
            // takes the last day named before it
            // (a day inside the reported clause, "seien am Montag fünf Menschen getötet worden", is when it happened)
            // ("im Juni 2024 von 700.000 gesprochen, Ende 2023 waren es nach seinen Worten noch 617.000": a month too)
            var figureStated = said.Count > 1 && stated is not null
                               && said.LastOrDefault(d => d.First < figure.First && d.First > stated.First && NearSaying(toks, d)) is { } own
                ? new DatePoint(Iso(own.Date), own.Precision)
                : EarlierReportOf(toks, dates, figure, published) is { } earlier ? new DatePoint(Iso(earlier.Date), earlier.Precision)
                : statedOn;
            // "According to the UN, 12 million were displaced, and the IOM says 3 million have fled abroad": a clause of its
            // own with its own speaker gives that speaker to its figures
            var figureSource = ClauseSpeaker(toks, text, mentions, attributions, figure, context) is { } own2 && own2.Name != src.Name ? own2 : src;
            claims.Add(new ClaimDraft(figureSource, actor, StanceNames.Asserts, quantity, unit, location, carriedOn ?? figureStated, stated is not null, refers, evidence)
                {
                    InHeadline = inHeadline, CountedPeople = nounActor, SideSettledAtEnd = actorHere is null && intercepted || firedAtSpeaker || countedIncoming,
                    SourceCarried = sourceCarried,
                    // (any weapon fired before when none of this kind was: "300 drones and missiles" counted as drones)
                    // (not a side the sentence names, "U.S. and British warships shot down 18 drones": those who shot them down)
                    FiredBy = !intercepted && !firedAtSpeaker ? null
                        : (context.WeaponSides.TryGetValue(unit!, out var fired) ? fired
                            : context.WeaponSides.TryGetValue(AnyWeapon, out var firedAny) ? firedAny : null) is { } firedBy
                          && !mentions.Any(m => (m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Country)) == firedBy.Name) ? firedBy : null,
                    ActorFromSpeaker = speakerSide is not null && ReferenceEquals(actor, speakerSide),
                    // (a body's standing figures; a person speaks on a day, told elsewhere in the article)
                    Standing = stated is null && carriedOn is null && IsPersonSource(figureSource) != true && StatementDates.PresentOnly(toks),
                    Attacker = tollsAttacker,
                });

            context.LastUnit = unit;
            // (only weapons told as fired: not those delivered or held, nor those shot down, whose side is settled at the end)
            if (Weapon(unit) && actor is not null && !intercepted && !firedAtSpeaker && !countedIncoming && TellsOfFiring(toks))
            {
                context.WeaponSides[unit!] = actor;
                context.WeaponSides[AnyWeapon] = actor;
            }
            context.LastBaseUnit = unitTok is { } ut && Units.NounUnit(toks[ut]) is { } noun ? noun : unit;
            // (foes named only by a word are no side later figures belong to, and they end the side carried from before)
            context.LastActor = namelessFoes is not null && ReferenceEquals(actor, namelessFoes) ? null : actor;
            context.LastLocation = location;
            context.LastClaimParagraph = sentence.Paragraph;
        }

        if (placeCountry is not null) context.LastPlace = new NamedRef(placeCountry, sentencePlace!);
        if (missionHere is not null) context.LastMission = missionHere;
        // "Russland habe 200 Raketen erhalten, was Teheran bestreitet", "…, a claim Moscow denies": a denial of the figures
        if (claims.Count > 0 && !inHeadline && DeniedAfterwards(toks, text, context) is { } denier && denier.Name != source?.Name)
            claims.Add(new ClaimDraft(denier, claims[0].Actor, StanceNames.Denies, null, null, null, statedOn, stated is not null, refers, evidence));
        ClaimDraft? saidOnly = null;
        if (claims.All(c => c.Source == ClaimDraft.PendingSource) && !inHeadline)
        {
            var according = attributions.Any(a => a.Kind == AttributionKind.According) && source is not null && sourceSpans.Count > 0;
            var spoken = source is not null && sourceSpans.Count > 0
                         && attributions.Any(a => a.Kind != AttributionKind.Citing && !a.Weak);
            foreach (var clause in Clauses(toks))
            {
                var cue = StanceCue.Find(clause, out var cueAt);
                var stance = cue ?? (spoken && StanceCue.AssertsPresence(clause) ? StanceNames.Asserts : null);
                if (stance is null) continue;
                // the party taking a position is the clause's subject ("Moskau und Pjöngjang bestreiten …"), unless the
                // sentence names its source by "laut"/"zufolge"; who says troops are there is the speaker
                var clauseMentions = according || cue is null ? [] : MentionFinder.Find(clause, lexicon);
                // the subject stands before the verb or right after it ("bestreitet die Regierung")
                var speakers = according || cue is null ? [source!]
                    // ("Wie viele …, ließ der Koordinierungsstab offen": after a fronted question the subject follows the verb)
                    // ("Wie viele …, wollte Papperger nicht sagen": the modal after the comma comes before the subject)
                    : cueAt > 0 && FrontingWords.Contains(clause[0])
                      && InvertedSpeaker(clause, text, clauseMentions, cueAt, context) is { } inverted ? [inverted]
                    // ("Menjailo machte die Ukraine … verantwortlich": the accused follows the verb, the accuser stands before it)
                    : SubjectsOf(clause, text, clauseMentions, context, StanceCue.Accuses(clause, cueAt) ? cueAt : cueAt + 3);
                if (speakers.Count == 0 && source is not null && sourceSpans.Count > 0) speakers = [source];
                if (speakers.Count == 0 && cue is not null && UnnamedSpeaker(clause, text, clauseMentions, cueAt, context) is { } unnamed)
                    speakers = [unnamed];
                // "Jimmy Chérizier, a former police officer who leads the G9 coalition, has denied …": after an apposition
                // or a relative clause the verb's subject is the name that opens the sentence
                if (speakers.Count == 0 && cue is not null && cueAt > 0 && AfterClosingComma(clause, cueAt)
                    && AttributionFinder.Forward(toks, 0) is { } opening && opening.Last + 1 < toks.Count && toks[opening.Last + 1].IsPunct(',')
                    && Enumerable.Range(opening.First, opening.Last - opening.First + 1).Any(k => toks[k].IsCapitalized)
                    && sources.Resolve(toks, text, mentions, opening.First, opening.Last, null, context.InstitutionCountries) is { IsAnaphor: false } opener)
                    speakers = [opener.Ref];
                foreach (var speaker in speakers)
                {
                    var actor = ActorOf(toks, text, mentions, null, null, sourceSpans, null) ?? context.LastActor;
                    if (actor?.Name == speaker.Name) actor = context.LastActor;
                    claims.Add(new ClaimDraft(speaker, actor, stance, null, null, LocationOf(toks, mentions, []),
                        speaker.Name == source?.Name ? carriedOn ?? statedOn : statedOn,
                        stated is not null, refers, evidence));
                }
            }
            // "Zelensky said the operation had been aimed only at military targets": a named speaker's statement with no figure
            // and no cue asserts what it says (kept only for a source the article gives no figure of and a party that took no
            // cued position, see ClaimExtractor); a number outside a date, even one that counts nothing, makes it a sentence
            // about figures
            if (claims.Count == 0 && source is not null && sourceSpans.Count > 0 && !NumberOutsideDates(toks, dates)
                && figures.TrueForAll(f => dates.Exists(d => d.First <= f.First && f.First <= d.Last))
                && attributions.Exists(a => a.Kind == AttributionKind.Speech && !a.Weak && StanceCue.TakesPosition(toks[a.Anchor]))
                && !attributions.Exists(a => a.Kind != AttributionKind.Speech)
                // (an outlet reporting takes no position)
                && lexicon.InstitutionOf(source.Name) is not ("media" or "state-media")
                && !sourceSpans.Exists(sp => Enumerable.Range(sp.First, sp.Last - sp.First + 1).Any(k => PublicationNouns.Contains(toks[k]))))
            {
                var actor = ActorOf(toks, text, mentions, null, null, sourceSpans, null) ?? context.LastActor;
                if (actor?.Name == source.Name) actor = context.LastActor;
                saidOnly = new ClaimDraft(source, actor, StanceNames.Asserts, null, null, null, carriedOn ?? statedOn, stated is not null, refers, evidence)
                    { SaidOnly = true };
            }
        }

        // a dated statement lends its day to the source's undated sentences nearby, unless it is told as an
        // earlier one ("hatte … gesprochen", "had said", "zuvor"): then the undated sentences are the newer statement
        if (stated is not null && source is not null && sourceSpans.Count > 0 && !TellsOfEarlierStatement(toks))
            context.SourceDates.Add((sentence.Start, source.Name, source.Text, statedOn));

        // "Das erklärte Generalstaatsanwalt Kostin am Freitag.": the sentence dates what the one before said
        // ("Diese Zahl nannte Selenskyj im Juni", "These figures were given by …")
        var restates = claims.Count == 0 && toks.Count > 2
                       && (toks[0].Lower is "das" or "dies" or "this" or "that" && AttributionFinder.IsSpeechVerb(toks[1])
                           // ("Das geht aus einem Bericht des UN-Büros hervor")
                           || toks[0].Lower is "das" or "dies" && toks[1].Lower is "geht" or "ging" && toks[2].Lower is "aus"
                           || toks[0].Lower is "diese" or "these" or "this" && toks[1].Lower is "zahl" or "zahlen" or "angaben" or "figure"
                               or "figures" or "number" or "numbers" && AttributionFinder.IsSpeechVerb(toks[2]));
        context.Restated = restates && stated is not null ? statedOn : null;
        // "Das berichtete Yonhap unter Berufung auf den Generalstab": the named source stands behind the sentence before
        context.RestatedSource = restates && source is not null && sourceSpans.Count > 0 ? source : null;
        // (only a day counted from the one before, "Fünf Tage später", "Tags darauf": a dated event is not a statement)
        context.PendingStated = claims.Count == 0 && !restates && stated is { Precision: "day" } && statedOn.Date.Length == 10
                                && sourceSpans.Count == 0 && relativeAt >= 0 && stated.First == relativeAt ? statedOn : null;
        context.PendingParagraph = sentence.Paragraph;
        context.Sentence++;
        if (source is not null && sourceSpans.Count > 0)
        {
            context.LastSource = source;
            context.LastSourceParagraph = sentence.Paragraph;
            context.LastSourceIsPerson = IsPersonSource(source);
            switch (context.LastSourceIsPerson)
            {
                case true:
                    (context.LastPerson, context.LastPersonParagraph) = (source, sentence.Paragraph);
                    break;
                case false:
                    (context.LastBody, context.LastBodyParagraph) = (source, sentence.Paragraph);
                    break;
            }
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
        // (added last: the sentence counts as one without claims for what the article carries on from it)
        if (saidOnly is not null) claims.Add(saidOnly);
        return claims;
    }

    private static (string Unit, int Token)? DemonymCounted(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, FigureMention figure,
        List<DateMention> dates, bool exchange)
    {
        // "390 Ukrainians", "thousands of Ukrainians"
        // ("two more Filipinos", "weitere"): more of them
        var at = figure.NumberEnd < toks.Count && toks[figure.NumberEnd].Lower is "of" or "more" or "other" ? figure.NumberEnd + 1 : figure.NumberEnd;
        var m = mentions.FirstOrDefault(x => x.First == at && x.Has(MentionKind.CountryAdjective) && !x.Has(MentionKind.Institution));
        if (m is null || !toks[m.Last].IsCapitalized) return null;
        // a noun, not an adjective before one: German capitalises only nouns; English plural demonyms end in -s
        var next = m.Last + 1 < toks.Count ? toks[m.Last + 1] : null;
        if (next is { IsWord: true } && Units.NounUnit(next) is not null) return null;
        if (!toks[m.Last].Lower.EndsWith('s') && next is { IsWord: true, IsCapitalized: false } && toks[m.Last].Lower.EndsWith("an", StringComparison.Ordinal))
            return null;
        var happened = figure.First > 0 && Units.ParticipleUnit(toks[figure.First - 1]) is { } before && toks[figure.First - 1].Lower is not ("dead" or "ums")
            ? before
            : CountedNoun.HappenedAfter(toks, m.Last + 1, dates) ?? CountedNoun.EventBefore(toks, figure)
              // ("189 Ukrainians had come home" in an exchange: from captivity)
              ?? (exchange && CountedNoun.CameHome(toks, m.Last + 1) ? Units.Captured : null)
              // ("More than 200 Kenyans may have signed up with the Russian military": enlisted, they are soldiers)
              ?? (CountedNoun.RecruitedAfter(toks, m.Last + 1) ? Units.Soldiers : null);
        // "kämpfen rund 200 Nepalesen für Russland": the fight verb before the figure, the side after the people
        if (happened is null && figure.First > 0 && Units.IsFightVerb(toks[figure.First - 1])
            && m.Last + 1 < toks.Count && toks[m.Last + 1].Lower is "für" or "for" or "auf" or "an" or "on" or "alongside")
            happened = Units.Soldiers;
        return happened is null ? null : (happened, m.Last);
    }

    /// <summary>"haben die SDF nach eigenen Angaben", "Unifil, die nach eigenen Angaben": the body named right before the phrase.</summary>
    private NamedRef? OwnAccountGiver(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context, out int end)
    {
        end = -1;
        for (var i = 2; i + 1 < toks.Count; i++)
        {
            if (toks[i].Lower is not ("eigenen" or "eigener") || toks[i - 1].Lower != "nach") continue;
            var k = i - 2;
            if (k >= 0 && toks[k].Lower is "selbst") k--;
            // (a relative pronoun after a comma leans on the name before the comma)
            if (k >= 1 && toks[k].Lower is "die" or "der" or "das" && toks[k - 1].IsPunct(',')) k -= 2;
            var at = k;
            // (not a place after a preposition: "Israels Armee hat im Libanon nach eigenen Angaben …")
            if (mentions.FirstOrDefault(m => m.Last == at && (m.Has(MentionKind.Entity) || m.Has(MentionKind.Country) || m.Has(MentionKind.Institution)))
                    is not { } m
                || AfterPreposition(toks, m.First)
                || sources.Resolve(toks, text, mentions, m.First, m.Last, null, context.InstitutionCountries) is not { IsAnaphor: false } r)
                return null;
            end = m.Last;
            return r.Ref;
        }
        return null;
    }

    private static bool ByOwnAccount(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i + 1 < toks.Count; i++)
        {
            if (toks[i].Lower is "eigenen" or "eigener" && toks[i + 1].Lower is "angaben" or "zählung" or "schätzung" or "darstellung" or "zahlen")
                return true;
            if (toks[i].Lower is "own" && toks[i + 1].Lower is "count" or "figures" or "account" or "tally" or "estimate") return true;
        }
        return false;
    }

    /// <summary>"up from at least 600 in its April assessment": a figure dated by the earlier report it comes from.</summary>
    private static DateMention? EarlierReportOf(IReadOnlyList<Token> toks, List<DateMention> dates, FigureMention figure, DateOnly published)
    {
        foreach (var d in dates)
        {
            if (d.First <= figure.Last || d.First > figure.Last + 4 || d.Date > published || d.Last + 1 >= toks.Count) continue;
            if (toks[d.Last + 1].Lower is "assessment" or "report" or "estimate" or "count" or "briefing" or "tally" or "update"
                && toks[d.First - 1].Lower is "its" or "their" or "his" or "her" or "the")
                return d;
        }
        return null;
    }

    /// <summary>The date of a ticker entry's header: a paragraph of its own that is only a date (and maybe a clock time).</summary>
    private static DateMention? TickerEntryDate(string text, Sentence sentence, IReadOnlyList<Token> toks, List<DateMention> days)
    {
        // ("Dienstag, 1. Oktober 2024": the weekday is read as a day of its own; the full date is the entry's)
        var entry = days.Count == 1 ? days[0]
            : days.Count == 2 && days[0].First == days[0].Last && DateWords.WeekdayOf(toks[days[0].First]) is not null ? days[1] : null;
        return entry is not null && IsTickerLine(text, sentence, toks, entry) ? entry : null;
    }

    /// <summary>A paragraph of its own with nothing but <paramref name="day"/>, a weekday, a clock time and punctuation.</summary>
    private static bool IsTickerLine(string text, Sentence sentence, IReadOnlyList<Token> toks, DateMention day)
    {
        if (toks.Count > 12) return false;
        var startsLine = sentence.Start == 0 || text.LastIndexOf('\n', sentence.Start - 1) is var nl && text[(nl + 1)..sentence.Start].Trim().Length == 0;
        var endsLine = sentence.End >= text.Length || text.IndexOf('\n', sentence.End) is var next && (next < 0 ? text[sentence.End..] : text[sentence.End..next]).Trim().Length == 0;
        if (!startsLine || !endsLine) return false;
        // nothing but the date, weekday, clock time and punctuation
        return Enumerable.Range(0, toks.Count).All(i =>
        {
            var t = toks[i];
            return t.Kind == TokenKind.Punct || day.First <= i && i <= day.Last || t.IsNumber
                || t.Lower is "uhr" or "am" or "pm" or "a" or "m" or "update" or "on" or "um"
                || DateWords.WeekdayOf(t) is not null || DateWords.MonthOf(t) is not null;
        });
    }

    private static bool TellsOfEarlierStatement(IReadOnlyList<Token> toks)
    {
        for (var i = 0; i < toks.Count; i++)
        {
            var w = toks[i].Lower;
            if (w is "zuvor" or "vorher" or "damals" or "previously" or "earlier" or "noch") return true;
            // pluperfect: "hatte … gesagt", "had said"
            if (w is "hatte" or "hatten" or "had" && Enumerable.Range(i + 1, Math.Min(8, toks.Count - i - 1))
                    .Any(k => toks[k].Lower is "gesagt" or "gesprochen" or "erklärt" or "gemeldet" or "mitgeteilt" or "berichtet"
                        or "geschätzt" or "said" or "estimated" or "reported" or "told" or "put"))
                return true;
        }
        return false;
    }

    /// <summary>"am Vorabend", "am Vortag", "tags zuvor", "the previous day", "the evening before,": a day counted back from the last one told.</summary>
    private static bool DayBefore(IReadOnlyList<Token> toks)
    {
        for (var k = 0; k < toks.Count; k++)
        {
            var w = toks[k].Lower;
            if (w is "vorabend" or "vortag" && k > 0 && toks[k - 1].Lower is "am" or "vom") return true;
            if (w is "tags" && k + 1 < toks.Count && toks[k + 1].Lower is "zuvor" or "davor") return true;
            if (w is "previous" && k > 0 && toks[k - 1].Lower is "the" && k + 1 < toks.Count && toks[k + 1].Lower is "day" or "evening" or "night")
                return true;
            if (w is "before" && k > 1 && toks[k - 1].Lower is "day" or "evening" or "night" && toks[k - 2].Lower is "the"
                && (k + 1 == toks.Count || toks[k + 1].Kind == TokenKind.Punct)) return true;
        }
        return false;
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
        var rank = -1;
        foreach (var a in ByRank(attributions))
        {
            var aRank = RankOf(a);
            // ""We estimate that …," a senior U.S. official told reporters": a pronoun inside a quote gives way to a
            // speaker named by a verb of the same kind
            if (speaker is not null && aRank != rank) break;
            if (Resolve(a, null) is not { } r) continue;
            if (speaker is null) (speaker, rank) = (r, aRank);
            else if (!r.IsAnaphor && InsideQuote(toks, speaker.First)) speaker = r;
            if (!speaker.IsAnaphor) break;
        }
        // "Gerasimov told Putin on Wednesday, according to the state news agency TASS": an outlet reporting what a named
        // speaker said passes it on
        // ("…, sagte Gerassimow, wie die Nachrichtenagentur Interfax berichtete": the same with the outlet after the speaker)
        SourceResolver.Resolved? outlet = null;
        if (speaker is { IsAnaphor: false } first)
        {
            var speakerIsOutlet = IsOutlet(toks, first);
            foreach (var a in attributions.Where(a => a.Kind == AttributionKind.According || a.Kind == AttributionKind.Speech && !a.Weak))
            {
                if (Resolve(a, null) is not { IsAnaphor: false } other || other.Ref.Name == first.Ref.Name
                    || IsOutlet(toks, other) == speakerIsOutlet) continue;
                // (the outlet reports the speaker's words only by "according to"/"laut" or in a clause "wie … berichtete", "as … reported":
                // "Tass meldete 20 Tote, die Armee sprach von 30" are two reports)
                var outletAttribution = speakerIsOutlet ? attributions.FirstOrDefault(x => x.First <= first.First && first.Last <= x.Last) : a;
                if (outletAttribution is null || outletAttribution.Kind != AttributionKind.According
                    && !Enumerable.Range(Math.Max(0, outletAttribution.First - 3), Math.Min(3, outletAttribution.First)).Any(k => toks[k].Lower is "wie" or "as"))
                    continue;
                (outlet, speaker) = speakerIsOutlet ? (first, other) : (other, first);
                spans.Add((outlet.First, outlet.Last));
                break;
            }
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
        foreach (var a in attributions)
        {
            if (a.Kind != AttributionKind.Citing) continue;
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
        // (a description the lexicon knows as a name, "der Koordinierungsstab", is that name)
        var description = SourceResolver.IsBareDescription(toks, main.First, main.Last)
                          && !mentions.Any(m => m.Overlaps(main.Last, main.Last) && (m.Has(MentionKind.Entity) || m.Has(MentionKind.Institution)));
        if (!description && !main.IsAnaphor) RememberDescriptions(toks, main, name, context);
        if (PassedOn.Briefed(sources, toks, text, mentions, main, name, context) is { } briefer) return (briefer, spans);
        // "Der Geheimdienst schätzt …, wie der Abgeordnete Lee mitteilte": the agency briefed the lawmaker
        if (lawmakerHere && !main.IsAnaphor && !context.Lawmakers.Contains(name.Name)) context.LastBriefer = name;
        // ("der 64-Jährige" stands for a person as "er" does)
        var aged = main.First == main.Last && Words.IsAgeNoun(toks[main.First].Lower);
        var pronoun = main.First == main.Last && Words.IsSubjectPronoun(toks[main.First].Lower) || aged;
        // "a panel of UN experts said …" then "the panel said": the body last called so; with none, nobody named
        if (description)
        {
            // ("the group", "die Miliz": the armed group named last, even when it was no source)
            if (GroupAnaphors.Contains(toks[main.Last]) && context.LastGroup is { } group) name = group;
            else if (context.Descriptions.TryGetValue(toks[main.Last].Lower, out var described)) name = described;
            else if (main.IsAnaphor) return (null, spans);
        }
        // "the militants said": the armed group named last, and no one else
        else if (main.IsAnaphor && SourceResolver.IsGroupPeople(toks[main.Last]))
        {
            if (context.LastGroup is not { } group) return (null, spans);
            name = group;
        }
        // "das Blatt", "the newspaper": the publication the article last named
        else if (main.IsAnaphor && PublicationNouns.Contains(toks[main.Last]) && context.LastPublication is { } paper) name = paper;
        // "Governor Oleh Syniehubov said …" then "the governor added": the office named again is the person before
        else if (!main.IsAnaphor && name.Name == name.Text && SourceResolver.RoleNouns.Contains(Words.WithoutPossessive(toks[main.Last].Lower))
                 && context.LastSource is { } office && office.Text.Contains(Words.WithoutPossessive(toks[main.Last].Text), StringComparison.OrdinalIgnoreCase)
                 && paragraph - context.LastSourceParagraph <= 2) name = office;
        else if (main.IsAnaphor && pronoun && context.LastNamed is { } subject && context.LastNamedSentence == context.Sentence) name = subject;
        // "…, sagte er" after a ministry spoke: "er"/"he" is the person named before it, "it" the body
        else if (main.IsAnaphor && pronoun && PronounSpeaker(toks[main.First].Lower, aged, context, paragraph) is { } kindMatch) name = kindMatch;
        else if (main.IsAnaphor && context.LastSource is { } earlier
                 && (main.Ref.Name == main.Ref.Text || paragraph - context.LastSourceParagraph <= 1)
                 // "the health ministry said" after the NIS spoke: another office is not a back-reference to it
                 && !OtherOffice(toks, mentions, main, earlier)) name = earlier;
        // a bare "it"/"er" with nobody before it to stand for names no source
        if (pronoun && main.IsAnaphor && name == main.Ref) return (null, spans);
        if (cited is not null && speaker is not null)
            name = name with { Via = speaker.IsAnaphor && context.LastSource is not null ? context.LastSource.Name : speaker.Ref.Name };
        else if (outlet is not null) name = name with { Via = outlet.Ref.Name };
        return (name, spans);
    }

    /// <summary>"the state news agency TASS", "the newspaper Kommersant": a news outlet, by the lexicon or by what the text calls it.</summary>
    private bool IsOutlet(IReadOnlyList<Token> toks, SourceResolver.Resolved r)
    {
        if (lexicon.InstitutionOf(r.Ref.Name) is "state-media" or "media") return true;
        for (var k = r.First; k <= r.Last; k++)
        {
            if (PublicationNouns.Contains(toks[k]) || toks[k].Lower is "nachrichtenagentur" or "agentur"
                || toks[k].Lower is "agency" && k > r.First && toks[k - 1].Lower is "news") return true;
        }
        return false;
    }

    /// <summary>The words a named body was called by in the text or is called by in the lexicon ("panel of UN experts",
    /// "UN-Mission Unifil").</summary>
    private void RememberDescriptions(IReadOnlyList<Token> toks, SourceResolver.Resolved main, NamedRef name, ArticleContext context)
    {
        RememberDescriptions(name.Name, context);
        // only the head of the phrase ("panel of experts", "the UN mission"), not a word inside a title ("the head of the
        // UN mission, Jean-Pierre Lacroix")
        for (var k = main.First; k <= main.Last; k++)
        {
            if (SourceResolver.Descriptions.Contains(toks[k]) && (k == main.Last || toks[k + 1].Lower is "of" or "von" or "der" or "des"))
                context.Descriptions[toks[k].Lower] = name;
        }
    }

    /// <summary>The descriptions ("peacekeeping mission", "UN-Mission Monusco") the lexicon gives a body the text named.</summary>
    private void RememberDescriptions(string entity, ArticleContext context)
    {
        var (named, words) = _descriptionsOf.GetOrAdd(entity, static (e, lex) => (new NamedRef(e, e), lex.Entity(e) is { } entry
            ? entry.Aliases.SelectMany(a => a.Split([' ', '-'])).Select(w => w.ToLowerInvariant()).Where(SourceResolver.Descriptions.Contains).Distinct().ToArray()
            : []), lexicon);
        foreach (var w in words) context.Descriptions[w] = named;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (NamedRef Named, string[] Words)> _descriptionsOf = new(StringComparer.Ordinal);

    internal static readonly WordSet PublicationNouns =
    [
        "zeitung", "blatt", "newspaper", "paper", "outlet", "magazin", "magazine", "sender", "broadcaster", "portal", "website",
        "nachrichtenportal", "wochenzeitung", "tageszeitung", "daily", "weekly",
    ];

    /// <summary>"der Zeitung "Nowaja Gaseta Europa"", "the newspaper Kommersant": a publication named after its kind.</summary>
    private static NamedRef? Publication(IReadOnlyList<Token> toks, string text)
    {
        for (var i = 0; i + 1 < toks.Count; i++)
        {
            if (!PublicationNouns.Contains(toks[i])) continue;
            var k = i + 1;
            var quoted = toks[k].Kind == TokenKind.Punct && toks[k].Text is "\"" or "„" or "“" or "”" or "«" or "»";
            if (quoted) k++;
            var first = k;
            while (k < toks.Count && k < first + 5 && toks[k].IsWord && toks[k].IsCapitalized) k++;
            if (k == first) continue;
            var words = text[toks[first].Start..toks[k - 1].End];
            return new NamedRef(words, words);
        }
        return null;
    }

    /// <summary>"Ende 2023 waren es nach seinen Worten noch 617.000", "in May, by his account": a date the speaker gave a figure for.</summary>
    private static bool InHisWords(IReadOnlyList<Token> toks, DateMention d)
    {
        for (var k = d.Last + 1; k < Math.Min(toks.Count, d.Last + 6); k++)
        {
            if (toks[k].Lower is "worten" && toks[k - 1].Lower is "seinen" or "ihren" || toks[k].Lower is "account" && toks[k - 1].Lower is "his" or "her" or "its")
                return true;
        }
        return false;
    }

    /// <summary>A day with a verb or noun of saying or estimating close by: "its first estimate, on Oct. 18, had spoken of".</summary>
    private static bool NearSaying(IReadOnlyList<Token> toks, DateMention d)
    {
        if (InHisWords(toks, d)) return true;
        for (var k = Math.Max(0, d.First - 5); k < Math.Min(toks.Count, d.Last + 6); k++)
        {
            if (AttributionFinder.IsSpeechVerb(toks[k]) || toks[k].Lower is "estimate" or "schätzung" or "spoken" or "gesprochen"
                    or "statement" or "erklärung" or "angaben" or "figure" or "zahl") return true;
        }
        return false;
    }

    /// <summary>True when an opening quote stands before <paramref name="i"/> in the sentence and no closing one between.</summary>
    private static bool InsideQuote(IReadOnlyList<Token> toks, int i)
    {
        var quotes = 0;
        for (var k = 0; k < i; k++)
        {
            if (toks[k].Kind == TokenKind.Punct && toks[k].Text is "\"" or "„" or "“" or "”" or "«" or "»") quotes++;
        }
        return quotes % 2 == 1;
    }

    /// <summary>An institution word ("health ministry") of another kind than the earlier source's own office.</summary>
    private bool OtherOffice(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, SourceResolver.Resolved main, NamedRef earlier)
    {
        var m = mentions.FirstOrDefault(m => m.First >= main.First && m.Last <= main.Last && m.Has(MentionKind.Institution));
        // ("Ende Oktober hatte die Regierung … gesprochen" after a ministry's spokesman, "the government said" after an armed
        // group: the government refers back only to a government or a country that spoke)
        if (m is not null && m.First == m.Last && toks[m.First].Lower is "government" or "regierung")
            return !(lexicon.Entity(earlier.Name)?.Institution == "government" || lexicon.Country(earlier.Name) is not null);
        // "die Behörde", "the agency", "the ministry": words any office is called by refer back
        if (m is null || m.First == m.Last && GenericOffices.Contains(toks[m.First])) return false;
        return lexicon.Entity(earlier.Name)?.Institution != m.KeyOf(MentionKind.Institution);
    }

    private static readonly WordSet GenericOffices =
    [
        "behörde", "agency", "authority", "authorities", "ministry", "ministerium", "dienst", "service", "office", "amt",
        "government", "regierung", "behörden",
    ];

    /// <summary>A speaker named by a country or capital ("Kyiv said") is a body, whatever its words.</summary>
    private bool? IsPersonSource(NamedRef source) => lexicon.Country(source.Name) is not null ? false : SpeakerKind.IsPerson(source.Text);

    /// <summary>
    /// The speaker a pronoun stands for when the last speaker is of the other kind: "er"/"he"/"she" (or a person named by age,
    /// "der 64-Jährige") a person, "it" a body, named in the last three paragraphs; null leaves the last speaker.
    /// </summary>
    private NamedRef? PronounSpeaker(string pronoun, bool namedByAge, ArticleContext context, int paragraph)
    {
        if (context.LastSource is not { } last) return null;
        var lastIsPerson = context.LastSourceIsPerson;
        if ((namedByAge || pronoun is "er" or "he" or "she") && lastIsPerson == false && context.LastPerson is { } person
            && paragraph - context.LastPersonParagraph <= 3)
            return person;
        if (pronoun is "it" or "es" && lastIsPerson == true && context.LastBody is { } body && paragraph - context.LastBodyParagraph <= 3)
            return body;
        return null;
    }

    /// <summary>", has denied", ", wies … zurück": the verb (past its auxiliaries and negation) comes right after a comma.</summary>
    private static bool AfterClosingComma(IReadOnlyList<Token> clause, int verb)
    {
        var k = verb - 1;
        while (k > 0 && clause[k].Lower is "has" or "have" or "had" or "did" or "does" or "not" or "never" or "also" or "hat" or "hatte" or "habe"
                   or "nicht" or "sich" or "auch") k--;
        return k > 0 && clause[k].IsPunct(',');
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
            clauses.Add(toks.Skip(start).Take(i - start).ToArray());
            start = i + 1;
        }
        clauses.Add(start == 0 ? toks : toks.Skip(start).ToArray());
        return clauses;
    }

    /// <summary>The speaker of the figure's own clause, when the sentence joins clauses with their own speakers.</summary>
    private NamedRef? ClauseSpeaker(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, List<Attribution.Attribution> attributions,
        FigureMention figure, ArticleContext context)
    {
        if (attributions.Count < 2) return null;
        // clause boundaries: ";", ", while", ", whereas", ", während", and ", and"/", und" before a new subject
        int start = 0, end = toks.Count;
        for (var i = 1; i + 1 < toks.Count; i++)
        {
            var boundary = toks[i].IsPunct(';')
                           || toks[i].IsPunct(',') && (toks[i + 1].Lower is "while" or "whereas" or "während" or "wohingegen"
                               || toks[i + 1].Lower is "and" or "und" && i + 2 < toks.Count
                                   && (toks[i + 2].Lower is "the" or "der" or "die" or "das" || toks[i + 2].IsCapitalized));
            if (!boundary) continue;
            if (i < figure.First) start = i + 1;
            else
            {
                end = i;
                break;
            }
        }
        if (start == 0 && end == toks.Count) return null;
        foreach (var a in attributions)
        {
            if (a.Kind == AttributionKind.Citing || a.Anchor < start || a.Anchor >= end || a.First < start || a.Last >= end) continue;
            if (sources.Resolve(toks, text, mentions, a.First, a.Last, null, context.InstitutionCountries) is { IsAnaphor: false } r) return r.Ref;
        }
        return null;
    }

    /// <summary>"…, was Moskau bestreitet", "…, which Pyongyang denies", "…, a claim the Kremlin rejects": who denies what was just said.</summary>
    private NamedRef? DeniedAfterwards(IReadOnlyList<Token> toks, string text, ArticleContext context)
    {
        for (var j = 1; j + 2 < toks.Count; j++)
        {
            if (!toks[j - 1].IsPunct(',')) continue;
            var start = toks[j].Lower is "was" or "which" or "what" or "something" ? j + 1
                : toks[j].Lower is "a" or "an" or "eine" or "einen" or "ein" && toks[j + 1].Lower is "claim" or "charge" or "allegation" or "account"
                    or "vorwurf" or "darstellung" or "angabe" or "behauptung" ? j + 2
                : -1;
            if (start < 0) continue;
            var end = start;
            while (end < toks.Count && !toks[end].IsPunct(',') && !toks[end].IsPunct('.') && !toks[end].IsPunct(';')) end++;
            if (end - start < 2) continue;
            var sub = toks.Skip(start).Take(end - start).ToArray();
            if (StanceCue.Find(sub, out var at) != StanceNames.Denies) continue;
            var subMentions = MentionFinder.Find(sub, lexicon);
            var who = SubjectsOf(sub, text, subMentions, context);
            return who.Count > 0 ? who[0] : UnnamedSpeaker(sub, text, subMentions, at, context);
        }
        return null;
    }

    /// <summary>
    /// Who takes a position when no known party opens the clause: "Im Kreml wollte sich niemand äußern" (the place
    /// where nobody spoke), "stritt es ab" (a pronoun for the source before), "Der Hersteller Gold Apollo bestritt"
    /// (a party the lexicon does not know, under the words of the text).
    /// </summary>
    private NamedRef? UnnamedSpeaker(IReadOnlyList<Token> clause, string text, IReadOnlyList<Mention> mentions, int cueAt, ArticleContext context)
    {
        if (clause.Any(t => t.Lower is "niemand" or "nobody" or "keiner")
            && mentions.FirstOrDefault(m => m.Has(MentionKind.Entity) || m.Has(MentionKind.Country) || m.Has(MentionKind.Institution)) is { } m
            && sources.Resolve(clause, text, mentions, m.First, m.Last, null, context.InstitutionCountries) is { IsAnaphor: false } where)
            return where.Ref;
        if (cueAt < 0) return null;
        // a pronoun subject next to the verb: "stritt es ab", "he denied", "sie bestreitet"
        // ("He would not say": auxiliaries and a negation between)
        for (var k = Math.Max(0, cueAt - 4); k <= Math.Min(clause.Count - 1, cueAt + 2); k++)
        {
            if (k < cueAt - 2 && !OnlyAuxiliariesBetween(clause, k, cueAt)) continue;
            // ("lehnte es ab, sich … zu äußern": "es" after the verb is its object)
            if (k > cueAt && clause[k].Lower is "es" && k + 2 < clause.Count && clause[k + 1].Lower is "ab" && clause[k + 2].IsPunct(',')) continue;
            if (Words.IsSubjectPronoun(clause[k].Lower))
                return PointedBack(context);
        }
        // a party opening the clause (when a phrase runs up to the verb it is the subject, named or not), then the subject after a
        // fronted phrase's modal verb, then one after the verb
        if (OpeningSpeaker(clause, text, mentions, cueAt, context, out var subjectOpens) is { } opening) return opening;
        if (subjectOpens) return null;
        return ModalSubject(clause, text, mentions, cueAt, context) ?? InvertedSpeaker(clause, text, mentions, cueAt, context);
    }

    /// <summary>Who "he", "it" or an unnamed spokesperson is: the party the sentence before named, else the last source.</summary>
    private static NamedRef? PointedBack(ArticleContext context) =>
        context.LastNamedSentence == context.Sentence ? context.LastNamed ?? context.LastSource : context.LastSource;

    /// <summary>"He would not say": only auxiliaries and a negation stand between a pronoun and the verb.</summary>
    private static bool OnlyAuxiliariesBetween(IReadOnlyList<Token> clause, int pronoun, int verb)
    {
        for (var j = pronoun + 1; j < verb; j++)
        {
            if (clause[j].Lower is not ("would" or "could" or "did" or "does" or "will" or "not" or "has" or "had" or "have" or "never")) return false;
        }
        return true;
    }

    /// <summary>
    /// "Der Hersteller Gold Apollo bestritt", "A spokesperson for the regional administration declined": a phrase that opens the
    /// clause and runs up to the verb (past auxiliaries and a negation), if it names someone.
    /// </summary>
    private NamedRef? OpeningSpeaker(IReadOnlyList<Token> clause, string text, IReadOnlyList<Mention> mentions, int cueAt, ArticleContext context,
        out bool subjectOpens)
    {
        subjectOpens = false;
        // the phrase must run up to the verb: "Die Berichte über … dementierten die Staaten" opens with what is denied
        // ("The office of Prime Minister X did not respond": auxiliaries and a negation may stand between)
        if (AttributionFinder.Forward(clause, 0) is not { } phrase) return null;
        var reach = cueAt - 1;
        while (reach > phrase.Last && clause[reach].Lower is "did" or "does" or "do" or "not" or "has" or "have" or "had" or "would" or "will"
                   or "could" or "nicht" or "hat" or "hatte" or "habe" or "wollte" or "wollten" or "sich" or "auch" or "also" or "noch" or "bislang"
                   or "bisher" or "zunächst" or "yet" or "so" or "far")
            reach--;
        if (phrase.Last < reach) return null;
        var last = Math.Min(phrase.Last, cueAt - 1);
        if (last < phrase.First) return null;
        // ("Die Regierung wies … zurück": the subject opens the clause, even when it only points back)
        subjectOpens = clause[phrase.First].IsCapitalized || phrase.First > 0 && clause[phrase.First - 1].IsCapitalized;
        if (phrase.First == last && GroupAnaphors.Contains(clause[last])) return context.LastGroup;
        // "The Israeli military said … A spokesman declined to say": a spokesperson no one is named for speaks for the body
        // that spoke before
        if (phrase.First == last && phrase.First > 0 && clause[phrase.First - 1].Lower is "a" or "an" or "ein" or "eine"
            && clause[last].Lower is "spokesman" or "spokeswoman" or "spokesperson" or "sprecher" or "sprecherin")
            return PointedBack(context);
        // a name, an office ("A spokesperson for the regional administration") or a party the lexicon knows
        if (!clause.Skip(phrase.First).Take(last - phrase.First + 1).Any(t => t.IsCapitalized) && !SourceResolver.RoleNouns.Contains(clause[last].Lower)
            && !mentions.Any(m => m.First >= phrase.First && m.Last <= last && m.Has(MentionKind.Entity))) return null;
        return sources.Resolve(clause, text, mentions, phrase.First, last, null, context.InstitutionCountries) is { IsAnaphor: false } r ? r.Ref : null;
    }

    /// <summary>
    /// "Zu Opferzahlen wollte sie sich nicht äußern", "…, wollte ein Sprecher der NUG nicht sagen": the subject right after the
    /// modal verb, when what stands before the modal is fronted (a clause, a prepositional phrase), not the subject itself.
    /// </summary>
    private NamedRef? ModalSubject(IReadOnlyList<Token> clause, string text, IReadOnlyList<Mention> mentions, int cueAt, ArticleContext context)
    {
        for (var k = cueAt - 1; k >= 1 && k >= cueAt - 10; k--)
        {
            if (clause[k].Lower is not ("wollte" or "wollten" or "mochte" or "mochten" or "konnte" or "konnten")) continue;
            if (!clause[k - 1].IsPunct(',') && !FrontingWords.Contains(clause[0])) return null;
            var start = k + 1 < cueAt && clause[k + 1].Lower is "sich" ? k + 2 : k + 1;
            if (start >= cueAt) return null;
            if (Words.IsSubjectPronoun(clause[start].Lower))
                return PointedBack(context);
            if (AttributionFinder.Forward(clause, start) is { } subject && subject.Last < cueAt
                && sources.Resolve(clause, text, mentions, subject.First, subject.Last, null, context.InstitutionCountries) is { } said)
                return said.IsAnaphor ? context.LastSource ?? said.Ref : said.Ref;
            return null;
        }
        return null;
    }

    /// <summary>Words that open a German clause with something other than its subject: a preposition or a question word.</summary>
    private static readonly WordSet FrontingWords =
    [
        "zu", "zum", "zur", "über", "auf", "bei", "für", "nach", "von", "vom", "mit", "wegen", "angesichts", "wie", "ob", "was",
        "warum", "wann", "wo", "wieviele", "welche", "welcher", "how", "whether", "what", "why", "when", "where", "which",
    ];

    /// <summary>"the group", "die Miliz": the armed group the article named before.</summary>
    internal static readonly WordSet GroupAnaphors = ["group", "militia", "gruppe", "gruppierung", "miliz"];

    /// <summary>
    /// "Wie viele …, ließ der Koordinierungsstab offen", "Berichte über Gräueltaten wies die Miliz … zurück": after a fronted
    /// clause or object the subject follows the verb; "the group", "die Miliz" is the armed group named before.
    /// </summary>
    private NamedRef? InvertedSpeaker(IReadOnlyList<Token> clause, string text, IReadOnlyList<Mention> mentions, int cueAt, ArticleContext context)
    {
        if (cueAt < 0 || cueAt + 1 >= clause.Count) return null;
        var verb = cueAt > 0 && clause[cueAt - 1].IsPunct(',') || clause[cueAt].Lower is "wies" or "wiesen" or "weist" ? cueAt : -1;
        var modal = false;
        for (var k = 2; verb < 0 && k < cueAt; k++)
        {
            if (clause[k - 1].IsPunct(',') && clause[k].Lower is "wollte" or "wollten" or "mochte" or "mochten" or "konnte" or "konnten"
                    or "will" or "wollen" or "möchte" or "möchten" or "kann" or "können")
                (verb, modal) = (k, true);
        }
        if (verb < 0) return null;
        var start = clause[verb + 1].Lower is "sich" ? verb + 2 : verb + 1;
        // ("wies Berichte zurück": what is rejected is no speaker)
        if (start < clause.Count && clause[start].Lower is "berichte" or "vorwürfe" or "angaben" or "darstellungen" or "behauptungen"
                or "anschuldigungen" or "meldungen" or "spekulationen" or "forderungen" or "kritik") return null;
        if (start >= clause.Count || AttributionFinder.Forward(clause, start) is not { } inverted) return null;
        if (inverted.First == inverted.Last && GroupAnaphors.Contains(clause[inverted.First])) return context.LastGroup;
        // (an unnamed speaker after the modal, "wollte ein Ministeriumssprecher nicht beziffern", is named by the words for them)
        return sources.Resolve(clause, text, mentions, inverted.First, inverted.Last, null, context.InstitutionCountries) switch
        {
            { IsAnaphor: false } r => r.Ref,
            // ("wollte die Behörde nicht sagen": a definite one points back to the source before)
            { } unnamed when modal && !Words.IsSubjectPronoun(clause[inverted.First].Lower)
                => clause[inverted.First].Lower is "ein" or "eine" or "einer" ? unnamed.Ref : PointedBack(context) ?? unnamed.Ref,
            _ => null,
        };
    }

    /// <summary>The subject of a clause and the parties coordinated with it: "Moskau und Pjöngjang", "Neither Pyongyang nor Moscow".</summary>
    private List<NamedRef> SubjectsOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context,
        int before = int.MaxValue)
    {
        var found = new List<NamedRef>();
        if (SubjectOf(toks, text, mentions, context, out var last, before) is not { } first) return found;
        found.Add(first);
        while (last + 2 < toks.Count && toks[last + 1].Lower is "und" or "and" or "nor" or "or" or "sowie" or "noch")
        {
            // ("neither the SAF nor the RSF": an article may stand before the next name)
            var at = last + 3 < toks.Count && toks[last + 2].Lower is "the" or "der" or "die" or "das" ? last + 3 : last + 2;
            var next = mentions.FirstOrDefault(m => m.First == at && (m.Has(MentionKind.Entity) || m.Has(MentionKind.Country)));
            if (next is null) break;
            var r = sources.Resolve(toks, text, mentions, next.First, next.Last, null, context.InstitutionCountries);
            if (r is null || r.IsAnaphor) break;
            if (found.All(f => f.Name != r.Ref.Name)) found.Add(r.Ref);
            last = next.Last;
        }
        return found;
    }

    /// <summary>"der Nachrichtenagentur AFP", "dem Sender Suspilne" inside a sentence: an outlet in the dative, who was told.</summary>
    private static bool ToldOutlet(IReadOnlyList<Token> toks, int first)
    {
        var noun = IsOutletNoun(toks[first].Lower) ? first : first - 1;
        // (not at the sentence's start, where "Der Sender …" is the subject)
        return noun > 1 && IsOutletNoun(toks[noun].Lower) && AttributionFinder.DativeAt(toks, noun - 1);
    }

    /// <summary>A number that is not part of a date ("Am 24. Februar sagte Selenskyj" has none).</summary>
    private static bool NumberOutsideDates(IReadOnlyList<Token> toks, List<DateMention> dates)
    {
        for (var k = 0; k < toks.Count; k++)
        {
            if (toks[k].IsNumber && !dates.Exists(d => d.First <= k && k <= d.Last)) return true;
        }
        return false;
    }

    private static bool IsOutletNoun(string lower) => lower is "sender" || AttributionFinder.IsFeminineOutlet(lower);

    /// <summary>For a sentence with a position but no verb of saying: the first named party, if not after a preposition.</summary>
    private NamedRef? SubjectOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context) =>
        SubjectOf(toks, text, mentions, context, out _);

    private NamedRef? SubjectOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context, out int end,
        int before = int.MaxValue, bool bareOffice = false)
    {
        end = -1;
        foreach (var m in mentions)
        {
            // "Die Regierung in Teheran bestreitet, Drohnen an Russland geliefert zu haben": what follows the verb is no subject
            if (m.First > before) break;
            if (m.First > 0 && toks[m.First - 1].Lower is "über" or "nach" or "in" or "to" or "about" or "of" or "von" or "from" or "into" or "gegen" or "against" or "mit" or "with")
                continue;
            // ("Armeekreise bestätigten der Nachrichtenagentur AFP": an outlet told, in the dative inside the sentence)
            if (ToldOutlet(toks, m.First)) continue;
            // "Der russische UN-Botschafter", "Russia's U.N. ambassador": a country's mission to the UN speaks for the country
            if ((m.Has(MentionKind.CountryAdjective) || m.Has(MentionKind.Country)) && mentions.FirstOrDefault(n => n.First == m.Last + 1) is { } un
                && un.KeyOf(MentionKind.Entity) == "United Nations")
            {
                // ("U.N. ambassador": the English title follows the name of the body)
                end = un.Last + 1 < toks.Count && toks[un.Last + 1].IsWord && !toks[un.Last + 1].IsCapitalized
                      && toks[un.Last + 1].Lower is "ambassador" or "envoy" or "mission" or "representative" ? un.Last + 1 : un.Last;
                var country = m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Country)!;
                return new NamedRef(country, text[toks[m.First].Start..toks[end].End]);
            }
            // "Die ukrainische Armeeführung": a country adjective opens the subject when an institution follows it
            var ownsInstitution = m.Has(MentionKind.CountryAdjective) && mentions.Any(n => n.First == m.Last + 1 && n.Has(MentionKind.Institution));
            if (!m.Has(MentionKind.Entity) && !m.Has(MentionKind.Country) && !m.Has(MentionKind.Institution) && !ownsInstitution) continue;
            var last = m.Last;
            // "südkoreanische Geheimdienst", and appositions "Kremlsprecher Dmitri Peskow"
            var next = mentions.FirstOrDefault(n => n.First == m.Last + 1);
            if (next is not null && (m.Has(MentionKind.Institution) || m.Has(MentionKind.CountryAdjective)
                    || m.Has(MentionKind.Entity) && next.Has(MentionKind.Entity)
                    // "Südkoreas Nationaler Nachrichtendienst", "Russia's defence ministry": the country's own institution
                    || m.Has(MentionKind.Country) && (next.Has(MentionKind.Entity) || next.Has(MentionKind.Institution))))
                last = next.Last;
            // "die Regierung in Teheran", "the government in Kabul": the place names whose institution it is
            else if (m.Has(MentionKind.Institution) && m.Last + 2 < toks.Count && toks[m.Last + 1].Lower is "in" or "aus"
                     && mentions.FirstOrDefault(n => n.First == m.Last + 2 && (n.Has(MentionKind.Country) || n.Has(MentionKind.Place))) is { } seat)
                last = seat.Last;
            // "Ukraine's Southern Command", "a senior U.S. official": the office or person a country's name opens
            else if (next is null && (m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective)))
                last = OfficeAfterCountry(toks, m.Last);
            var r = sources.Resolve(toks, text, mentions, m.First, last, null, context.InstitutionCountries);
            if (r is not null && !r.IsAnaphor)
            {
                end = last;
                return r.Ref;
            }
            // "Die Streitkräfte haben nach eigenen Angaben fünf … getötet": an office opening the sentence with no country
            // named speaks for itself when it gives its own count
            // (after "Die israelische Armee teilte mit …", "Die Armee hat nach eigenen Angaben …" is that army again)
            if (bareOffice && r is not null && m.Has(MentionKind.Institution) && OpensSentence(toks, m.First) && !Words.IsSubjectPronoun(toks[m.First].Lower))
            {
                end = last;
                return context.LastSource is { } earlier && !OtherOffice(toks, mentions, r, earlier) ? earlier : r.Ref;
            }
        }
        return null;
    }

    private static readonly WordSet OfficeWords =
    [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "command", "ministry", "military", "army", "forces",
        "government", "authorities", "office", "agency", "service", "diplomat", "diplomats", "envoy", "commander", "commanders",
        "staff", "headquarters", "legion", "brigade", "corps", "guard", "navy", "regiment", "battalion", "embassy", "parliament",
        "police",
    ];

    /// <summary>The last word of an office named after a country ("Ukraine's Southern Command", "U.S. official"), or the
    /// country's own last token when none follows.</summary>
    private static int OfficeAfterCountry(IReadOnlyList<Token> toks, int countryLast)
    {
        var k = countryLast + 1;
        var possessive = k + 1 < toks.Count && toks[k].IsPunct('\'') && toks[k + 1].Lower == "s";
        if (possessive) k += 2;
        possessive |= Words.WithoutPossessive(toks[countryLast].Text).Length < toks[countryLast].Text.Length;
        var last = countryLast;
        // "Japan's Nippon Yusen, which …", "Ukraine's Zelensky said": a name in capitals after the possessive is whose words they are
        var name = k;
        while (possessive && name < toks.Count && name <= countryLast + 6 && toks[name].IsCapitalized && !OfficeWords.Contains(toks[name])) name++;
        if (name > k && name < toks.Count && (toks[name].IsPunct(',') || toks[name].IsWord && !toks[name].IsCapitalized && !OfficeWords.Contains(toks[name])))
            return name - 1;
        for (; k < toks.Count && k <= countryLast + 6; k++)
        {
            var t = toks[k];
            // ("U.S. official": the full stop of initials)
            if (t.IsPunct('.') && t.Glued && toks[k - 1].Text.Length == 1 || t.IsWord && t.Text.Length == 1 && t.Glued && char.IsUpper(t.Text[0]))
                continue;
            if (!t.IsWord) break;
            if (OfficeWords.Contains(t))
            {
                last = k;
                continue;
            }
            // a word in capitals belongs to the office only on the way to an office word ("Southern Command")
            if (!t.IsCapitalized || k + 1 >= toks.Count || !(OfficeWords.Contains(toks[k + 1]) || toks[k + 1].IsCapitalized)) break;
        }
        return last;
    }

    /// <summary>How often the article names each country and each place's country: who it is about, for figures that name no side.</summary>
    private void CountWhere(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, ArticleContext context)
    {
        foreach (var m in mentions)
        {
            // ("an der Grenze zu Venezuela": the neighbour across a border is not where it happens)
            if (AcrossBorder(toks, m)) continue;
            if (m.KeyOf(MentionKind.Place) is { } place) context.PlaceMentions.Add(place, text[toks[m.First].Start..toks[m.Last].End]);
            // ("die chinesische Agentur Xinhua": a country's media tell nothing of what the article is about)
            if (NamesAnObserver(toks, m)) continue;
            // ("Myanmar's junta", "die Hamas": an office or group named for its country names that country too)
            if ((m.KeyOf(MentionKind.Country) ?? m.KeyOf(MentionKind.CountryAdjective)
                 ?? (m.KeyOf(MentionKind.Entity) is { } entity ? lexicon.Entity(entity)?.Country : null)) is { } country)
                context.CountryMentions.Add(country, text[toks[m.First].Start..toks[m.Last].End]);
        }
    }

    /// <summary>The kind of people or things counted before, for a bare count: not the state of the missing.</summary>
    private static string? CarriedKind(ArticleContext context) =>
        (context.LastBaseUnit ?? context.LastUnit) is { } before && before != Units.Missing ? before : null;

    /// <summary>"an der Grenze zu Venezuela", "on the border with Poland", "bordering Russia": the country across a border.</summary>
    private static bool AcrossBorder(IReadOnlyList<Token> toks, Mention m) =>
        m.First > 0 && toks[m.First - 1].Lower is "bordering"
        || m.First > 1 && toks[m.First - 1].Lower is "zu" or "zum" or "zur" or "with"
                       && (toks[m.First - 2].Lower.EndsWith("grenze", StringComparison.Ordinal) || toks[m.First - 2].Lower is "border" or "frontier");

    /// <summary>"bezifferte die Zahl … im Januar auf 127.000": a verb whose object is the figure, with no reported clause before the date.</summary>
    private static bool PutsAt(IReadOnlyList<Token> toks, int verb, int dateFirst)
    {
        if (toks[verb].Lower is not ("bezifferte" or "beziffert" or "bezifferten" or "put" or "puts" or "nannte" or "gab") || dateFirst <= verb)
            return false;
        for (var k = verb; k < dateFirst; k++)
        {
            if (toks[k].IsPunct(',') || toks[k].Lower is "dass" or "that") return false;
        }
        return true;
    }

    /// <summary>"vom Mai 2023", "from May", "aus dem vergangenen Juli": the words between a report's author and its date.</summary>
    private static int? ReportDateGap(IReadOnlyList<Token> toks, DateMention d)
    {
        var k = d.First - 1;
        if (k > 0 && toks[k].Lower is "vergangenen" or "letzten" or "vorigen" or "last") k--;
        if (k > 0 && toks[k].Lower is "vom" or "from" or "dated") return d.First - k;
        if (k > 1 && toks[k].Lower is "dem" && toks[k - 1].Lower is "aus") return d.First - k + 1;
        return null;
    }

    /// <summary>"5 killed and 20 wounded", "drei Tote und 14 Verletzte": two figures joined by a conjunction share a clause.</summary>
    private static bool SharesClause(IReadOnlyList<Token> toks, FigureMention figure, FigureMention next)
    {
        for (var k = figure.Last + 1; k < next.First; k++)
        {
            if (toks[k].Lower is "und" or "and" or "oder" or "or" or "sowie") return next.First - figure.Last <= 3;
        }
        return false;
    }

    private string? LocationOf(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, List<(int First, int Last)> exclude,
        int before = int.MaxValue, bool skipDestinations = false)
    {
        foreach (var m in mentions)
        {
            if (m.First >= before) break;
            if (!m.Has(MentionKind.Place) && !m.Has(MentionKind.Country)) continue;
            if (OverlapsAny(m, exclude)) continue;
            if (skipDestinations && IsDestination(toks, m.First)) continue;
            if (!AfterPreposition(toks, m.First) || ActorGrammar.IsAttacker(toks, m)) continue;
            // ("die in Großbritannien ansässige Organisation": where a speaker sits is not where it happened)
            if (m.Last + 1 < toks.Count && Words.IsSeatAdjective(toks[m.Last + 1].Lower)) continue;
            return m.KeyOf(MentionKind.Place) ?? m.KeyOf(MentionKind.Country);
        }
        return null;
    }

    /// <summary>Words of raising one's own forces: call-ups, contracts, the army's target strength.</summary>
    private static bool BuildsOwnForces(IReadOnlyList<Token> toks) =>
        toks.Any(t => t.Lower is "einberufen" or "einberufenen" or "einberufung" or "mobilisiert" or "mobilisierten" or "mobilisierung"
                     or "mobilmachung" or "vertrag" or "verträge" or "contracts" or "contract" or "sollstärke" or "dekret" or "decree"
                     or "conscription" or "conscripts" or "call-up" or "mobilised" or "mobilized" or "mobilisation" or "mobilization"
                     or "vergrößern" or "vergrößert" or "aufstocken" or "aufgestockt" or "enlarge" or "expand" or "increase");

    /// <summary>
    /// A plan to send troops abroad or to the front: "3000 Soldaten nach Polen zu schicken", "will send 2,000 troops to Romania",
    /// "wolle man 5000 Soldaten in das Grenzgebiet verlegen".
    /// </summary>
    private static bool SentAbroad(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions) =>
        // (a plan the speaker announces, "zu schicken", "will send": "Kim hat 11.000 Soldaten nach Russland geschickt" is no one's plan here)
        toks.Any(t => t.Lower is "schicken" or "entsenden" or "verlegen" or "send" or "deploy" or "dispatch")
        && (mentions.Any(m => m.Has(MentionKind.Country) && IsDestination(toks, m.First))
            || toks.Any(t => t.Lower is "man" or "wir" or "we"));

    /// <summary>"in den Sudan", "ins Nachbarland", "nach Polen", "into Chad", "to Poland": where people went, not where they were.</summary>
    private static bool IsDestination(IReadOnlyList<Token> toks, int first)
    {
        var k = first - 1;
        if (k >= 0 && toks[k].Lower is "den" or "die" or "the") k--;
        if (k < 0) return false;
        return toks[k].Lower is "nach" or "into" or "to" or "towards" or "toward" or "ins"
               || toks[k].Lower is "in" && k + 1 < first && toks[k + 1].Lower is "den" or "die";
    }

    private static bool HasCommaBetween(IReadOnlyList<Token> toks, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (toks[k].IsPunct(',')) return true;
        }
        return false;
    }

    /// <summary>"Armee", "army", "armed forces" at <paramref name="k"/>, past a possessive's "'s".</summary>
    private static bool ForceAfter(IReadOnlyList<Token> toks, int k)
    {
        if (k + 1 < toks.Count && toks[k].IsPunct('\'') && toks[k + 1].Lower == "s") k += 2;
        if (k + 1 < toks.Count && toks[k].Lower is "armed") k++;
        return k < toks.Count && CountedNoun.IsForce(toks, k);
    }

    /// <summary>"auf armenischer Seite", "on the Ukrainian side": the side whose people are counted.</summary>
    private static bool NamesASide(IReadOnlyList<Token> toks, Mention m) =>
        m.Has(MentionKind.CountryAdjective) && m.Last + 1 < toks.Count && toks[m.Last + 1].Lower is "seite" or "side";

    private static bool OpensSentence(IReadOnlyList<Token> toks, int first)
    {
        var k = first - 1;
        while (k >= 0 && toks[k].Lower is "der" or "die" or "das" or "the") k--;
        return k < 0;
    }

    private static bool AfterPreposition(IReadOnlyList<Token> toks, int first)
    {
        // "from the streets of Goma", "the outskirts of Kharkiv": a place named as part of another is where it happened
        if (first > 2 && toks[first - 1].Lower is "of" && toks[first - 2].Lower is "streets" or "city" or "town" or "outskirts" or "suburbs"
                or "region" or "province" or "village" or "district" or "centre" or "center" && AfterPreposition(toks, first - 2))
            return true;
        // "nach Polen, Deutschland und Rumänien": the later names of a list share its preposition
        var j = first - 1;
        if (j > 0 && (toks[j].IsPunct(',') || toks[j].Lower is "und" or "and" or "or" or "oder" or "sowie"))
        {
            var h = j - 1;
            while (h > 0 && h > j - 3 && toks[h].IsWord && toks[h].IsCapitalized && !LocationPrepositions.Contains(toks[h - 1])
                   && toks[h - 1].IsWord && toks[h - 1].IsCapitalized) h--;
            if (h >= 0 && h < j && toks[h].IsCapitalized && AfterPreposition(toks, h)) return true;
        }
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            var w = toks[k].Lower;
            if (LocationPrepositions.Contains(w)) return true;
            // "Angriff auf Kyjiw", "the attack on Kyiv": the target of an attack is where it happened
            if (w is "auf" or "on" or "against" or "gegen" && k > 0 && ActorGrammar.IsAttackNoun(toks[k - 1])) return true;
            if (!(w is "der" or "die" or "dem" or "den" or "the" or "region" or "gebiet" or "oblast" or "russische" or "russischen"
                  or "westrussische" or "westrussischen" or "russia's" or "eastern" or "western" or "southern" or "northern" or "östlichen"
                  or "westlichen" or "far" or "östliche" or "front" or "grenzregion")) return false;
        }
        return false;
    }

    private NamedRef? ActorOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention? figure,
        int? unitTok, List<(int First, int Last)> sourceSpans, string? sourceCountry, bool attachedOnly = false, bool civilians = false,
        string? unit = null)
    {
        var intercepted = Weapon(unit) && figure is not null && Intercepted(toks, figure);
        // (one loop with the rules below as one condition: a chain of Where calls made a delegate for every rule at every call)
        var candidates = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (IsCandidate(m)) candidates.Add(m);
        }

        bool IsCandidate(Mention m) =>
            // an armed group named beside people killed or driven out is who did it, not whose people they were
            (m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective) || IsGroup(m) && !civilians) && !m.Has(MentionKind.Institution)
            && !OverlapsAny(m, sourceSpans) && !InAppositionOfAny(toks, m, sourceSpans) && !ControlsAnySpeaker(toks, m, sourceSpans)
            // "JNIM, al Qaeda's affiliate in the Sahel, has 6,000 fighters": a side named in a description of another
            && !(figure is not null && ActorGrammar.DescribesAnother(toks, m, mentions, figure.First))
            // "in a Russian missile strike", "since Israel resumed strikes", "der Gaza-Krieg": who attacks, the subject of
            // another clause, or the name of a war is not whose people or things are counted
            // "Voice of America", "told Voice of America": a country inside a name, or whoever was told, is not counted
            && !(m.First > 1 && toks[m.First - 1].Lower is "of" && toks[m.First - 2].IsCapitalized && toks[m.First - 2].IsWord)
            && !(m.First > 0 && toks[m.First - 1].Lower is "told")
            // "die US-Beobachtungsstelle SITE", "U.S. television": a country's monitor or media watch and report, they are not counted
            && !NamesAnObserver(toks, m) && !AcrossBorder(toks, m)
            && (figure is not null && unitTok is { } au && m.First >= figure.First && m.Last <= au
                || figure is not null && (m.Has(MentionKind.Country) || IsGroup(m)) && ActorGrammar.SubjectOfFigure(toks, m, figure.First)
                || !ActorGrammar.IsAgent(toks, m) && !ActorGrammar.NamesAWar(toks, m)
                // "drones launched by Russia": whoever fires weapons is whose weapons they are
                || Weapon(unit) && IsLaunchedBy(toks, m))
            // refugees belong to the country they fled, not to the one that took them in ("Poland has registered …")
            && (unit != "refugees" || figure is null || unitTok is { } ru && m.First >= figure.First && m.Last <= ru
                || m.First > 0 && toks[m.First - 1].Lower is "from" or "aus" or "von" || NamesASide(toks, m))
            && (!AfterPreposition(toks, m.First) || m.First > 0 && toks[m.First - 1].Lower is "von" or "from" or "aus")
            && !IsInstitutionOwner(mentions, m)
            // "on Russian navy vessels", "mit russischen Kommandeuren": a country after these prepositions is not counted
            && (m.First == 0 || Weapon(unit) && IsLaunchedBy(toks, m) || NamesASide(toks, m)
                || !(toks[m.First - 1].Lower is "on" or "auf" or "with" or "mit" or "by" or "durch" or "for" or "für"
                        or "gegen" or "against" or "aboard" or "towards" or "toward" or "vom" or "across" or "throughout"
                    // "für den Krieg gegen die Ukraine": the side a war is waged against, past its article
                    || PrepositionBefore(toks, m.First) is "gegen" or "against"
                    // "bei Gefechten mit der Hisbollah-Miliz", "in clashes with the Houthis": the other side of a fight
                    || PrepositionBefore(toks, m.First) is "mit" or "with" && FightBefore(toks, m.First)
                    // "eine Million Geschosse an Kiew zu liefern": whoever things are delivered to does not own them yet
                    || PrepositionBefore(toks, m.First) is "an" && (!NamesASide(toks, m) || ActorGrammar.Delivers(toks))))
            // "18 drones … shot down by US and British warships", "US and British warships shot down 18 drones": whoever
            // intercepts weapons is not who fired them
            && !(intercepted && m.Last < figure!.First)
            // "promised 14 tanks, and Germany agreed to ship Leopards", "10 of its soldiers were killed, while al-Shabaab claimed":
            // a side opening another clause after the figure is that clause's subject
            && !(figure is not null && m.First > figure.Last && OpensLaterClause(toks, figure.Last, m.First))
            && !(Weapon(unit) && figure is not null && m.First > figure.Last && ActorGrammar.IsTarget(toks, m))
            // "wenige Tage nach dem Aufstand der Wagner-Truppe, sprach Medwedew von 185.000 …", "after the Wagner mutiny": who
            // did what a time phrase names is not whose the figure is
            && !(figure is not null && m.Last < figure.First && AgentOfEventBefore(toks, m))
            // "sechs ATACMS-Raketen … abgefeuert worden, am Donnerstag britische Marschflugkörper": a side written on weapons a later
            // clause counts is theirs (not an apposition right after the noun, "40 Flugkörper, russische Drohnen und Raketen")
            && !(Weapon(unit) && figure is not null && unitTok is { } wn && m.First > wn + 2 && m.Has(MentionKind.CountryAdjective)
                 && m.Last + 1 < toks.Count && Weapon(Units.NounUnit(toks[m.Last + 1])) && !toks[wn + 1].IsPunct(',')
                 && HasCommaBetween(toks, wn, m.First))
            && !(figure is not null && unit is not null && !IsOwnSideToll(unit) && unit != Units.Captured && ActorGrammar.ReceivesFigure(toks, m, figure.First))
            && (figure is null || !(m.Has(MentionKind.Country) && ActorGrammar.Observes(toks, m, figure))
                && !(unit is Units.Killed or Units.Captured && ActorGrammar.HoldsOrGivesBack(toks, m, figure)));

        if (candidates.Count == 0) return null;

        Mention? pick = null;
        if (figure is not null && unitTok is { } u)
            pick = candidates.FirstOrDefault(m => m.First >= figure.First && m.Last <= u);
        if (attachedOnly && pick is null) return null;
        // "Saraliyev said Moscow had received 24 bodies in return": in an exchange the receiving side gets its own people back
        if (pick is null && figure is not null && unit is Units.Killed or Units.Captured)
            pick = candidates.FirstOrDefault(m => m.Has(MentionKind.Country) && ActorGrammar.ReceivesBefore(toks, m, figure));
        // "Wagner fighters had killed at least 500 civilians": in the active voice those before the figure did it
        if (pick is null && figure is not null && unit is Units.Killed or Units.Wounded or Units.Captured
            && ActorGrammar.ActiveToll(toks, figure.First, figure.NumberEnd))
        {
            candidates = candidates.Where(m => m.First > figure.Last || PrepositionBefore(toks, m.First) is "of" or "on" or "auf" or "against"
                or "gegen").ToList();
            if (candidates.Count == 0) return null;
        }
        // "Russland hat die Ukraine in der Nacht mit 38 Raketen angegriffen": weapons an attack is made with are the attacker's,
        // the name opening the sentence
        // (not in the passive, "Die Ukraine ist mit 38 Raketen angegriffen worden": there the name opening it is the target)
        if (pick is null && figure is not null && Weapon(unit) && WithBefore(toks, figure.First) && !Passive(toks))
            pick = candidates.FirstOrDefault(m => m.Has(MentionKind.Country) && (m.First == 0 || m.First == 1 && toks[0].Lower is "die" or "the")
                                                  // (not the place of a dateline, "KYIV, July 9 (Reuters) -", "KYIV (Reuters) -")
                                                  && !(m.Last + 1 < toks.Count && (toks[m.Last + 1].IsPunct(',') || toks[m.Last + 1].IsPunct('('))));
        // "India sent 65 soldiers", "Poland … has deployed around 40,000 soldiers", "Al-Shabaab still has 7,000 fighters": the
        // subject whose verb takes the figure as its object has or sends what is counted, even when its own officials say so
        if (pick is null && figure is not null && unit is not null && !IsOwnSideToll(unit) && unit != Units.Captured)
            pick = candidates.FirstOrDefault(m => (m.Has(MentionKind.Country) || IsGroup(m))
                                                  && ActorGrammar.SubjectOfFigure(toks, m, figure.First));
        // "Zelenskiy said that Ukraine had used 117 drones": the subject of the reported clause has or sends what is
        // counted, even when it is the speaker's own country (not for tolls: "that Russia had killed 12" names the attacker)
        if (pick is null && figure is not null && unit is not null && !IsOwnSideToll(unit) && unit != Units.Captured)
            pick = candidates.LastOrDefault(m => m.Has(MentionKind.Country) && ActorGrammar.OpensReportedClause(toks, m) && m.Last < figure.First
                                                 && figure.First - m.Last <= 6);
        // beyond the counted noun's own adjective, the source's own country ("Washington followed, when Kirby said")
        // is who speaks, not whose people are counted
        // (a country opening the clause of the figure is its subject: "Litauen reagierte mit der Entsendung von 500 Soldaten")
        if (pick is null && sourceCountry is not null)
        {
            candidates = candidates.Where(m => (m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Country)) != sourceCountry
                                               || figure is not null && m.Has(MentionKind.Country) && OpensSentence(toks, m.First)
                                               && !Enumerable.Range(m.Last + 1, Math.Max(0, figure.First - m.Last - 1)).Any(k => toks[k].Kind == TokenKind.Punct))
                .ToList();
            if (candidates.Count == 0) return null;
        }
        if (figure is not null)
        {
            pick ??= candidates.LastOrDefault(m => m.Last < figure.First);
            pick ??= candidates.FirstOrDefault(m => m.First > figure.Last);
        }
        pick ??= candidates[0];
        var country = IsGroup(pick) ? pick.KeyOf(MentionKind.Entity)! : pick.KeyOf(MentionKind.CountryAdjective) ?? pick.KeyOf(MentionKind.Country)!;
        return new NamedRef(country, text[toks[pick.First].Start..toks[pick.Last].End]);
    }

    /// <summary>"abgefeuert", "geflogen", "in Richtung", "fired", "launched": the sentence tells of projectiles flying at a target.</summary>
    private static bool FiredAcross(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (t.Lower is "abgefeuert" or "gefeuert" or "feuerte" or "feuerten" or "geflogen" or "flogen" or "richtung" or "eingeschlagen"
                or "fired" or "launched" or "abgeschossen" or "abgefangen" or "intercepted") return true;
        }
        return false;
    }

    /// <summary>", and Germany", ", while al-Shabaab", "; Uruguay": a clause of its own opens right before <paramref name="mention"/>.</summary>
    private static bool OpensLaterClause(IReadOnlyList<Token> toks, int after, int mention)
    {
        static bool Conjunction(Token t) => t.Lower is "and" or "while" or "whereas" or "but" or "und" or "während" or "aber" or "doch"
            or "wohingegen";
        var k = mention - 1;
        // (an article only after a conjunction: ", die Nordkorea … vorbereite" is a relative clause on what is counted)
        if (k - 1 > after && toks[k].Lower is "the" or "die" or "der" or "das" && Conjunction(toks[k - 1])) k--;
        if (k > after && Conjunction(toks[k])) k--;
        return k > after && (toks[k].IsPunct(',') || toks[k].IsPunct(';'));
    }

    /// <summary>
    /// "that the alliance would have more than 300,000", "die Armee solle auf 260.000 wachsen": a force named only by what it is
    /// ("the army", "das Bündnis") opens the clause of the figure.
    /// </summary>
    private static bool OwnForceSubject(IReadOnlyList<Token> toks, FigureMention figure)
    {
        for (var k = figure.First - 1; k >= 1 && k >= figure.First - 10; k--)
        {
            if (toks[k].Kind == TokenKind.Punct && !toks[k].IsPunct(',')) return false;
            if (toks[k].Lower is not ("alliance" or "army" or "military" or "bündnis" or "armee" or "streitkräfte" or "militär" or "bundeswehr"
                    or "truppe" or "forces")) continue;
            // ("the armed forces would grow to 1.5 million")
            var noun = k;
            if (toks[k].Lower is "forces")
            {
                if (k < 2 || toks[k - 1].Lower is not "armed") continue;
                noun = k - 1;
            }
            if (toks[noun - 1].Lower is not ("the" or "die" or "das" or "der")) return false;
            // ("said the army would grow": a verb of saying may stand where "that" would)
            return noun == 1 || toks[noun - 2].Lower is "that" or "dass" || toks[noun - 2].IsPunct(',') || AttributionFinder.IsSpeechVerb(toks[noun - 2]);
        }
        return false;
    }

    private static readonly HashSet<string> ObserverNouns = new(StringComparer.Ordinal)
    {
        "beobachtungsstelle", "sender", "fernsehen", "zeitung", "medien", "denkfabrik", "thinktank", "nachrichtenagentur", "agentur",
        "staatsmedien", "staatsagentur", "staatsfernsehen", "broadcaster", "television", "newspaper", "media", "outlet", "think-tank", "agency",
    };

    /// <summary>"US-Beobachtungsstelle", "U.S. television", "the U.S.-based monitor": a country's watcher or media, named by it.</summary>
    private static bool NamesAnObserver(IReadOnlyList<Token> toks, Mention m)
    {
        var w = toks[m.Last].Lower;
        var hyphen = w.LastIndexOf('-');
        if (hyphen > 0 && ObserverNouns.Contains(w[(hyphen + 1)..])) return true;
        var next = m.Last + 1;
        if (next < toks.Count && toks[next].Lower is "based" or "-based") next++;
        // ("Chinese news agency Xinhua", "Russian state media")
        if (next + 1 < toks.Count && toks[next].Lower is "news" or "state") next++;
        // (an agency only of news or of the state: "the Russian agency", not "Ukraine's intelligence agency", an institution anyway)
        return next < toks.Count && ObserverNouns.Contains(toks[next].Lower) && !(toks[next].Lower is "agency" && next == m.Last + 1);
    }

    private static bool Passive(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (t.Lower is "worden" or "wurde" or "wurden" or "was" or "were" or "been") return true;
        }
        return false;
    }

    /// <summary>"mit 38 Raketen", "with more than 100 drones": the figure is what something was done with.</summary>
    private static bool WithBefore(IReadOnlyList<Token> toks, int figureFirst)
    {
        // ("mit 127 Raketen und 109 Kampfdrohnen": a figure coordinated with one after "mit" shares it)
        for (var k = figureFirst - 1; k >= 0 && k >= figureFirst - 8; k--)
        {
            if (toks[k].Lower is "mit" or "with") return true;
            var coordinated = toks[k].IsNumber || toks[k].Lower is "und" or "and" or "sowie"
                || toks[k].IsCapitalized && Units.IsWeapon(Units.NounUnit(toks[k]));
            if (!coordinated && (!toks[k].IsWord || toks[k].IsCapitalized || k < figureFirst - 3)) return false;
        }
        return false;
    }

    /// <summary>"Tom Perriello, the US special envoy for Sudan, told …": a country in the title set off after a speaker's name is the speaker's.</summary>
    private static bool InApposition(IReadOnlyList<Token> toks, int sourceLast, Mention m)
    {
        // "The Myanmar National Democratic Alliance Army (MNDAA)": the speaker's short name in brackets
        if (m.First == sourceLast + 2 && toks[sourceLast + 1].IsPunct('(') && m.Last + 1 < toks.Count && toks[m.Last + 1].IsPunct(')')) return true;
        // ("Vladimir Medinsky, the Kremlin aide who heads Moscow's negotiating team, said": a relative clause inside the title)
        if (sourceLast + 1 >= toks.Count || !toks[sourceLast + 1].IsPunct(',') || m.First <= sourceLast + 1 || m.First > sourceLast + 9) return false;
        for (var k = sourceLast + 2; k < m.First; k++)
        {
            if (toks[k].Kind == TokenKind.Punct || AttributionFinder.IsSpeechVerb(toks[k])) return false;
        }
        // the title closes with a comma and the verb of saying follows it
        for (var k = m.Last + 1; k < toks.Count && k <= m.Last + 8; k++)
        {
            if (toks[k].IsPunct(',')) return k + 1 < toks.Count && AttributionFinder.IsSpeechVerb(toks[k + 1]);
            // (a possessive's apostrophe, "Moscow ' s", is inside the title)
            if (toks[k].IsPunct('\'')) continue;
            if (toks[k].Kind == TokenKind.Punct || toks[k].IsNumber || AttributionFinder.IsSpeechVerb(toks[k])) return false;
        }
        return false;
    }

    /// <summary>A mention in the participle phrase before any of the speaker's spans: who controls or installed the office.</summary>
    private static bool ControlsAnySpeaker(IReadOnlyList<Token> toks, Mention m, List<(int First, int Last)> spans)
    {
        foreach (var (first, _) in spans)
        {
            if (ActorGrammar.ControlsSpeaker(toks, m, first)) return true;
        }
        return false;
    }

    /// <summary>The dash that ends a dateline opening the sentence: places, a date and an agency in brackets before it.</summary>
    private static int? DatelineEnd(IReadOnlyList<Token> toks)
    {
        var bracket = false;
        for (var k = 0; k < toks.Count && k < 10; k++)
        {
            var t = toks[k];
            if (t.Text is "-" or "–" or "—" && !t.Glued) return k > 0 && bracket ? k : null;
            if (t.IsPunct('(')) bracket = true;
            else if (!(t.IsWord && (t.IsCapitalized || bracket) || t.IsNumber || t.IsPunct('/') || t.IsPunct(')') || t.IsPunct(',') || t.IsPunct('.'))) return null;
        }
        return null;
    }

    /// <summary>A mention in the title set off after any of the speaker's spans.</summary>
    private static bool InAppositionOfAny(IReadOnlyList<Token> toks, Mention m, List<(int First, int Last)> spans)
    {
        foreach (var (_, last) in spans)
        {
            if (InApposition(toks, last, m)) return true;
        }
        return false;
    }

    /// <summary>"laut", "zufolge" first, then verbs of saying, then weak ones ("confirmed", "put"); not citations.</summary>
    private static int RankOf(Attribution.Attribution a) => a.Kind == AttributionKind.According ? 0 : a.Weak ? 2 : 1;

    /// <summary>The attributions but citations by <see cref="RankOf"/>, in the order of the sentence within a rank (a stable sort).</summary>
    private static List<Attribution.Attribution> ByRank(List<Attribution.Attribution> attributions)
    {
        var ranked = new List<Attribution.Attribution>(attributions.Count);
        for (var rank = 0; rank <= 2; rank++)
        {
            foreach (var a in attributions)
            {
                if (a.Kind != AttributionKind.Citing && RankOf(a) == rank) ranked.Add(a);
            }
        }
        return ranked;
    }

    /// <summary>"Auf russischer Seite seien 600.000 Soldaten verwundet", "on the Ukrainian side": the side the sentence names outright.</summary>
    private static NamedRef? SideNamed(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.KeyOf(MentionKind.CountryAdjective) is not { } country || m.Last + 1 >= toks.Count || toks[m.Last + 1].Lower is not ("seite" or "side"))
                continue;
            if (m.First > 0 && toks[m.First - 1].Lower is "auf"
                || m.First > 1 && toks[m.First - 1].Lower is "the" && toks[m.First - 2].Lower is "on")
                return new NamedRef(country, text[toks[m.First].Start..toks[m.Last + 1].End]);
        }
        return null;
    }

    /// <summary>Where the attributions stand (their verbs, "laut", "zufolge"): of all but citations, or of speech only.</summary>
    private static List<int> AnchorsOf(List<Attribution.Attribution> attributions, bool speechOnly)
    {
        var anchors = new List<int>(attributions.Count);
        foreach (var a in attributions)
        {
            if (speechOnly ? a.Kind == AttributionKind.Speech : a.Kind != AttributionKind.Citing) anchors.Add(a.Anchor);
        }
        return anchors;
    }

    /// <summary>
    /// A body, an office or a leader named before the sentence's first number that is no date's ("In October 2022, the government
    /// launched a drive to recruit 50,000"): the subject that did what the sentence tells.
    /// </summary>
    private static bool NamedBeforeFigure(IReadOnlyList<Token> toks, IReadOnlyList<Mention> mentions, List<DateMention> dates)
    {
        var firstNumber = 0;
        while (firstNumber < toks.Count && (!toks[firstNumber].IsNumber || dates.Exists(d => d.First <= firstNumber && firstNumber <= d.Last)))
            firstNumber++;
        foreach (var m in mentions)
        {
            if (m.First < firstNumber && (m.Has(MentionKind.Entity) || m.Has(MentionKind.Institution))) return true;
        }
        return false;
    }

    /// <summary>A month (not a day) inside what is reported, after every verb of saying: when it happened, not when it was said.</summary>
    private static bool InsideWhatIsReported(IReadOnlyList<Token> toks, DateMention d, List<int> anchors, List<Attribution.Attribution> attributions)
    {
        if (d.Precision == "day" || d.Last >= toks.Count - 2 || InHisWords(toks, d)) return false;
        foreach (var v in anchors)
        {
            if (d.First <= v + 3 || StatementDates.BeforeReportedClause(toks, v, d)) return false;
        }
        foreach (var a in attributions)
        {
            if (a.Kind == AttributionKind.Speech && PutsAt(toks, a.Anchor, d.First)) return false;
            // "kündigte Frankreichs Präsident Emmanuel Macron im Juni an": right after a speaker named after the verb
            if (a.Kind == AttributionKind.Speech && a.First > a.Anchor && d.First > a.Last && d.First <= a.Last + 2) return false;
        }
        return true;
    }

    /// <summary>"nach einem Bericht des UN-Menschenrechtsbüros vom Mai 2023": the date right after a report's author.</summary>
    private static DateMention? ReportDate(IReadOnlyList<Token> toks, List<DateMention> dates, List<Attribution.Attribution> attributions)
    {
        foreach (var d in dates)
        {
            if (ReportDateGap(toks, d) is not { } gap) continue;
            foreach (var a in attributions)
            {
                if (a.Kind == AttributionKind.According && a.First < d.First - gap && a.Last >= d.First - gap - 1) return d;
            }
        }
        return null;
    }

    /// <summary>A mention inside one of the spans (a source's words): a loop, as it is asked of every mention.</summary>
    private static bool OverlapsAny(Mention m, List<(int First, int Last)> spans)
    {
        foreach (var (first, last) in spans)
        {
            if (m.Overlaps(first, last)) return true;
        }
        return false;
    }

    /// <summary>"Gefechten mit der …", "clashes with …": a noun of fighting before the preposition before a name.</summary>
    private static bool FightBefore(IReadOnlyList<Token> toks, int first)
    {
        var k = first - 1;
        if (k >= 0 && toks[k].Lower is "die" or "der" or "den" or "dem" or "the") k--;
        return k > 0 && FightNouns.Contains(toks[k - 1]);
    }

    private static readonly WordSet FightNouns =
    [
        "gefechten", "gefechte", "zusammenstößen", "auseinandersetzungen", "clashes", "battles",
        "firefights", "firefight", "clash", "battle", "skirmishes",
    ];

    /// <summary>The word before a mention, past its article: "gegen die Ukraine" gives "gegen".</summary>
    private static string? PrepositionBefore(IReadOnlyList<Token> toks, int first)
    {
        var k = first - 1;
        if (k >= 0 && toks[k].Lower is "die" or "der" or "den" or "dem" or "the") k--;
        return k >= 0 ? toks[k].Lower : null;
    }

    /// <summary>"launched 300 drones", "mit 127 Raketen angegriffen", "feuerte … ab": the sentence tells of weapons fired.</summary>
    private static bool TellsOfFiring(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (t.Lower is "launched" or "launch" or "launches" or "fired" or "fires" or "firing" or "attacked" or "attack" or "struck"
                or "targeted" or "abgefeuert" or "feuerte" or "feuerten" or "gestartet" or "startete" or "starteten" or "griff" or "griffen"
                or "angegriffen" or "beschoss" or "beschossen" or "angriff" or "attacke" or "barrage" or "salve") return true;
        }
        return false;
    }

    /// <summary>
    /// "90 cruise missiles had been launched", "Abgefeuert wurden … zwei Marschflugkörper": the figure's weapons told as fired
    /// without saying by whom (in its own clause: not "Since the counteroffensive was launched in June, 60 tanks …").
    /// </summary>
    private static bool PassiveFiring(IReadOnlyList<Token> toks, FigureMention figure)
    {
        for (var k = Math.Max(0, figure.First - 10); k < Math.Min(toks.Count, figure.Last + 10); k++)
        {
            // "acht Marschflugkörper seien eingeschlagen", "die Stadt sei von drei Raketen getroffen worden", "two ballistic missiles
            // hit the site": weapons striking where the speaker stands came from the other side, as those fired at it did
            if (toks[k].Lower is "eingeschlagen" or "einschlugen" or "hit" or "struck" or "slammed" && k > figure.Last
                    && !HasCommaBetween(toks, figure.Last, k)
                || toks[k].Lower is "getroffen" && k > figure.Last && figure.First > 0 && toks[figure.First - 1].Lower is "von")
                return true;
            // (not "abgeschossen", which in the passive is mostly "shot down")
            if (toks[k].Lower is not ("launched" or "fired" or "abgefeuert" or "gestartet")) continue;
            // (a relative clause on the weapons counts: "90 Geschosse registriert, die aus dem Südlibanon abgefeuert worden seien")
            if (HasCommaBetween(toks, Math.Min(k, figure.First), Math.Max(k, figure.First)) && !RelativeClauseAfter(toks, figure, k)) continue;
            for (var j = Math.Max(0, k - 2); j <= Math.Min(toks.Count - 1, k + 2); j++)
            {
                if (j != k && toks[j].Lower is "been" or "were" or "was" or "wurden" or "worden" or "wurde" or "seien") return true;
            }
        }
        return false;
    }

    /// <summary>"five of the attackers", "100 more attackers", "Tausende Terroristen": the militant word a figure counts.</summary>
    private static NamedRef? NamelessFoes(IReadOnlyList<Token> toks, string text, FigureMention figure, string? unit)
    {
        if (unit is not ("fighters" or Units.Killed or Units.Wounded or Units.Captured)) return null;
        for (var k = figure.NumberEnd; k < toks.Count && k < figure.NumberEnd + 3; k++)
        {
            if (toks[k].Lower is "of" or "the" or "more" or "der" or "weitere" or "weiteren") continue;
            // (not the adjective of "bewaffneten Milizionären", nor the owner of what is counted, "the militants' hostages")
            return IsFoeWord(toks[k].Lower) && !(IsGermanAdjectiveForm(toks[k].Lower) && !toks[k].IsCapitalized)
                   && !(k + 1 < toks.Count && toks[k + 1].IsPunct('\''))
                ? new NamedRef(toks[k].Text, text[toks[k].Start..toks[k].End]) : null;
        }
        return null;
    }

    /// <summary>Words for armed foes of no named side (not rebels or militias, which usually have a name of their own).</summary>
    private static bool IsFoeWord(string lower) =>
        lower is "attackers" or "assailants" or "gunmen" or "militants" or "terrorists" or "jihadists" or "insurgents" or "angreifer"
            or "angreifern" or "attentäter" or "terroristen" or "dschihadisten" or "extremisten" or "aufständische" or "aufständischen"
            or "bewaffnete" or "bewaffneten";

    private static bool IsGermanAdjectiveForm(string lower) => lower is "bewaffnete" or "bewaffneten" or "aufständische" or "aufständischen";

    /// <summary>
    /// "nach dem Aufstand der Wagner-Truppe", "seit dem Angriff der Hamas", "after the Wagner mutiny": a side named with an event
    /// noun, in a phrase opened by a word of time before it.
    /// </summary>
    private static bool AgentOfEventBefore(IReadOnlyList<Token> toks, Mention m)
    {
        var eventNoun = m.First > 0 && IsEventNoun(toks[m.First - 1].Lower)
                        || m.First > 1 && toks[m.First - 1].Lower is "der" or "des" && IsEventNoun(toks[m.First - 2].Lower)
                        || m.Last + 1 < toks.Count && IsEventNoun(toks[m.Last + 1].Lower);
        if (!eventNoun) return false;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 5; k--)
        {
            if (toks[k].Kind == TokenKind.Punct) return false;
            if (toks[k].Lower is "nach" or "seit" or "after" or "since" or "before" or "vor") return true;
        }
        return false;
    }

    private static bool IsEventNoun(string lower) =>
        lower is "angriff" or "angriffs" or "angriffen" or "aufstand" or "aufstands" or "meuterei" or "offensive" or "invasion" or "einmarsch"
            or "einmarschs" or "putsch" or "putschs" or "anschlag" or "anschlags" or "überfall" or "überfalls" or "vormarsch" or "attack"
            or "attacks" or "assault" or "mutiny" or "uprising" or "incursion" or "raid" or "coup" or "rebellion" or "offensives";

    /// <summary>
    /// "has only 12 missiles left", "benötigt weitere Raketen", "struck airfields with 20 drones": weapons held or used (not
    /// "angegriffen", whose passive is the attack the weapons made).
    /// </summary>
    private static bool HoldsOrStrikes(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (t.Lower is "left" or "übrig" or "verfügt" or "besitzt" or "needs" or "need" or "benötigt" or "braucht" or "stocks" or "arsenal"
                or "struck" or "attacked" or "targeted" or "griff" or "griffen" or "beschoss")
                return true;
        }
        return false;
    }

    /// <summary>An air force or air defence, whose counts of drones and missiles are of those flown at its country.</summary>
    private bool CountsIncoming(NamedRef src) => lexicon.InstitutionOf(src.Name) == "air-force";

    /// <summary>Token <paramref name="k"/> stands in a relative clause opened by the first comma after the figure.</summary>
    private static bool RelativeClauseAfter(IReadOnlyList<Token> toks, FigureMention figure, int k)
    {
        var comma = figure.Last + 1;
        while (comma < k && !toks[comma].IsPunct(',')) comma++;
        return comma + 1 < k && toks[comma + 1].Lower is "die" or "der" or "das" or "which" or "that" && !HasCommaBetween(toks, comma, k);
    }

    /// <summary>The key of <see cref="ArticleContext.WeaponSides"/> for the side that fired weapons of any kind last.</summary>
    private const string AnyWeapon = "*";

    /// <summary>"14 dead", "sieben Tote und 47 Verletzte": a toll counted by the toll's own noun, no one's soldiers or people.</summary>
    private static bool BareToll(IReadOnlyList<Token> toks, string? unit, int? unitTok) =>
        unit is Units.Killed or Units.Wounded && unitTok is { } u && Units.NounUnit(toks[u]) is Units.Killed or Units.Wounded;

    /// <summary>"shot down 18 drones", "45 Drohnen abgefangen", "intercepted 99 percent": weapons stopped by the other side.</summary>
    private static bool Intercepted(IReadOnlyList<Token> toks, FigureMention figure)
    {
        // ("shot down 18 drones, two anti-ship cruise missiles": a list shares the verb before it)
        for (var k = Math.Max(0, figure.First - 8); k < Math.Min(toks.Count, figure.Last + 13); k++)
        {
            var w = toks[k].Lower;
            if (w is "intercepted" or "downed" or "abgeschossen" or "abgefangen" or "abgewehrt" or "repelled" or "neutralisiert" or "shot"
                && (w != "shot" || k + 1 < toks.Count && toks[k + 1].Lower is "down"))
                return true;
        }
        return false;
    }

    /// <summary>"45,000 of its soldiers", "their own losses", "der eigenen Gefallenen": a possessive on what is counted.</summary>
    private static bool OwnPossessive(IReadOnlyList<Token> toks, FigureMention figure, int? unitTok)
    {
        if (unitTok is { } u)
        {
            // ("14 of its older Leopard 2A4 tanks": "of its" right after the number reaches over the model)
            var reach = figure.NumberEnd + 1 < toks.Count && toks[figure.NumberEnd].Lower is "of" ? figure.NumberEnd : Math.Max(figure.NumberEnd, u - 3);
            for (var k = reach; k < u; k++)
            {
                if (toks[k].Lower is "its" or "their" or "own" or "eigenen" or "eigene" or "ihrer" or "seiner") return true;
            }
        }
        // "die Zahl der eigenen Gefallenen … mit 46.000": the possessive before the figure, on the noun it counts
        for (var k = Math.Max(0, figure.First - 8); k < figure.First; k++)
        {
            if (toks[k].Lower is "eigenen" or "own" && k + 1 < figure.First && Units.NounUnit(toks[k + 1]) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// "Israel habe der Hisbollah schwere Schläge versetzt und Tausende ihrer Kämpfer getötet": "ihrer"/"their" (not "own")
    /// points back to the party named before it in the sentence, when that is not the speaker's own side.
    /// </summary>
    private NamedRef? OtherPossessor(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention figure, int? unitTok,
        List<(int First, int Last)> sourceSpans, string? sourceCountry)
    {
        var end = unitTok ?? figure.Last;
        if (!Enumerable.Range(figure.First, end - figure.First + 1).Any(k => toks[k].Lower is "ihrer" or "their" or "seiner" or "its")) return null;
        var before = mentions.LastOrDefault(m => m.Last < figure.First && (IsGroup(m) || m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective))
                                                && !sourceSpans.Any(sp => m.Overlaps(sp.First, sp.Last)));
        if (before is null) return null;
        var key = IsGroup(before) ? before.KeyOf(MentionKind.Entity)! : before.KeyOf(MentionKind.CountryAdjective) ?? before.KeyOf(MentionKind.Country)!;
        return key == sourceCountry ? null : new NamedRef(key, text[toks[before.First].Start..toks[before.Last].End]);
    }

    /// <summary>"they had fired 12 missiles", "sie hätten 40 Drohnen gestartet": a pronoun subject shortly before the figure.</summary>
    private static bool PronounFired(IReadOnlyList<Token> toks, FigureMention figure)
    {
        for (var k = figure.First - 1; k >= 0 && k >= figure.First - 6; k--)
        {
            if (toks[k].Kind == TokenKind.Punct) return false;
            if (toks[k].Lower is "they" or "it" or "we" or "sie" or "wir") return true;
            // "the group had hit the ship with six missiles": the speaker's group named by its kind
            if (toks[k].Lower is "group" or "gruppe" or "miliz" or "militia" or "movement" or "rebels" or "rebellen" && k > 0
                && toks[k - 1].Lower is "the" or "die") return true;
        }
        return false;
    }

    /// <summary>"1,2 Millionen" is 1200000, not 1200000.0: a figure without the trailing zeros of its arithmetic.</summary>
    private static decimal? Plain(decimal? d) => d is { } v ? v / 1.000000000000000000000000000000000m : null;

    private static bool Weapon(string? unit) => Units.IsWeapon(unit);

    /// <summary>"launched by Russia", "von Russland abgefeuert": a country after "by"/"von" with a verb of firing before it.</summary>
    private static bool IsLaunchedBy(IReadOnlyList<Token> toks, Mention m)
    {
        var b = m.First - 1;
        while (b >= 0 && toks[b].Lower is "the" or "der" or "dem") b--;
        if (b < 1 || toks[b].Lower is not ("by" or "von")) return false;
        return toks[b - 1].Lower is "launched" or "fired" or "sent" or "used" or "deployed" or "abgefeuert" or "gestartet" or "eingesetzt"
            or "supplied" or "delivered" or "geliefert" or "produced" or "made" or "hergestellt";
    }

    private static bool IsFighterNoun(string w) =>
        w.EndsWith("kämpfer", StringComparison.Ordinal) || w.EndsWith("kämpfern", StringComparison.Ordinal)
        || w is "fighters" or "fighter" or "mercenaries" || w.EndsWith("söldner", StringComparison.Ordinal) || w.EndsWith("söldnern", StringComparison.Ordinal);

    /// <summary>A country or body named before the figure outside the speaker's own words.</summary>
    private static bool OtherSideBefore(IReadOnlyList<Mention> mentions, List<(int First, int Last)> sourceSpans, int figureFirst)
    {
        foreach (var m in mentions)
        {
            if (m.First >= figureFirst) break;
            if (!OverlapsAny(m, sourceSpans) && (m.Has(MentionKind.Country) || m.Has(MentionKind.CountryAdjective) || m.Has(MentionKind.Entity)))
                return true;
        }
        return false;
    }

    /// <summary>"government soldiers", "junta troops", "Regierungstruppen": a government's forces.</summary>
    private static bool GovernmentForces(IReadOnlyList<Token> toks, int unitTok) =>
        unitTok > 0 && toks[unitTok - 1].Lower is "government" or "junta" or "regime" or "pro-government"
        || toks[unitTok].Lower.StartsWith("regierungs", StringComparison.Ordinal) || toks[unitTok].Lower.StartsWith("junta", StringComparison.Ordinal);

    /// <summary>
    /// Who has the forces ("NATO Response Force has about 40,000 troops") or, for "2,389 government soldiers",
    /// "Regierungstruppen", the government of the country at war, as an armed group of that country tells it.
    /// </summary>
    private NamedRef? HeldOrGoverned(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention figure, string unit,
        int? unitTok, NamedRef src, EntityEntry? speakerEntry, List<(int First, int Last)> sourceSpans, ArticleContext context)
    {
        if ((Units.IsServing(unit) || unit is "fighters" or Units.Killed or Units.Wounded or Units.Casualties or Units.Captured)
            && ActorGrammar.FightsFor(toks, mentions) is { } side && SideOf(toks, text, side) is { } foughtFor)
            return foughtFor;
        if ((Units.IsServing(unit) || unit is "fighters") && ForceHolderOf(toks, text, mentions, figure, src, sourceSpans, context) is { } held)
            return held;
        if (unitTok is not { } gt || !GovernmentForces(toks, gt)) return null;
        return speakerEntry is { Group: true, Country: { } groupHome } && (context.Theatre is null || context.Theatre.Name == groupHome)
            ? new NamedRef(groupHome, toks[gt].Text)
            : context.Theatre;
    }

    /// <summary>The side that has the forces a figure counts (<see cref="ForceHolder"/>), by its canonical name.</summary>
    private NamedRef? ForceHolderOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions, FigureMention figure, NamedRef src,
        List<(int First, int Last)> sourceSpans, ArticleContext context)
    {
        var (holder, pronoun, group) = ForceHolder.Find(toks, mentions, figure.First);
        if (group) return context.LastGroup;
        if (pronoun)
        {
            // ("Kyiv says Russia has massed forces, where it now has 50,000 troops": "it" is the side named last, not the speaker)
            if (OtherSideBefore(mentions, sourceSpans, figure.First)) return null;
            var entry = lexicon.Entity(src.Name);
            var side = entry is { Group: true } || entry is { Country: null } ? src.Name : CountryOf(src);
            return side is null ? null : new NamedRef(side, src.Text);
        }
        return holder is null ? null : SideOf(toks, text, holder);
    }

    /// <summary>The side a mention names: an armed group or body by its own name, anything else by its country.</summary>
    private NamedRef? SideOf(IReadOnlyList<Token> toks, string text, Mention m)
    {
        var words = text[toks[m.First].Start..toks[m.Last].End];
        if (m.KeyOf(MentionKind.Entity) is { } name)
        {
            var entity = lexicon.Entity(name)!;
            return new NamedRef(entity.Group || entity.Country is null ? entity.Name : entity.Country, words);
        }
        var country = m.KeyOf(MentionKind.Country) ?? m.KeyOf(MentionKind.CountryAdjective);
        return country is null ? null : new NamedRef(country, words);
    }

    /// <summary>An armed group whose own fighters a figure may count ("Wagner-Kämpfer", "Hamas fighters").</summary>
    private bool IsGroup(Mention m) => m.KeyOf(MentionKind.Entity) is { } e && lexicon.Entity(e)?.Group == true;

    /// <summary>Units that a side reports of its own people: a health ministry's dead are its country's dead.</summary>
    private static bool IsOwnSideToll(string unit) =>
        unit is Units.Killed or Units.Wounded or Units.Casualties or "civilians" or "refugees" or "reservists" or "conscripts";

    /// <summary>The country a source speaks for.</summary>
    private string? CountryOf(NamedRef source) => lexicon.HomeOf(source.Name);

    private static bool AnyOwnTroopWord(IReadOnlyList<Token> toks)
    {
        foreach (var t in toks)
        {
            if (OwnTroopWords.Contains(t)) return true;
        }
        return false;
    }

    private static readonly WordSet OwnTroopWords =
    [
        "stationed", "based", "garrisoned", "withdrawn", "withdrew", "withdraw", "pulled", "left", "rotated", "drills", "exercise",
        "exercises", "stationiert", "abgezogen", "abziehen", "zurückgezogen", "verließen", "verlassen", "einsatz", "übung", "manöver",
    ];

    /// <summary>
    /// "The French military said about 400 soldiers had been based near the capital", "Nach Angaben des französischen
    /// Generalstabs verließen rund 1500 Soldaten das Land": soldiers an army, a defence ministry or a head of state speaks of,
    /// with no side and no other country named in the sentence, are its own.
    /// </summary>
    private NamedRef? OwnTroops(IReadOnlyList<Token> toks, string unit, int? unitTok, NamedRef src, IReadOnlyList<Mention> mentions, string? placeCountry)
    {
        if (unit != Units.Soldiers || unitTok is null || CountryOf(src) is not { } home
            || lexicon.InstitutionOf(src.Name) is not ("military" or "defence-ministry" or "president")) return null;
        // (only where they are kept, pulled out or drilled: troops sent, arriving or fighting are as often the enemy's)
        if (placeCountry is not null && placeCountry != home || !AnyOwnTroopWord(toks)) return null;
        foreach (var m in mentions)
        {
            if ((m.KeyOf(MentionKind.Country) ?? m.KeyOf(MentionKind.CountryAdjective) ?? m.KeyOf(MentionKind.Place)) is { } named
                && named != home && lexicon.Country(named)?.Name != home && lexicon.Entity(named) is null)
                return null;
        }
        return new NamedRef(home, src.Text);
    }

    /// <summary>
    /// "südkoreanische" in "südkoreanische Abgeordnete" names whose lawmakers they are, not whose soldiers. An army is
    /// the exception: "die russische Armee hat … Soldaten verloren" counts Russia's own soldiers.
    /// </summary>
    private static bool IsInstitutionOwner(IReadOnlyList<Mention> mentions, Mention m) =>
        m.Has(MentionKind.CountryAdjective) && mentions.Any(n => n.First == m.Last + 1 && n.Has(MentionKind.Institution) && !IsArmy(n))
        || mentions.Any(n => n.Last == m.First && n.First < m.First && n.Has(MentionKind.Institution) && !IsArmy(n));

    private static bool IsArmy(Mention m) => m.KeyOf(MentionKind.Institution) == "military";

    /// <summary>"die israelische Armee", "the Israeli military": the country of an army the sentence names.</summary>
    private NamedRef? ArmyOf(IReadOnlyList<Token> toks, string text, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.KeyOf(MentionKind.Entity) is { } e && lexicon.Entity(e) is { Institution: "military", Country: { } home })
                return new NamedRef(home, text[toks[m.First].Start..toks[m.Last].End]);
            if (m.Has(MentionKind.CountryAdjective) && mentions.Any(n => n.First == m.Last + 1 && IsArmy(n)))
                return new NamedRef(m.KeyOf(MentionKind.CountryAdjective)!, text[toks[m.First].Start..toks[m.Last].End]);
        }
        return null;
    }
}
