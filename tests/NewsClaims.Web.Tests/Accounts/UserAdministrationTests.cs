using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Accounts;

public sealed class UserAdministrationTests
{
    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email) =>
        await client.PostAsJsonAsync("/api/identity/login", new { email, password = NewsClaimsFactory.Password });

    [Fact]
    public async Task Admin_creates_a_reviewer_makes_them_an_editor_and_disables_them()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var admin = await factory.ClientAsAsync("Admin");
        var anonymous = factory.CreateClient();

        await Forms.PostFormAsync(admin, "/admin/users?handler=Create", new Dictionary<string, string>
        {
            ["email"] = "new@test.local", ["password"] = NewsClaimsFactory.Password, ["role"] = "Reviewer",
        });
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(anonymous, "new@test.local")).StatusCode);

        var id = await IdOfAsync(factory, "new@test.local");
        await Forms.PostFormAsync(admin, "/admin/users?handler=Role", new Dictionary<string, string> { ["id"] = id, ["role"] = "Editor" });
        Assert.Equal(["Editor"], await RolesOfAsync(factory, "new@test.local"));

        await Forms.PostFormAsync(admin, "/admin/users?handler=Toggle", new Dictionary<string, string> { ["id"] = id });
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(anonymous, "new@test.local")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        await using var factory = new NewsClaimsFactory(seed: false, signInPermits: 3);
        var client = factory.CreateClient();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) codes.Add((await LoginAsync(client, "nobody@test.local")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        Assert.Equal(3, codes.Count(c => c != HttpStatusCode.TooManyRequests));
    }

    private static async Task<string> IdOfAsync(NewsClaimsFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
    }

    private static async Task<IList<string>> RolesOfAsync(NewsClaimsFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
