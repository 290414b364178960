using NewsClaims.Extraction.Reading;

namespace NewsClaims.Extraction.Tests.Reading;

public sealed class ArticleReaderTests
{
    [Fact]
    public void Pasted_seed_article_keeps_headline_and_body_and_drops_page_furniture()
    {
        var content = File.ReadAllText(SharedFixtures.SeedArticlePath);

        var article = ArticleReader.Read(new ArticleInput(content, new DateOnly(2024, 10, 23)));

        Assert.Equal("USA: Haben Beweise für nordkoreanische Truppen in Russland", article.Title);
        Assert.Equal("Unklar, was sie dort machen", article.Kicker);
        Assert.Equal("ntv.de", article.Publisher);
        Assert.Equal(["Reuters", "dpa", "AFP"], article.Agencies);
        Assert.Equal("de", article.Language);
        Assert.StartsWith("Unklar, was sie dort machen\nUSA: Haben Beweise", article.Text);
        Assert.Contains("Nordkorea soll nach Angaben des südkoreanischen Geheimdienstes bereits 3000 Soldaten", article.Text);
        Assert.Contains("mehr als 13.000 Container", article.Text);
        foreach (var furniture in new[] { "00:00", "Diese Audioversion", "(Foto:", "Mehr zum Thema", "Quelle: ntv.de", "Newsletter", "Nicht mehr anzeigen", "übertägt Bilder" })
            Assert.DoesNotContain(furniture, article.Text);
        Assert.Contains(article.RemovedLines, l => l.StartsWith("(Foto:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_before_a_credit_that_carries_its_own_caption_is_body_text()
    {
        const string content = "Drones over the capital\n\nThe army said 40 drones were downed overnight.\n\n"
            + "The mayor said two buildings were hit. Nobody was hurt, he added.\n\n"
            + "Photo: Firemen outside a damaged block in the suburbs. Example Gazette/Archive\n\n"
            + "A one-line caption over a bare credit.\n\n(Foto: dpa)\n\nThe last paragraph.";

        var article = ArticleReader.Read(new ArticleInput(content, new DateOnly(2025, 3, 11), "Test", "en"));

        Assert.Contains("The mayor said two buildings were hit.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A one-line caption", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_sentence_lead_before_a_credit_that_carries_its_own_caption_is_body_text()
    {
        const string content = "Dozens killed near aid hub\n\nBy A. Reporter\n\n"
            + "At least 31 people were killed near the site on Sunday, according to the civil defence agency.\n\n"
            + "(Photo: People carry sacks of flour away from the site. Photo: Example Agency)\n\nThe last paragraph.";

        var article = ArticleReader.Read(new ArticleInput(content, new DateOnly(2025, 6, 2), "Test", "en"));

        Assert.Contains("At least 31 people were killed", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sacks of flour", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_over_a_credit_with_a_trailing_label_is_still_a_caption()
    {
        const string content = "Angriff auf Dnipro\n\nDie Armee meldete am Montag 14 Tote.\n\n"
            + "Rettungskräfte bergen eines der 14 Todesopfer in Dnipro.\n\nFoto: Reuters/Stringer. Archivbild\n\nDer letzte Absatz.";

        var article = ArticleReader.Read(new ArticleInput(content, new DateOnly(2025, 3, 11), "Test", "de"));

        Assert.DoesNotContain("Rettungskräfte bergen", article.Text, StringComparison.Ordinal);
        Assert.Contains("Die Armee meldete", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subhead_in_capitals_is_no_sentence_of_the_body()
    {
        const string content = "World\n\nCOUNTING THE WOUNDED\n\nThe army said on Monday that 200 soldiers had been wounded since the start of "
            + "the war, a figure that rehabilitation officials and veterans' groups have questioned for months.\n\n"
            + "WHAT THE NUMBERS SAY\n\nThe ministry gave no figure.";

        var article = ArticleReader.Read(new ArticleInput(content, new DateOnly(2024, 6, 10), "Test", "en"));

        Assert.DoesNotContain("WHAT THE NUMBERS", article.Text, StringComparison.Ordinal);
        Assert.Contains("The ministry gave no figure", article.Text, StringComparison.Ordinal);
        // (the headline in capitals above the body stays the headline)
        Assert.Equal("COUNTING THE WOUNDED", article.Title);
    }

    [Fact]
    public void A_related_link_with_its_title_is_furniture()
    {
        const string content = "Hostages freed in raid\n\nThe army said four hostages were freed on Saturday.\n\n"
            + "Related: Who are the four hostages freed in the raid on Saturday?\n\nLesen Sie auch: Was über die Geiseln bekannt ist\n\nThe last paragraph.";

        var article = ArticleReader.Read(new ArticleInput(content, new DateOnly(2024, 6, 10), "Test", "en"));

        Assert.DoesNotContain("Who are the four", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Was über die Geiseln", article.Text, StringComparison.Ordinal);
        Assert.Contains("The army said four hostages", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_gives_metadata_and_body_without_navigation()
    {
        const string html = """
            <!doctype html><html lang="en"><head>
            <meta property="og:title" content="Pentagon: about 10,000 North Korean troops in Russia">
            <meta property="og:site_name" content="World Desk">
            <meta property="article:published_time" content="2024-10-28T18:30:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"ignored","datePublished":"2020-01-01"}</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="cookie-banner">We use cookies. Accept all?</div>
            <article><h1>Pentagon: about 10,000 North Korean troops in Russia</h1>
            <p>North Korea has sent about 10,000 soldiers to eastern Russia, Pentagon spokeswoman Sabrina Singh said on Monday.</p>
            <aside class="related">Read more: 5 other stories</aside>
            <p>Some of them have moved closer to Ukraine, she said.</p></article>
            <footer>© World Desk</footer></body></html>
            """;

        var article = ArticleReader.Read(new ArticleInput(html));

        Assert.Equal("Pentagon: about 10,000 North Korean troops in Russia", article.Title);
        Assert.Equal("World Desk", article.Publisher);
        Assert.Equal(new DateOnly(2024, 10, 28), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Contains("about 10,000 soldiers to eastern Russia", article.Text);
        Assert.DoesNotContain("cookies", article.Text);
        Assert.DoesNotContain("Read more", article.Text);
        Assert.DoesNotContain("World\n", article.Text);
    }

    [Fact]
    public void A_flag_given_by_the_user_overrides_the_page()
    {
        const string html = "<html><head><meta property=\"og:site_name\" content=\"Page\"><meta name=\"date\" content=\"2024-10-28\"></head><body><p>Text here. More text.</p></body></html>";

        var article = ArticleReader.Read(new ArticleInput(html, new DateOnly(2024, 10, 29), "Editor's choice", "de"));

        Assert.Equal("Editor's choice", article.Publisher);
        Assert.Equal(new DateOnly(2024, 10, 29), article.Published);
        Assert.Equal("de", article.Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("PK\u0003\u0004\u0000\u0000binary")]
    [InlineData("<html><body><nav>only navigation</nav></body></html>")]
    public void Input_that_is_no_article_gets_a_clear_message(string content)
    {
        var e = Assert.Throws<UnreadableArticleException>(() => ArticleReader.Read(new ArticleInput(content)));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }
}
