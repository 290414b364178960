using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/articles")]
    [InlineData("/account/login")]
    public async Task Page_has_no_serious_accessibility_violations(string path)
    {
        if (!File.Exists(TimelineBrowserTests.ChromiumPath)) Assert.Skip("Chromium is not installed at /usr/bin/chromium; .ci/run installs it.");
        await using var factory = new NewsClaimsFactory(kestrel: true, publicRead: true);
        factory.StartServer();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TimelineBrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(factory.ClientOptions.BaseAddress.ToString().TrimEnd('/') + path);

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
