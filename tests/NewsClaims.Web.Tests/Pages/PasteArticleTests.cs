using System.Net;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Pages;

public sealed class PasteArticleTests
{
    private static Dictionary<string, string> Form(string content, string published = "2024-10-23") => new()
    {
        ["Input.Content"] = content,
        ["Input.Publisher"] = "ntv.de",
        ["Input.Published"] = published,
        ["Input.Language"] = "de",
    };

    [Fact]
    public async Task Pasting_the_seed_article_stores_its_claims_and_pasting_it_again_stores_nothing_new()
    {
        var seed = await File.ReadAllTextAsync(SharedFixtures.SeedArticlePath, TestContext.Current.CancellationToken);
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync("Editor");

        var first = await Forms.PostFormAsync(client, "/articles/new", Form(seed));
        Assert.True(Forms.IsRedirect(first), $"expected a redirect, got {first.StatusCode}");
        var location = first.Headers.Location!.OriginalString;
        Assert.Matches(@"^/articles/\d+$", location);

        var page = await client.GetStringAsync(location, TestContext.Current.CancellationToken);
        Assert.Contains("USA: Haben Beweise für nordkoreanische Truppen in Russland", page);
        Assert.Contains("<mark class=\"evidence\"", page);
        Assert.Contains("South Korean intelligence (NIS)", page);
        Assert.Contains("rund 12.000 Soldaten", page);
        Assert.DoesNotContain("Diese Audioversion wurde künstlich generiert", page);

        var claimsAfterFirst = await factory.WithDbAsync(db => Task.FromResult(db.Claims.Count()));
        var figures = await factory.WithDbAsync(db => Task.FromResult(db.Claims.Where(c => c.Value != null).Select(c => c.Value!.Value).ToList()));
        Assert.Contains(3000d, figures);
        Assert.Contains(1500d, figures);
        Assert.Contains(12000d, figures);
        Assert.Contains(13000d, figures);

        var second = await Forms.PostFormAsync(client, "/articles/new", Form(seed));
        Assert.Equal(location, second.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
        Assert.Equal(claimsAfterFirst, await factory.WithDbAsync(db => Task.FromResult(db.Claims.Count())));
        Assert.Equal(claimsAfterFirst, await factory.WithDbAsync(db => Task.FromResult(db.Evidence.Select(e => e.ClaimId).Distinct().Count())));
    }

    [Theory]
    [InlineData("", "2024-10-23", "The article text is empty.")]
    [InlineData("Nordkorea soll 3000 Soldaten geschickt haben, sagte der Geheimdienst.", "23.10.2024", "YYYY-MM-DD")]
    [InlineData("Nordkorea soll 3000 Soldaten geschickt haben, sagte der Geheimdienst.", "2099-01-01", "in the future")]
    public async Task Bad_input_gets_a_message_on_the_form_and_saves_nothing(string content, string published, string message)
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync("Editor");

        var response = await Forms.PostFormAsync(client, "/articles/new", Form(content, published));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }

    [Fact]
    public async Task Pasted_markup_is_shown_as_text_never_as_html()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync("Editor");
        const string hostile = "Nordkorea soll 3000 Soldaten nach Russland geschickt haben, sagte der Geheimdienst. <img src=x onerror=alert(1)> <script>alert(2)</script>";

        var response = await Forms.PostFormAsync(client, "/articles/new", Form(hostile));
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert(2)</script>", page);
        Assert.DoesNotContain("<img src=x", page);
    }
}
