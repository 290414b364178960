using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Api;

public sealed class ArticlesApiTests
{
    private const string Article = "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 1500 Soldaten nach Russland geschickt. Bis Dezember sollen es demnach 12.000 werden.";

    [Fact]
    public async Task Post_saves_once_and_answers_duplicate_the_second_time()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync("Editor");
        var body = new { content = Article, published = "2024-10-18", publisher = "Test", language = "de" };

        var first = await client.PostAsJsonAsync("/api/articles", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(created.GetProperty("duplicate").GetBoolean());
        Assert.Equal("newsclaims.extraction/v1", created.GetProperty("extraction").GetProperty("schema").GetString());
        var claims = created.GetProperty("extraction").GetProperty("claims");
        Assert.Equal(2, claims.GetArrayLength());
        Assert.Equal("2024-12", claims[1].GetProperty("refersTo").GetProperty("date").GetString());

        var second = await client.PostAsJsonAsync("/api/articles", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var dup = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(dup.GetProperty("duplicate").GetBoolean());
        Assert.Equal(created.GetProperty("id").GetInt32(), dup.GetProperty("id").GetInt32());

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{dup.GetProperty("id").GetInt32()}", TestContext.Current.CancellationToken);
        Assert.Equal(2, stored.GetProperty("claims").GetArrayLength());
    }

    [Fact]
    public async Task Extract_previews_without_saving()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var response = await (await factory.ClientAsAsync("Editor")).PostAsJsonAsync("/api/extract", new { content = Article, published = "2024-10-18" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(1500, doc.GetProperty("claims")[0].GetProperty("quantity").GetProperty("value").GetDecimal());
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }

    public static TheoryData<string, object, HttpStatusCode> BadInput => new()
    {
        { "empty", new { content = "   " }, HttpStatusCode.BadRequest },
        { "missing", new { publisher = "x" }, HttpStatusCode.BadRequest },
        { "binary", new { content = "PK\u0003\u0004\u0000\u0000\u0014\u0000binary" }, HttpStatusCode.BadRequest },
        { "future date", new { content = Article, published = "2999-01-01" }, HttpStatusCode.BadRequest },
        { "unreadable date", new { content = Article, published = "yesterday" }, HttpStatusCode.BadRequest },
        { "unknown language", new { content = Article, language = "fr" }, HttpStatusCode.BadRequest },
        { "too large", new { content = new string('x', 200_001) }, HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_problem_details_and_saves_nothing(string why, object body, HttpStatusCode expected)
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var response = await (await factory.ClientAsAsync("Editor")).PostAsJsonAsync("/api/articles", body, TestContext.Current.CancellationToken);

        Assert.True(expected == response.StatusCode, $"{why}: got {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("   at ", text); // no stack trace
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }

    [Fact]
    public async Task Unknown_article_is_404_problem()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var response = await (await factory.ClientAsAsync("Editor")).GetAsync("/api/articles/999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Hostile_html_is_stored_as_text_without_markup()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        const string html = "<html><head><title>Test</title><meta property=\"article:published_time\" content=\"2024-10-28T10:00:00Z\"></head><body><article><h1>Pentagon: 10.000</h1><p>Nordkorea hat nach Angaben des Pentagons rund 10.000 Soldaten nach Russland geschickt.</p><script>alert(1)</script><p><a href=\"javascript:alert(2)\" onclick=\"alert(3)\">Link</a></p></article></body></html>";

        var response = await (await factory.ClientAsAsync("Editor")).PostAsJsonAsync("/api/articles", new { content = html, language = "de" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single().Text));
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain("alert(1)", text);
        Assert.Contains("rund 10.000 Soldaten", text);
        Assert.Equal(new DateOnly(2024, 10, 28), await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single().Published)));
    }

    [Fact]
    public async Task Multipart_files_are_saved_one_by_one_with_a_result_each()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync("Editor");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Article), "files", "2024-10-18-nis.txt" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]), "files", "2024-10-18-picture.png" },
            { new StringContent(Article), "files", "2024-10-18-copy.txt" },
        };

        var response = await client.PostAsync("/api/articles", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(201, files[0].GetProperty("status").GetInt32());
        Assert.Equal(400, files[1].GetProperty("status").GetInt32());
        Assert.Contains("binary", files[1].GetProperty("problem").GetString());
        Assert.True(files[2].GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }

    [Fact]
    public async Task The_form_takes_several_uploaded_files_at_once()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var client = await factory.ClientAsAsync("Editor");
        var page = await client.GetStringAsync("/articles/new", TestContext.Current.CancellationToken);
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Article), "Uploads", "2024-10-18-a.txt" },
            { new StringContent("Laut dem Pentagon sind rund 10.000 nordkoreanische Soldaten in Russland."), "Uploads", "2024-10-28-b.txt" },
        };

        var response = await client.PostAsync("/articles/new", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/articles", response.Headers.Location!.OriginalString);
        var dates = await factory.WithDbAsync(db => Task.FromResult(db.Articles.OrderBy(a => a.Published).Select(a => a.Published).ToList()));
        Assert.Equal([new DateOnly(2024, 10, 18), new DateOnly(2024, 10, 28)], dates);
    }
}
