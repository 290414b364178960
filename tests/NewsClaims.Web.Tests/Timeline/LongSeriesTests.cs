using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Html.Parser;
using NewsClaims.Web.Data;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Timeline;

/// <summary>A series with more figures than a table can usefully show.</summary>
public sealed class LongSeriesTests
{
    private const string Slug = "belarus~soldiers";

    internal const string Slug2 = Slug;

    /// <summary>The sentence stored as evidence of the i-th figure.</summary>
    internal static string Sentence(int i) => $"The Baltic Monitor counted {1000 + i} Belarusian soldiers near the border.";

    internal static async Task FillAsync(NewsClaimsFactory factory, int claims)
    {
        _ = factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            var source = new Source { Name = "Baltic Monitor" };
            var actor = new Actor { Name = "Belarus" };
            var start = new DateOnly(2023, 1, 1);
            var article = new Article { Title = "Border watch", Published = start, Text = "…", ContentHash = "long-series", IngestedBy = "test", IngestedAt = DateTime.UtcNow };
            for (var i = 0; i < claims; i++)
            {
                db.Claims.Add(new Claim
                {
                    Evidence = [new Evidence { Article = article, Start = i, End = i + 1, Text = Sentence(i) }],
                    Source = source, Actor = actor, Stance = "asserts", Unit = "soldiers", Value = 1000 + i, Low = 1000 + i, High = 1000 + i,
                    Precision = "exact", QuantityText = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    StatedOn = start.AddDays(i), StatedOnPrecision = "day", Status = ReviewStatus.Unreviewed, CreatedAt = DateTime.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });
        // written behind the app's back: tell its caches, as every write through the app does
        await factory.Services.GetRequiredService<NewsClaims.Web.Timeline.TimelineCache>().ChangedAsync();
    }

    [Fact]
    public async Task The_table_shows_the_latest_500_figures_and_links_to_all_while_the_chart_and_export_hold_every_one()
    {
        await using var factory = new NewsClaimsFactory(seed: false, publicRead: true);
        await FillAsync(factory, 620);
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var doc = new HtmlParser().ParseDocument(await client.GetStringAsync($"/timeline/{Slug}", ct));
        var rows = doc.QuerySelectorAll("table.points tbody tr");
        Assert.Equal(500, rows.Length);
        Assert.Equal("2024-09-11", rows[^1].QuerySelector("td")!.TextContent);
        Assert.Equal("2023-05-01", rows[0].QuerySelector("td")!.TextContent);
        Assert.Contains("Showing the latest 500 of 620 figures", doc.QuerySelector("#rows-limited")!.TextContent);
        var chart = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("script#series-data")!.TextContent).RootElement;
        Assert.Equal(620, chart.GetProperty("sources")[0].GetProperty("points").GetArrayLength());

        var all = new HtmlParser().ParseDocument(await client.GetStringAsync(doc.QuerySelector("#rows-limited a")!.GetAttribute("href")!, ct));
        Assert.Equal(620, all.QuerySelectorAll("table.points tbody tr").Length);
        Assert.Null(all.QuerySelector("#rows-limited"));
        var csv = await client.GetStringAsync($"/api/series/{Slug}/export?format=csv", ct);
        Assert.Equal(621, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
