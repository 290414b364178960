using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReviewBrowserTests
{
    [Fact]
    public async Task Reviewer_signs_in_confirms_one_claim_disputes_another_and_sees_both_in_the_history()
    {
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(kestrel: true));
        await session.Factory.EnsureUserAsync("reviewer@test.local", "Reviewer");
        var page = session.Page;
        var baseAddress = session.BaseAddress;
        await session.GotoAsync("/review");

        // not signed in: the queue sends the reviewer to sign in first
        Assert.Contains("/account/login", page.Url);
        await session.FillSignInAsync("reviewer@test.local");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");

        var rows = page.Locator("tr.claim-row");
        var first = await rows.Nth(0).GetAttributeAsync("data-claim");
        var second = await rows.Nth(1).GetAttributeAsync("data-claim");
        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"Claim {first} is now Confirmed");

        var secondRow = page.Locator($"tr[data-claim='{second}']");
        await secondRow.Locator("input[name=note]").FillAsync("the figure contradicts the ministry");
        await secondRow.GetByRole(AriaRole.Button, new() { Name = "Dispute" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"Claim {second} is now Disputed");

        await page.GotoAsync($"{baseAddress}/claims/{first}");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync("reviewer@test.local: Unreviewed → Confirmed");
        await page.GotoAsync($"{baseAddress}/claims/{second}");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync("Unreviewed → Disputed");
        await Assertions.Expect(page.Locator("ol.history")).ToContainTextAsync("the figure contradicts the ministry");
    }

    [Fact]
    public async Task Keyboard_confirms_the_focused_claim()
    {
        await using var session = await BrowserSession.StartAsync(new NewsClaimsFactory(kestrel: true));
        await session.SignInAsync("Reviewer", "/review");
        var page = session.Page;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");

        var second = page.Locator("tr.claim-row").Nth(1);
        var id = await second.GetAttributeAsync("data-claim");
        await page.Locator("tr.claim-row").First.FocusAsync();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("c");

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"Claim {id} is now Confirmed");
    }
}
