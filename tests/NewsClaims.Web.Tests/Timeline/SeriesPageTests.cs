using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Timeline;

public sealed class SeriesPageTests
{
    private const string Slug = "north-korea~soldiers~russia";

    private static List<string> TableClaimIds(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("table.points tbody tr").Select(r => r.GetAttribute("data-claim")!).ToList();

    [Fact]
    public async Task Series_list_links_the_sample_series()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var html = await factory.CreateClient().GetStringAsync("/timeline", TestContext.Current.CancellationToken);

        Assert.Contains($"href=\"/timeline/{Slug}\"", html);
        Assert.Contains("North Korea · soldiers · Russia", html);
    }

    [Fact]
    public async Task Revision_of_a_sources_own_figure_is_shown_with_its_change()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var html = await factory.CreateClient().GetStringAsync($"/timeline/{Slug}", TestContext.Current.CancellationToken);

        var revisions = new HtmlParser().ParseDocument(html).QuerySelectorAll("ul.revisions li").Select(li => li.TextContent).ToList();
        Assert.Contains("South Korean intelligence (NIS): 1,500 → 3,000 (+1,500, +100 %) between 2024-10-18 and 2024-10-23", revisions);
        var chart = System.Text.Json.JsonDocument.Parse(new HtmlParser().ParseDocument(html).QuerySelector("script#series-data")!.TextContent).RootElement;
        Assert.True(chart.GetProperty("band").GetArrayLength() > 1, "a consensus band across the sources");
    }

    [Fact]
    public async Task Source_filter_lives_in_the_url_and_narrows_table_and_export_alike()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var client = factory.CreateClient();
        var all = TableClaimIds(await client.GetStringAsync($"/timeline/{Slug}", TestContext.Current.CancellationToken));
        var query = "source=" + Uri.EscapeDataString("South Korean intelligence (NIS)");

        var html = await client.GetStringAsync($"/timeline/{Slug}?{query}", TestContext.Current.CancellationToken);
        var filtered = TableClaimIds(html);
        var csv = await client.GetStringAsync($"/api/series/{Slug}/export?format=csv&{query}", TestContext.Current.CancellationToken);
        var csvIds = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();

        Assert.True(filtered.Count > 0 && filtered.Count < all.Count, $"{filtered.Count} of {all.Count}");
        Assert.Equal(filtered, csvIds);
        var sources = new HtmlParser().ParseDocument(html).QuerySelectorAll("table.points td.source a").Select(a => a.TextContent).Distinct();
        Assert.Equal(["South Korean intelligence (NIS)"], sources);
    }

    [Fact]
    public async Task Denied_claims_are_hidden_unless_asked_for()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var reviewer = await factory.ClientAsAsync("Reviewer");
        var pentagon = (await reviewer.GetFromJsonAsync<JsonElement>("/api/claims?source=Pentagon&unit=soldiers", TestContext.Current.CancellationToken)).GetProperty("items")[0];
        var id = pentagon.GetProperty("id").GetInt32();
        await reviewer.PostAsJsonAsync($"/api/claims/{id}/review", new { status = "denied", note = "retracted", version = pentagon.GetProperty("version").GetInt32() }, TestContext.Current.CancellationToken);

        var client = factory.CreateClient();
        var byDefault = TableClaimIds(await client.GetStringAsync($"/timeline/{Slug}", TestContext.Current.CancellationToken));
        var asked = TableClaimIds(await client.GetStringAsync($"/timeline/{Slug}?status=Denied", TestContext.Current.CancellationToken));

        Assert.DoesNotContain(id.ToString(System.Globalization.CultureInfo.InvariantCulture), byDefault);
        Assert.Equal([id.ToString(System.Globalization.CultureInfo.InvariantCulture)], asked);
    }

    [Fact]
    public async Task Series_api_gives_points_per_source_with_evidence()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var client = factory.CreateClient();

        var series = await client.GetFromJsonAsync<JsonElement>("/api/series", TestContext.Current.CancellationToken);
        Assert.Contains(series.EnumerateArray(), s => s.GetProperty("key").GetString() == Slug);
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/series/{Slug}/timeline", TestContext.Current.CancellationToken);
        var nis = timeline.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "South Korean intelligence (NIS)");
        Assert.All(nis.GetProperty("points").EnumerateArray(), p => Assert.True(p.GetProperty("firstEvidenceId").GetInt32() > 0));
        Assert.Contains(nis.GetProperty("points").EnumerateArray(), p => p.GetProperty("refersTo").GetString() == "2024-12");
    }

    [Fact]
    public async Task Atom_feed_puts_the_latest_reviewed_claim_first()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var reviewer = await factory.ClientAsAsync("Reviewer");
        var pentagon = (await reviewer.GetFromJsonAsync<JsonElement>("/api/claims?source=Pentagon&unit=soldiers", TestContext.Current.CancellationToken)).GetProperty("items")[0];
        await Task.Delay(20, TestContext.Current.CancellationToken);
        await reviewer.PostAsJsonAsync($"/api/claims/{pentagon.GetProperty("id").GetInt32()}/review",
            new { status = "confirmed", version = pentagon.GetProperty("version").GetInt32() }, TestContext.Current.CancellationToken);

        var response = await factory.CreateClient().GetAsync($"/api/series/{Slug}/feed", TestContext.Current.CancellationToken);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var first = xml.Root!.Elements(atom + "entry").First();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Pentagon: ~10,000 (Confirmed)", first.Element(atom + "title")!.Value);
    }

    [Fact]
    public async Task A_series_whose_deployment_is_denied_is_flagged_as_contradicted()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var html = await factory.CreateClient().GetStringAsync($"/timeline/{Slug}", TestContext.Current.CancellationToken);

        var flag = new HtmlParser().ParseDocument(html).QuerySelector("p.contradiction")?.TextContent ?? "";
        Assert.Contains("North Korea", flag);
        Assert.Contains("denied the deployment", flag);
    }

    [Fact]
    public async Task Two_series_compare_side_by_side()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var editor = await factory.ClientAsAsync("Editor");
        await editor.PostAsJsonAsync("/api/articles", new { content = "Laut dem ukrainischen Generalstab wurden am Montag rund 1200 russische Soldaten getötet.", published = "2024-10-29" }, TestContext.Current.CancellationToken);
        var client = factory.CreateClient();
        var keys = (await client.GetFromJsonAsync<JsonElement>("/api/series", TestContext.Current.CancellationToken))
            .EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToList();
        Assert.True(keys.Count >= 2, $"two series to compare, got {string.Join(", ", keys)}");

        var html = await client.GetStringAsync($"/timeline/compare?a={Uri.EscapeDataString(keys[0])}&b={Uri.EscapeDataString(keys[1])}", TestContext.Current.CancellationToken);

        var sides = new HtmlParser().ParseDocument(html).QuerySelectorAll("section.compare-side h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/timeline/{keys[0]}", $"/timeline/{keys[1]}"], sides);
    }

    [Fact]
    public async Task Date_precision_publisher_and_language_filters_narrow_the_table_and_the_export_alike()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var all = TableClaimIds(await client.GetStringAsync($"/timeline/{Slug}", ct)).Select(int.Parse).ToList();
        var claims = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Claims.Where(c => all.Contains(c.Id)).Select(c => new
            {
                c.Id, c.StatedOn, c.Precision,
                Publishers = c.Evidence.Select(e => e.Article!.Publisher).ToList(),
                Languages = c.Evidence.Select(e => e.Article!.Language).ToList(),
            }), ct));
        var publisher = claims.SelectMany(c => c.Publishers).OfType<string>().GroupBy(p => p).OrderBy(g => g.Count()).First().Key;
        var cases = new (string Query, Func<dynamic, bool> Expected)[]
        {
            ("from=2024-10-20", c => c.StatedOn >= new DateOnly(2024, 10, 20)),
            ("to=2024-10-20", c => c.StatedOn <= new DateOnly(2024, 10, 20)),
            ("precision=approximate", c => c.Precision == "approximate"),
            ("publisher=" + Uri.EscapeDataString(publisher), c => ((List<string?>)c.Publishers).Contains(publisher)),
            ("language=en", c => ((List<string>)c.Languages).Contains("en")),
        };
        foreach (var (query, expected) in cases)
        {
            var shown = TableClaimIds(await client.GetStringAsync($"/timeline/{Slug}?{query}", ct)).Select(int.Parse).Order().ToList();
            var wanted = claims.Where(c => expected(c)).Select(c => c.Id).Order().ToList();
            Assert.True(wanted.Count > 0 && wanted.Count < all.Count, $"{query}: a filter that narrows ({wanted.Count} of {all.Count})");
            Assert.Equal(wanted, shown);
            var csv = await client.GetStringAsync($"/api/series/{Slug}/export?format=csv&{query}", ct);
            var exported = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(wanted, exported);
        }
    }
}
