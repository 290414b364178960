using AngleSharp.Html.Parser;
using NewsClaims.Web.Data;
using NewsClaims.Web.Tests.Infrastructure;
using NewsClaims.Web.Timeline;

namespace NewsClaims.Web.Tests.Timeline;

/// <summary>The series page with and without the chart library the build installs from npm.</summary>
public sealed class ChartLibraryTests
{
    private const string Slug = "north-korea~soldiers~russia";

    [Fact]
    public async Task Without_the_chart_library_the_page_says_so_and_keeps_the_static_chart_and_the_table()
    {
        using var folder = new TestFolder();
        var emptyWebRoot = Directory.CreateDirectory(folder.File("wwwroot")).FullName;
        await using var factory = new NewsClaimsFactory(publicRead: true, webRoot: emptyWebRoot);
        var html = await factory.CreateClient().GetStringAsync($"/timeline/{Slug}", TestContext.Current.CancellationToken);
        var doc = new HtmlParser().ParseDocument(html);

        Assert.Contains("chart library (ECharts) is not installed", doc.QuerySelector("#chart-library-missing")?.TextContent);
        Assert.NotNull(doc.QuerySelector(".chart-fallback svg.chart"));
        Assert.NotEmpty(doc.QuerySelectorAll("table.points tbody tr"));
        Assert.Null(doc.QuerySelector("script[src*='echarts']"));
    }

    [Fact]
    public async Task With_the_library_the_page_hands_the_chart_its_points_as_data_not_markup()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var html = await factory.CreateClient().GetStringAsync($"/timeline/{Slug}", TestContext.Current.CancellationToken);
        var doc = new HtmlParser().ParseDocument(html);

        Assert.Null(doc.QuerySelector("#chart-library-missing"));
        Assert.NotNull(doc.QuerySelector("script[src*='lib/echarts/echarts.min.js']"));
        var data = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("script#series-data")!.TextContent).RootElement;
        var rows = doc.QuerySelectorAll("table.points tbody tr").Select(r => r.GetAttribute("data-claim")!).ToList();
        var charted = data.GetProperty("sources").EnumerateArray().SelectMany(s => s.GetProperty("points").EnumerateArray())
            .Select(p => p.GetProperty("claim").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(rows.Order().ToList(), charted);
    }

    [Fact]
    public void Evidence_with_markup_cannot_close_the_data_element()
    {
        var point = new TimelinePoint(1, "Someone", null, new DateOnly(2024, 10, 1), 5, 5, 5, "exact", "5", null, null,
            ReviewStatus.Unreviewed, 1, "a </script><script>alert(1)</script> & <b>bold</b>", 1);
        var json = ChartData.Of("t", [point], [], []).ToJson();

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.Contains("alert(1)", json);
    }
}
