using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Api;

public sealed class ArticleBatchTests
{
    private static string Article(int n) =>
        $"Verluste an der Front\n\nNach Angaben des Pentagons wurden bis Mittwoch rund {1000 + n * 10} russische Soldaten getötet.";

    [Fact]
    public async Task A_batch_answers_each_article_in_order_saving_the_good_ones_and_naming_the_problems()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var editor = await factory.ClientAsAsync("Editor");
        var ct = TestContext.Current.CancellationToken;
        (await editor.PostAsJsonAsync("/api/articles", new { content = Article(0), published = "2025-02-07" }, ct)).EnsureSuccessStatusCode();

        var response = await editor.PostAsJsonAsync("/api/articles/batch", new
        {
            articles = new object[]
            {
                new { content = Article(1), published = "2025-02-07" },
                new { content = "", published = "2025-02-07" },
                new { content = Article(0), published = "2025-02-07" },
                new { content = Article(2), published = "2999-01-01" },
                new { content = Article(1), published = "2025-02-07" },
                new { content = Article(3) },
            },
        }, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([201, 400, 200, 400, 200, 400], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal(results[0].GetProperty("id").GetInt32(), results[4].GetProperty("id").GetInt32());
        Assert.Contains("empty", results[1].GetProperty("problem").GetString());
        Assert.Contains("future", results[3].GetProperty("problem").GetString());
        Assert.Contains("publication date", results[5].GetProperty("problem").GetString());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Articles.CountAsync(ct)));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.Unit == "killed", ct)));
    }

    [Fact]
    public async Task Batches_are_for_editors_and_have_a_size_limit()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var ct = TestContext.Current.CancellationToken;
        var analyst = await factory.ClientAsAsync("Analyst");
        var refused = await analyst.PostAsJsonAsync("/api/articles/batch", new { articles = new[] { new { content = Article(1), published = "2025-02-07" } } }, ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var editor = await factory.ClientAsAsync("Editor");
        var tooMany = await editor.PostAsJsonAsync("/api/articles/batch",
            new { articles = Enumerable.Range(0, 101).Select(i => new { content = Article(i), published = "2025-02-07" }) }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Articles.CountAsync(ct)));
    }
}
