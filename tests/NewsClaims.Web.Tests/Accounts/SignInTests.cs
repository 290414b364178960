using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Accounts;

public sealed partial class SignInTests
{
    [Fact]
    public async Task Without_a_configured_password_the_first_admin_gets_a_generated_one_printed_once()
    {
        await using var factory = new NewsClaimsFactory(seed: false, adminPassword: null);
        _ = factory.CreateClient();

        var log = string.Join("\n", Directory.GetFiles(factory.LogFolder).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }));
        var match = GeneratedPassword().Match(log);
        Assert.True(match.Success, "the log names the generated admin password");

        var login = await factory.CreateClient().PostAsJsonAsync("/api/identity/login",
            new { email = NewsClaimsFactory.AdminEmail, password = match.Groups[1].Value }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_account()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        await factory.EnsureUserAsync("editor@test.local", "Editor");
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/identity/login", new { email = "editor@test.local", password = "wrong-password-1" }, TestContext.Current.CancellationToken);
        var right = await client.PostAsJsonAsync("/api/identity/login", new { email = "editor@test.local", password = NewsClaimsFactory.Password }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [GeneratedRegex(@"with password ""?([^\s""]+)""? \(set Admin:Password")]
    private static partial Regex GeneratedPassword();
}
