using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TimelineBrowserTests
{
    [Fact]
    public async Task Timeline_shows_the_seed_sources_and_figures_in_a_browser()
    {
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(kestrel: true, publicRead: true));
        var page = session.Page;
        var response = await session.GotoAsync("/");

        Assert.True(response?.Ok, $"GET / answered {response?.Status}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("North Korea · soldiers · Russia");
        var table = page.Locator("table.points");
        await Assertions.Expect(table).ToContainTextAsync("South Korean intelligence (NIS)");
        await Assertions.Expect(table).ToContainTextAsync("~1,500");
        await Assertions.Expect(table).ToContainTextAsync("3,000");
        await Assertions.Expect(table).ToContainTextAsync("~12,000");
        await Assertions.Expect(page.Locator("#series-chart canvas")).ToHaveCountAsync(1);

        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var shot = Path.Combine(artifacts, "timeline.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot has content");
    }
}
