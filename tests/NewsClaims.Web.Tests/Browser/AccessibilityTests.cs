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
    [InlineData("/timeline/north-korea~soldiers~russia?source=Pentagon&source=South%20Korean%20intelligence%20(NIS)")]
    [InlineData("/articles")]
    [InlineData("/account/login")]
    public async Task Page_has_no_serious_accessibility_violations(string path)
    {
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(kestrel: true, publicRead: true));
        await session.GotoAsync(path);
        // check the page as a reader sees it: with the interactive chart drawn where there is one
        if (await session.Page.Locator("#series-chart").CountAsync() > 0)
            await session.Page.WaitForFunctionAsync("() => window.newsClaimsChart !== undefined");

        var results = await session.Page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
