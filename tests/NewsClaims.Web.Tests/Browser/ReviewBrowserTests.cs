using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReviewBrowserTests
{
    [Fact]
    public async Task Reviewer_signs_in_confirms_one_claim_disputes_another_and_sees_both_in_the_history()
    {
        if (!File.Exists(TimelineBrowserTests.ChromiumPath)) Assert.Skip("Chromium is not installed at /usr/bin/chromium; .ci/run installs it.");
        await using var factory = new NewsClaimsFactory(kestrel: true);
        factory.StartServer();
        await factory.EnsureUserAsync("reviewer@test.local", "Reviewer");
        var baseAddress = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TimelineBrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseAddress + "/review");

        // not signed in: the queue sends the reviewer to sign in first
        Assert.Contains("/account/login", page.Url);
        await page.GetByLabel("Email").FillAsync("reviewer@test.local");
        await page.GetByLabel("Password").FillAsync(NewsClaimsFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
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
        if (!File.Exists(TimelineBrowserTests.ChromiumPath)) Assert.Skip("Chromium is not installed at /usr/bin/chromium; .ci/run installs it.");
        await using var factory = new NewsClaimsFactory(kestrel: true);
        factory.StartServer();
        await factory.EnsureUserAsync("reviewer@test.local", "Reviewer");
        var baseAddress = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await TimelineBrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(baseAddress + "/account/login?ReturnUrl=%2Freview");
        await page.GetByLabel("Email").FillAsync("reviewer@test.local");
        await page.GetByLabel("Password").FillAsync(NewsClaimsFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review queue");

        var second = page.Locator("tr.claim-row").Nth(1);
        var id = await second.GetAttributeAsync("data-claim");
        await page.Locator("tr.claim-row").First.FocusAsync();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("c");

        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"Claim {id} is now Confirmed");
    }
}
