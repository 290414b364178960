using System.Globalization;
using NewsClaims.Extraction.Attribution;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Dates;
using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Reading;
using NewsClaims.Extraction.Stances;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction;

/// <summary>
/// Text or HTML in, <see cref="ExtractedArticle"/> out. Built once by <see cref="ClaimExtractorBuilder"/>,
/// immutable and safe to share across threads: all per-article state lives in locals.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>How far (in characters) a source's dated sentence lends its day to its undated ones.</summary>
    private const int MaxDateReach = 1000;

    /// <summary>How far a source's sentence dated only by its month lends that month to its undated sentences after it.</summary>
    private const int MonthReach = 400;

    private readonly Lexicon _lexicon;
    private readonly SourceResolver _sources;
    private readonly SentenceReader _sentences;

    internal ClaimExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _sources = new SourceResolver(lexicon);
        _sentences = new SentenceReader(lexicon, _sources);
    }

    public Lexicon Lexicon => _lexicon;

    public static ClaimExtractor Default { get; } = new ClaimExtractorBuilder().Build();

    public ExtractedArticle Extract(ArticleInput input) => Extract(ArticleReader.Read(input));

    public ExtractedArticle Extract(ReadArticle article)
    {
        var published = article.Published ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var tokens = Tokenizer.Tokenize(article.Text);
        var context = new ArticleContext();
        var drafts = new List<ClaimDraft>();
        var previous = 0; // where the drafts of the sentence before begin
        foreach (var sentence in SentenceSplitter.Split(article.Text, tokens))
        {
            // (a ticker's "+++ 21:45 Uhr: Armee: Etwa 180 Raketen +++" heads its entry the way a headline heads the article)
            var inHeadline = sentence.Start < article.HeadlineLength || article.Text.AsSpan(sentence.Start).StartsWith("+++", StringComparison.Ordinal);
            var read = _sentences.Read(article.Text, sentence, article.Language, published, inHeadline, context).ToList();
            if (context.Restated is { } when)
            {
                for (var i = previous; i < drafts.Count; i++)
                {
                    if (!drafts[i].StatedExplicitly) drafts[i] = drafts[i] with { StatedOn = when, StatedExplicitly = true };
                }
            }
            if (context.RestatedSource is { } who)
            {
                // only a bare country ("Südkorea geht davon aus …"), a source carried from further back or no source yet
                // gives way to the source named after it
                for (var i = previous; i < drafts.Count; i++)
                {
                    if (_lexicon.Country(drafts[i].Source.Name) is not null || drafts[i].Source == ClaimDraft.PendingSource || drafts[i].SourceCarried)
                    {
                        // (the speaker's own side is the new speaker's: "nach palästinensischen Angaben …" carried, then "Das sagte
                        // Armeesprecher Hagari" for the reservists called up)
                        var side = drafts[i].ActorFromSpeaker && _lexicon.HomeOf(who.Name) is { } home ? new NamedRef(home, who.Text) : drafts[i].Actor;
                        drafts[i] = drafts[i] with { Source = who, SourceCarried = false, Actor = side };
                    }
                }
            }
            // figures whose source the next sentence did not name stay unsourced, which is no claim
            drafts.RemoveAll(d => d.Source == ClaimDraft.PendingSource);
            previous = drafts.Count;
            drafts.AddRange(read);
        }
        drafts.RemoveAll(d => d.Source == ClaimDraft.PendingSource);

        // a source whose figures the article gives is there for its figures; what else it says is no position of its own
        var figureSources = drafts.Where(d => d.Quantity is not null).Select(d => d.Source.Name).ToHashSet(StringComparer.Ordinal);
        drafts.RemoveAll(d => d.SaidOnly && figureSources.Contains(d.Source.Name));
        // a party whose position the article tells by its cue (a refusal, a denial, an admission) took that position: its
        // plain statements are the words of it. (By party, not by name: the seed's "Russland verweigerte jede Stellungnahme"
        // is said in the words of the foreign ministry's spokeswoman; figures, by contrast, belong to the one who gave them.)
        var positioned = drafts.Where(d => d.Quantity is null && !d.SaidOnly).Select(d => PartyOf(d.Source)).ToHashSet(StringComparer.Ordinal);
        drafts.RemoveAll(d => d.SaidOnly && positioned.Contains(PartyOf(d.Source)));
        ArticleSides.FillUnnamed(drafts, context);
        ArticleSides.TurnIntercepted(drafts, context, _lexicon);

        // "laut Blinken …" then "sagte Blinken am Donnerstag": an undated sentence of a source takes the day the
        // article gives for the same source nearby
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.StatedExplicitly || d.Standing) continue;
            if (!HasSourceDate(context, d.Source.Name)) continue;
            // (a month lends itself only to the sentences right after it: "sagte im Januar, …" then "…, so Skibizkyj")
            // ("Russia's defence ministry said 82 …" is not dated by "Defence Minister Sergei Shoigu said on Dec. 21")
            var inOwnName = SpeakerKind.SpeaksInOwnName(d.Source.Text);
            var near = context.SourceDates.Where(s => s.Source == d.Source.Name
                    && (inOwnName is null || SpeakerKind.SpeaksInOwnName(s.SpeakerText) is not { } dated || dated == inOwnName)
                    && (s.Date.Precision == "day" && Math.Abs(s.Offset - d.Evidence.Start) <= MaxDateReach
                        || s.Date.Precision == "month" && s.Offset < d.Evidence.Start && d.Evidence.Start - s.Offset <= MonthReach))
                .OrderBy(s => Math.Abs(s.Offset - d.Evidence.Start)).Select(s => s.Date).FirstOrDefault();
            if (near is not null) drafts[i] = d with { StatedOn = near };
        }

        var info = new ArticleInfo(article.Title, article.Kicker, article.Publisher,
            article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.Language, article.Agencies, article.Url);
        return new ExtractedArticle(ExtractedArticle.SchemaName, info, ClaimMerger.Merge(drafts))
        {
            Text = article.Text,
            RemovedLines = article.RemovedLines,
        };
    }

    /// <summary>Whether the article dated any statement of the source (a loop: asked for every undated draft).</summary>
    private static bool HasSourceDate(ArticleContext context, string source)
    {
        foreach (var s in context.SourceDates)
        {
            if (s.Source == source) return true;
        }
        return false;
    }

    /// <summary>The country a source speaks for, else the source itself.</summary>
    private string PartyOf(NamedRef source) => _lexicon.HomeOf(source.Name) ?? source.Name;
}
