using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Pages;

public sealed class TimelinePageTests
{
    [Fact]
    public async Task Home_shows_the_sample_figures_of_south_korean_intelligence()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var html = await factory.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("North Korea · soldiers · Russia", html);
        Assert.Contains("South Korean intelligence (NIS)", html);
        Assert.Contains("~1,500", html);
        Assert.Contains("3,000", html);
        Assert.Contains("by 2024-12", html);
        Assert.Contains("~12,000", html);
        Assert.Contains("Pentagon", html);
    }

    [Fact]
    public async Task The_chart_saves_as_a_standalone_svg_of_the_filtered_view_and_readers_without_script_see_it()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var html = await client.GetStringAsync("/timeline/north-korea~soldiers~russia?source=Pentagon", ct);
        Assert.Contains("<noscript><img class=\"chart\" src=\"/api/series/north-korea~soldiers~russia/chart.svg?source=Pentagon\"", html);

        var all = await client.GetAsync("/api/series/north-korea~soldiers~russia/chart.svg", ct);
        Assert.Equal("image/svg+xml", all.Content.Headers.ContentType?.MediaType);
        var svg = await all.Content.ReadAsStringAsync(ct);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.Contains("<style>", svg);
        Assert.Contains("class=\"projection\"", svg);
        Assert.Contains("South Korean intelligence (NIS)", svg);
        var pentagonOnly = await client.GetStringAsync("/api/series/north-korea~soldiers~russia/chart.svg?source=Pentagon", ct);
        Assert.DoesNotContain("South Korean intelligence (NIS)", pentagonOnly);
        Assert.Contains("Pentagon", pentagonOnly);
    }

    [Fact]
    public async Task Sample_figure_said_in_two_articles_is_one_claim_with_two_pieces_of_evidence()
    {
        await using var factory = new NewsClaimsFactory();
        _ = factory.CreateClient();
        var evidence = await factory.WithDbAsync(db => Task.FromResult(db.Claims
            .Where(c => c.Source!.Name == "South Korean intelligence (NIS)" && c.Value == 1500 && c.Unit == "soldiers")
            .Select(c => c.Evidence.Count).ToList()));

        Assert.Equal([2], evidence);
    }

    [Fact]
    public async Task Sample_data_can_be_switched_off()
    {
        await using var factory = new NewsClaimsFactory(seed: false, publicRead: true);
        var html = await factory.CreateClient().GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("No figures in this series yet", html);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }

    [Fact]
    public async Task Reading_pages_ask_anonymous_visitors_to_sign_in_unless_public_read_is_on()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var response = await (await factory.ClientAsAsync(null)).GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
