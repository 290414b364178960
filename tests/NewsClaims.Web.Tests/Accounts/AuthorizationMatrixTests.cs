using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Accounts;

/// <summary>Every write endpoint and page handler against every role: allowed, or refused (401/403/sign-in).</summary>
public sealed class AuthorizationMatrixTests
{
    public static TheoryData<string?> Everyone()
    {
        var data = new TheoryData<string?>();
        foreach (var role in new string?[] { null, "Analyst", "Editor", "Reviewer", "Admin" }) data.Add(role);
        return data;
    }

    private static bool Refused(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/account/", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Post_articles_is_for_editors_and_admins(string? role)
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync(role);

        var r = await client.PostAsJsonAsync("/api/articles", new { content = "Laut dem Pentagon sind 10.000 nordkoreanische Soldaten in Russland.", published = "2024-10-28" }, TestContext.Current.CancellationToken);

        if (role is "Editor" or "Admin") Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        else Assert.True(Refused(r), $"{role ?? "anonymous"} got {r.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Review_api_is_for_reviewers_and_admins(string? role)
    {
        await using var factory = new NewsClaimsFactory();
        var reader = await factory.ClientAsAsync("Analyst");
        var item = (await reader.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=1", TestContext.Current.CancellationToken)).GetProperty("items")[0];
        var client = await factory.ClientAsAsync(role);

        var r = await client.PostAsJsonAsync($"/api/claims/{item.GetProperty("id").GetInt32()}/review",
            new { status = "confirmed", version = item.GetProperty("version").GetInt32() }, TestContext.Current.CancellationToken);

        if (role is "Reviewer" or "Admin") Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        else Assert.True(Refused(r), $"{role ?? "anonymous"} got {r.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Reading_the_api_needs_an_account_when_public_read_is_off(string? role)
    {
        await using var factory = new NewsClaimsFactory();
        var client = await factory.ClientAsAsync(role);

        var r = await client.GetAsync("/api/claims", TestContext.Current.CancellationToken);

        if (role is null) Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        else Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    public static TheoryData<string?, string, string> PageHandlers()
    {
        var data = new TheoryData<string?, string, string>();
        foreach (var role in new string?[] { null, "Analyst", "Editor", "Reviewer", "Admin" })
        {
            data.Add(role, "/articles/new", "Editor Admin");
            data.Add(role, "/review", "Reviewer Admin");
            data.Add(role, "/admin/users", "Admin");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PageHandlers))]
    public async Task Page_handlers_follow_the_roles(string? role, string page, string allowed)
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync(role);
        var mayUse = role is not null && allowed.Split(' ').Contains(role);

        var get = await client.GetAsync(page, TestContext.Current.CancellationToken);
        // a POST without the form's antiforgery token: refused by authorization first, else by antiforgery (400)
        var post = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "y" }), TestContext.Current.CancellationToken);

        if (mayUse)
        {
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        else
        {
            Assert.True(Refused(get), $"{role ?? "anonymous"} GET {page}: {get.StatusCode}");
            Assert.True(Refused(post), $"{role ?? "anonymous"} POST {page}: {post.StatusCode}");
        }
    }

    [Fact]
    public async Task Self_registration_is_closed()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var r = await factory.CreateClient().PostAsJsonAsync("/api/identity/register", new { email = "x@y.z", password = "Some-password-1" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }
}
