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
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(kestrel: true, publicRead: true));
        await session.GotoAsync(path);

        var results = await session.Page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
