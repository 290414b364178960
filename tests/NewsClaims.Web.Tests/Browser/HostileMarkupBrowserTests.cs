using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class HostileMarkupBrowserTests
{
    private const string Payload = """
        <html><head><title>Test</title><meta property="article:published_time" content="2024-10-28T10:00:00Z"></head><body><article>
        <h1>Nordkorea: 10.000 Soldaten</h1>
        <p>Nordkorea hat nach Angaben des Pentagons rund 10.000 Soldaten nach Russland geschickt. <img src=x onerror="window.__xss=1;alert(1)"></p>
        <script>window.__xss=2;alert(2)</script>
        <p><a href="javascript:window.__xss=3">Link</a> <svg onload="window.__xss=4"></svg> &lt;script&gt;window.__xss=5&lt;/script&gt;</p>
        <p>Laut dem Pentagon sind es "<b onmouseover=alert(6)>rund 10.000</b>" Soldaten.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task Pasted_hostile_html_never_runs_in_preview_or_on_the_article_page()
    {
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(seed: false, kestrel: true, publicRead: true));
        var page = session.Page;
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        await session.SignInAsync("Editor", "/articles/new");

        await page.Locator("#Input_Content").FillAsync(Payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview claims" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-text")).ToContainTextAsync("10.000 Soldaten");
        await page.Locator("#preview-text").HoverAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Save with corrections" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/articles/\d+$"));
        await page.Locator("article.article-text").HoverAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("article.article-text script, article.article-text img, article.article-text svg, article.article-text a").CountAsync());
    }
}
