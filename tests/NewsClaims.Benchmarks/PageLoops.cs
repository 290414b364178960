using AngleSharp.Html.Parser;
using NewsClaims.Extraction;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Benchmarks;

/// <summary>The loops every page benchmark runs over its pages, so that lean and heavy pages are measured alike.</summary>
internal static class PageLoops
{
    /// <summary>Articles per benchmark invocation (the benchmarks' OperationsPerInvoke).</summary>
    public const int PerInvoke = 32;

    public static int Extract(ClaimExtractor extractor, string[] pages)
    {
        var n = 0;
        for (var i = 0; i < PerInvoke; i++) n += extractor.Extract(new ArticleInput(pages[i % pages.Length])).Claims.Count;
        return n;
    }

    public static int Read(string[] pages)
    {
        var n = 0;
        for (var i = 0; i < PerInvoke; i++) n += ArticleReader.Read(new ArticleInput(pages[i % pages.Length])).Text.Length;
        return n;
    }

    public static int Parse(HtmlParser parser, string[] pages)
    {
        var n = 0;
        for (var i = 0; i < PerInvoke; i++)
        {
            using var doc = parser.ParseDocument(pages[i % pages.Length]);
            n += doc.All.Length;
        }
        return n;
    }
}
