using System.Text;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Extraction.Tests.Robustness;

/// <summary>Random and mutated articles up to 1 MB: the extractor either reads them or says clearly why not.</summary>
public sealed class NoInputBreaksTheExtractorTests
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789 .,;:!?-–\"„“'’()[]<>/&%$€\n\t\u00A0\u202F";

    private static readonly string[] Fragments =
    [
        "nach Angaben des südkoreanischen Geheimdienstes", "rund", "12.000", "Soldaten", "zwischen", "und", "bis zu", "mehr als",
        "Tausende", "according to", "more than", "1,500", "troops", "said on Friday", "am Freitag", "bis Dezember", "seit August 2023",
        "Nordkorea", "Russland", "<p>", "</p>", "<script>", "zufolge", "laut", "citing", "unter Verweis auf", "\"", "Quelle: x, dpa",
        "(Foto: x)", "00:00", "Mehr zum Thema", "3000", "10 000", "dreitausend", "zwölftausend", "1,5 Millionen", "12k", ".", ",", "\n\n",
    ];

    [Theory]
    [InlineData(1, 200)]
    [InlineData(2, 5_000)]
    [InlineData(3, 100_000)]
    [InlineData(4, 1_000_000)]
    public void Random_text_never_throws(int seed, int length)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            if (random.Next(3) == 0) sb.Append(Fragments[random.Next(Fragments.Length)]).Append(' ');
            else sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        AssertReadsOrRefuses(sb.ToString());
    }

    [Fact]
    public void Mutated_seed_article_never_throws()
    {
        var seed = File.ReadAllText(SharedFixtures.SeedArticlePath);
        var random = new Random(42);
        for (var round = 0; round < 200; round++)
        {
            var chars = seed.ToCharArray();
            for (var k = 0; k < 30; k++) chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            var text = new string(chars);
            var cut = random.Next(text.Length);
            AssertReadsOrRefuses(random.Next(2) == 0 ? text[..cut] : text[cut..] + text[..cut]);
        }
    }

    [Theory]
    [InlineData("<html><body><p>unclosed <b>tags <i>everywhere<p>3000 Soldaten sagte der Geheimdienst")]
    [InlineData("<<<<>>>>&&&&;;;;")]
    [InlineData("9999999999999999999999999999999999999999 Soldaten, sagte der Geheimdienst.")]
    [InlineData("zwischen 5 und und und 7 bis bis zu Tausende Tausende")]
    public void Odd_input_never_throws(string text) => AssertReadsOrRefuses(text);

    private static void AssertReadsOrRefuses(string text)
    {
        try
        {
            var result = ClaimExtractor.Default.Extract(new ArticleInput(text, new DateOnly(2024, 10, 23)));
            foreach (var e in result.Claims.SelectMany(c => c.Evidence))
                Assert.Equal(result.Text[e.Start..e.End], e.Text);
        }
        catch (UnreadableArticleException)
        {
            // a clear refusal is a fine answer to garbage
        }
    }
}
