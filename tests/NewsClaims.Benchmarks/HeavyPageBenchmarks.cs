using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsClaims.Extraction;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Benchmarks;

/// <summary>
/// The development set wrapped in realistically heavy pages (<see cref="HeavyPage"/>, ~200 KB each): whole
/// extraction and the reading stage against AngleSharp merely parsing the same page. Beside the lean page of
/// <see cref="ExtractionBenchmarks"/>, whose ratio to the parse overstates the rules' share of a real page.
/// </summary>
[MemoryDiagnoser]
public class HeavyPageBenchmarks
{
    private readonly ClaimExtractor _extractor = ClaimExtractor.Default;
    private readonly HtmlParser _parser = new();
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "DevSet");
        _pages = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).Select(HeavyPage.Build).ToArray();
        _ = _extractor.Extract(new ArticleInput(_pages[0]));
    }

    /// <summary>One article as a heavy saved page: AngleSharp parse, boilerplate removal, then extraction.</summary>
    [Benchmark(OperationsPerInvoke = PageLoops.PerInvoke)]
    public int ExtractHeavyPage() => PageLoops.Extract(_extractor, _pages);

    /// <summary>The reading stage alone on the heavy page.</summary>
    [Benchmark(OperationsPerInvoke = PageLoops.PerInvoke)]
    public int ReadHeavyPageOnly() => PageLoops.Read(_pages);

    /// <summary>The floor: AngleSharp parsing the heavy page and nothing else.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = PageLoops.PerInvoke)]
    public int AngleSharpParseHeavyPage() => PageLoops.Parse(_parser, _pages);
}
