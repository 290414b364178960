using Microsoft.Playwright;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port and one page of Debian's Chromium driving it (no browser download:
/// /usr/bin/chromium, started with the flags this closed network needs). Skips the test without Chromium.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserSession(NewsClaimsFactory factory) => Factory = factory;

    public NewsClaimsFactory Factory { get; }
    public IPage Page { get; private set; } = null!;
    public string BaseAddress { get; private set; } = "";

    public static async Task<BrowserSession> StartAsync(NewsClaimsFactory factory, int width = 1280, int height = 1000)
    {
        if (!File.Exists(ChromiumPath))
        {
            await factory.DisposeAsync();
            Assert.Skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium); .ci/run installs it.");
        }
        var session = new BrowserSession(factory);
        factory.StartServer();
        session.BaseAddress = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        // a loaded CI machine is slow: wait longer than Playwright's default before calling a step failed
        Assertions.SetDefaultExpectTimeout(20_000);
        session._playwright = await Playwright.CreateAsync();
        session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // CI runs these beside the CPU-bound corpus tests on two cores: one page load once took over
        // Playwright's 30 s default there, so steps and navigations get more time before they count as failed
        session.Page.SetDefaultTimeout(60_000);
        session.Page.SetDefaultNavigationTimeout(90_000);
        return session;
    }

    public Task<IResponse?> GotoAsync(string path) => Page.GotoAsync(BaseAddress + path);

    /// <summary>Creates the user with the role and signs in through the sign-in page, landing on <paramref name="returnUrl"/>.</summary>
    public async Task SignInAsync(string role, string returnUrl = "/")
    {
        var email = $"{role.ToLowerInvariant()}@test.local";
        await Factory.EnsureUserAsync(email, role);
        await GotoAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        // (as a user would, sign in again when the first press left the sign-in page standing: on a starved CI machine one
        // sign-in never left it within 90 s; what the page then says is kept for the failure message)
        for (var attempt = 1; ; attempt++)
        {
            await FillSignInAsync(email);
            try
            {
                await Page.WaitForURLAsync(BaseAddress + returnUrl, new() { WaitUntil = WaitUntilState.Commit, Timeout = 45_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 2 && Page.Url.Contains("/account/login", StringComparison.Ordinal))
            {
            }
            catch (TimeoutException e)
            {
                var said = await Page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
                throw new TimeoutException($"Sign-in as {role} stayed at {Page.Url}; the page said: {said}", e);
            }
        }
    }

    public async Task FillSignInAsync(string email)
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(NewsClaimsFactory.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
