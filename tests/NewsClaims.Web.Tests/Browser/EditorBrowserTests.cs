using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EditorBrowserTests
{
    [Fact]
    public async Task Editor_previews_the_seed_article_edits_deletes_adds_from_a_selection_and_saves_exactly_those_claims()
    {
        var seed = await File.ReadAllTextAsync(SharedFixtures.SeedArticlePath, TestContext.Current.CancellationToken);
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(seed: false, kestrel: true, publicRead: true), width: 1400);
        var factory = session.Factory;
        var page = session.Page;
        await session.SignInAsync("Editor", "/articles/new");
        await page.Locator("#Input_Content").FillAsync(seed);
        await page.Locator("#Input_Published").FillAsync("2024-10-23");
        await page.Locator("#Input_Language").SelectOptionAsync("de");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview claims" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-text mark.figure").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#preview-text mark.source").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#preview-text mark.date", new() { HasText = "Freitag" })).ToHaveCountAsync(1);

        // edit one figure, delete another
        var rows = page.Locator("tr.claim-edit");
        var threeThousand = rows.Filter(new() { Has = page.Locator("input[name$='.Value'][value='3000']") });
        await threeThousand.Locator("input[name$='.Value']").FillAsync("3500");
        await threeThousand.Locator("input[name$='.Low']").FillAsync("3500");
        await threeThousand.Locator("input[name$='.High']").FillAsync("3500");
        var containers = rows.Filter(new() { Has = page.Locator("input[name$='.Value'][value='13000']") });
        await containers.Locator("input[type=checkbox][name$='.Delete']").CheckAsync();

        // add one from a selection of the article text
        const string words = "Tausende weitere sollen folgen.";
        // select the words as a reader would, across the marks inside them
        await page.EvaluateAsync(@"words => {
            const article = document.getElementById('preview-text');
            const from = article.textContent.indexOf(words);
            if (from < 0) throw new Error('words not found');
            const to = from + words.length;
            const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let count = 0;
            while (walker.nextNode()) {
                const n = walker.currentNode, len = n.textContent.length;
                if (from >= count && from <= count + len) range.setStart(n, from - count);
                if (to >= count && to <= count + len) { range.setEnd(n, to - count); break; }
                count += len;
            }
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }", words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add claim from selection" }).ClickAsync();
        var added = page.Locator("tr.claim-edit.added");
        await Assertions.Expect(added.Locator(".selection-text")).ToHaveTextAsync(words);
        await added.Locator("input[name$='.Source']").FillAsync("Editorial estimate desk");
        await added.Locator("input[name$='.Actor']").FillAsync("North Korea");
        await added.Locator("input[name$='.Value']").FillAsync("5000");
        await added.Locator("input[name$='.Location']").FillAsync("Russia");
        await added.Locator("input[name$='.StatedOn']").FillAsync("2024-10-23");
        var kept = await rows.CountAsync() - 1; // the deleted one
        await page.GetByRole(AriaRole.Button, new() { Name = "Save with corrections" }).ClickAsync();

        // (the saved page's own content is awaited below; its "load" event, which waits for every resource, is not: on a busy
        // CI machine it once took longer than Playwright's 30 s)
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/articles/\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var claims = page.Locator("aside.claims li.claim");
        await Assertions.Expect(claims).ToHaveCountAsync(kept);
        await Assertions.Expect(page.Locator("aside.claims")).ToContainTextAsync("3,500");
        await Assertions.Expect(page.Locator("aside.claims")).ToContainTextAsync("corrected by editor@test.local");
        await Assertions.Expect(page.Locator("aside.claims")).ToContainTextAsync("Editorial estimate desk");
        await Assertions.Expect(page.Locator("aside.claims")).ToContainTextAsync("added by editor@test.local");
        await Assertions.Expect(page.Locator("aside.claims")).Not.ToContainTextAsync("Container");
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Claims.Count(c => c.Unit == "containers"))));

        await session.GotoAsync("/");
        var table = page.Locator("table.points");
        await Assertions.Expect(table).ToContainTextAsync("3,500");
        await Assertions.Expect(table).ToContainTextAsync("Editorial estimate desk");
        await Assertions.Expect(table).Not.ToContainTextAsync("3,000");
    }
}
