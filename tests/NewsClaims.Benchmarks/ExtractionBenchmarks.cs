using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsClaims.Extraction;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Benchmarks;

/// <summary>
/// Whole extraction of news articles (our development set), as pasted text and as an HTML page, against
/// the floor of AngleSharp merely parsing the same page: a number that means something.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ClaimExtractor _extractor = ClaimExtractor.Default;
    private readonly HtmlParser _parser = new();
    private string[] _texts = [];
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "DevSet");
        _texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _pages = _texts.Select(AsPage).ToArray();
        _ = _extractor.Extract(new ArticleInput(_texts[0], new DateOnly(2024, 10, 23)));
    }

    /// <summary>One article as pasted text: reading, sentences, figures, sources, dates.</summary>
    [Benchmark(OperationsPerInvoke = PageLoops.PerInvoke)]
    public int ExtractPastedText()
    {
        var n = 0;
        for (var i = 0; i < PageLoops.PerInvoke; i++) n += _extractor.Extract(new ArticleInput(_texts[PageLoops.Next(_texts.Length)], new DateOnly(2024, 10, 23))).Claims.Count;
        return n;
    }

    /// <summary>One article as a saved HTML page: AngleSharp parse, boilerplate removal, then extraction.</summary>
    [Benchmark(OperationsPerInvoke = PageLoops.PerInvoke)]
    public int ExtractHtmlPage() => PageLoops.Extract(_extractor, _pages);

    /// <summary>The reading stage alone on the same page: parse, metadata, boilerplate removal, text cleaning.</summary>
    [Benchmark(OperationsPerInvoke = PageLoops.PerInvoke)]
    public int ReadHtmlPageOnly() => PageLoops.Read(_pages);

    /// <summary>The floor: AngleSharp parsing the same page and nothing else.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = PageLoops.PerInvoke)]
    public int AngleSharpParseOnly() => PageLoops.Parse(_parser, _pages);

    /// <summary>
    /// A realistic page around the article: head metadata, navigation, cookie banner, related links, footer. The page
    /// declares the article's own language (as a real site does), detected from the text: a lang="de" on every page made
    /// the extractor read the English articles with the German rules, so the page and pasted-text benchmarks did not
    /// measure the same work.
    /// </summary>
    private static string AsPage(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{LanguageDetector.Detect(text)}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(lines[0])}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:title\" content=\"{WebUtility.HtmlEncode(lines[0])}\"><meta property=\"og:site_name\" content=\"Benchmark Desk\">");
        sb.Append("<meta property=\"article:published_time\" content=\"2024-10-23T10:00:00Z\"><script>var tracking = {a:1};</script><style>body{font:14px sans-serif}</style></head><body>");
        sb.Append("<header><nav><ul>");
        for (var i = 0; i < 30; i++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/section/{i}\">Section {i}</a></li>");
        sb.Append("</ul></nav></header><div class=\"cookie-consent\"><p>We use cookies.</p><button>Accept</button></div><main><article>");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>{WebUtility.HtmlEncode(lines[0])}</h1>");
        foreach (var line in lines.Skip(1)) sb.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(line)}</p>");
        sb.Append("<aside class=\"related\"><ul>");
        for (var i = 0; i < 10; i++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/a/{i}\">Related story number {i}</a></li>");
        sb.Append("</ul></aside></article></main><footer><p>© Benchmark Desk</p><a href=\"/imprint\">Imprint</a></footer></body></html>");
        return sb.ToString();
    }
}
