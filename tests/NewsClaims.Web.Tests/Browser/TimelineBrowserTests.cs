using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

/// <summary>Real Kestrel on a free port, real Chromium (Debian's, at /usr/bin/chromium).</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineBrowserTests
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // a loaded CI machine is slow: wait longer than Playwright's default before calling a step failed
        Assertions.SetDefaultExpectTimeout(20_000);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Timeline_shows_the_seed_sources_and_figures_in_a_browser()
    {
        if (!File.Exists(ChromiumPath)) Assert.Skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.");
        await using var factory = new NewsClaimsFactory(kestrel: true, publicRead: true);
        factory.StartServer();
        var baseAddress = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var response = await page.GotoAsync(baseAddress + "/");

        Assert.True(response?.Ok, $"GET / answered {response?.Status}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("North Korea · soldiers · Russia");
        var table = page.Locator("table.points");
        await Assertions.Expect(table).ToContainTextAsync("South Korean intelligence (NIS)");
        await Assertions.Expect(table).ToContainTextAsync("~1,500");
        await Assertions.Expect(table).ToContainTextAsync("3,000");
        await Assertions.Expect(table).ToContainTextAsync("~12,000");
        await Assertions.Expect(page.Locator("svg.chart .projection")).ToHaveCountAsync(1);

        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var shot = Path.Combine(artifacts, "timeline.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot has content");
    }
}
