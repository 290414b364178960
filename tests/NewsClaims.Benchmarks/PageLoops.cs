using AngleSharp.Html.Parser;
using NewsClaims.Extraction;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Benchmarks;

/// <summary>The loops every page benchmark runs over its pages, so that lean and heavy pages are measured alike.</summary>
internal static class PageLoops
{
    /// <summary>Articles per benchmark invocation (the benchmarks' OperationsPerInvoke).</summary>
    public const int PerInvoke = 32;

    private static int _cursor;

    /// <summary>
    /// The next article: each invocation goes on where the last one stopped, so that over an iteration every article
    /// of the set is measured, not only the first <see cref="PerInvoke"/>. (BenchmarkDotNet runs each benchmark in a
    /// process of its own, so the one cursor is never shared between two of them.)
    /// </summary>
    public static int Next(int count)
    {
        var i = _cursor % count;
        _cursor = i + 1;
        return i;
    }

    public static int Extract(ClaimExtractor extractor, string[] pages)
    {
        var n = 0;
        for (var i = 0; i < PerInvoke; i++) n += extractor.Extract(new ArticleInput(pages[Next(pages.Length)])).Claims.Count;
        return n;
    }

    public static int Read(string[] pages)
    {
        var n = 0;
        for (var i = 0; i < PerInvoke; i++) n += ArticleReader.Read(new ArticleInput(pages[Next(pages.Length)])).Text.Length;
        return n;
    }

    public static int Parse(HtmlParser parser, string[] pages)
    {
        var n = 0;
        for (var i = 0; i < PerInvoke; i++)
        {
            using var doc = parser.ParseDocument(pages[Next(pages.Length)]);
            n += doc.All.Length;
        }
        return n;
    }
}
