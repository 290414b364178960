using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Extraction.Tests.Claims;

public sealed class ClaimExtractorTests
{
    private static readonly DateOnly Wednesday = new(2024, 10, 23);

    [Fact]
    public void A_tickers_dated_entry_lines_date_the_claims_under_them()
    {
        const string ticker = "Liveticker: Nordkoreas Soldaten in Russland\n\nMittwoch, 23. Oktober 2024\n\n"
            + "Der südkoreanische Geheimdienst geht nun von 3000 nordkoreanischen Soldaten in Russland aus.\n\n"
            + "21.10.2024, 09:15 Uhr\n\nLaut dem ukrainischen Militärgeheimdienst sind rund 2600 nordkoreanische Soldaten in Kursk eingetroffen.";

        var claims = ClaimExtractor.Default.Extract(new ArticleInput(ticker, Wednesday, "Test", "de")).Claims;

        Assert.Equal("2024-10-23", claims.Single(c => c.Quantity?.Value == 3000).StatedOn.Date);
        Assert.Equal("2024-10-21", claims.Single(c => c.Quantity?.Value == 2600).StatedOn.Date);
    }

    [Fact]
    public void A_ticker_entry_line_with_its_weekday_dates_the_claims_under_it()
    {
        const string ticker = "Liveticker Nahost\n\nMittwoch, 23. Oktober 2024\n\nDie Armee meldete acht getötete Soldaten.\n\n"
            + "Montag, 21. Oktober 2024\n\nDer Iran hat nach Darstellung der Armee etwa 90 Raketen auf Israel abgefeuert.";

        var claims = ClaimExtractor.Default.Extract(new ArticleInput(ticker, Wednesday, "Test", "de")).Claims;

        Assert.Equal("2024-10-21", claims.Single(c => c.Quantity?.Value == 90).StatedOn.Date);
    }

    [Fact]
    public void The_same_figure_from_the_same_source_twice_is_one_claim_with_two_evidence_spans()
    {
        const string text = "Laut dem südkoreanischen Geheimdienst hat Nordkorea 3000 Soldaten nach Russland geschickt.\n\n"
            + "Die Abgeordneten sagten unter Verweis auf den südkoreanischen Geheimdienst, Nordkorea habe 3000 Soldaten nach Russland geschickt.";

        var claims = ClaimExtractor.Default.Extract(new ArticleInput(text, Wednesday, "Test", "de")).Claims;

        var claim = Assert.Single(claims, c => c.Quantity is not null);
        Assert.Equal(2, claim.Evidence.Count);
        Assert.Equal("South Korean intelligence (NIS)", claim.Source!.Name);
    }

    [Fact]
    public void Aliases_added_at_run_time_name_their_canonical_source()
    {
        const string text = "The Ministry of Peace Studies said 4,000 North Korean soldiers were in Russia.";
        var before = ClaimExtractor.Default.Extract(new ArticleInput(text, Wednesday, "Test", "en")).Claims.Single();
        var extended = new ClaimExtractorBuilder().AddAliases([new AliasEntry("Pentagon", "Ministry of Peace Studies")]).Build();

        var after = extended.Extract(new ArticleInput(text, Wednesday, "Test", "en")).Claims.Single();

        Assert.NotEqual("Pentagon", before.Source!.Name);
        Assert.Equal("Pentagon", after.Source!.Name);
    }

    [Fact]
    public void Extractor_is_safe_to_share_across_threads()
    {
        var text = "Nordkorea soll nach Angaben des südkoreanischen Geheimdienstes bereits 3000 Soldaten nach Russland geschickt haben.";
        var expected = ClaimExtractor.Default.Extract(new ArticleInput(text, Wednesday, "Test", "de")).Claims.Single().Source!.Name;

        var names = Enumerable.Range(0, 64).AsParallel()
            .Select(_ => ClaimExtractor.Default.Extract(new ArticleInput(text, Wednesday, "Test", "de")).Claims.Single().Source!.Name)
            .ToList();

        Assert.All(names, n => Assert.Equal(expected, n));
    }
}
