using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Timeline;

/// <summary>Timeline answers are cached until the app writes claims, and only until then.</summary>
public sealed class TimelineCacheTests
{
    private const string Slug = "north-korea~soldiers~russia";

    [Fact]
    public async Task Series_page_is_served_from_cache_until_a_review_and_then_shows_the_current_data()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var ct = TestContext.Current.CancellationToken;
        var reader = factory.CreateClient();
        Assert.DoesNotContain("7,654,321", await reader.GetStringAsync($"/timeline/{Slug}", ct));
        Assert.DoesNotContain("7654321", await reader.GetStringAsync($"/api/series/{Slug}/timeline", ct));

        // a change behind the app's back: the cached answers do not see it
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Claims SET Value = 7654321, Low = 7654321, High = 7654321 WHERE Precision = 'exact' AND Unit = 'soldiers'", ct));
        Assert.DoesNotContain("7,654,321", await reader.GetStringAsync($"/timeline/{Slug}", ct));
        Assert.DoesNotContain("7654321", await reader.GetStringAsync($"/api/series/{Slug}/timeline", ct));

        // a review through the app drops what was cached
        var reviewer = await factory.ClientAsAsync("Reviewer");
        var claim = (await reviewer.GetFromJsonAsync<JsonElement>("/api/claims?unit=soldiers", ct)).GetProperty("items")[0];
        var review = await reviewer.PostAsJsonAsync($"/api/claims/{claim.GetProperty("id").GetInt32()}/review",
            new { status = "confirmed", version = claim.GetProperty("version").GetInt32() }, ct);
        review.EnsureSuccessStatusCode();
        Assert.Contains("7,654,321", await reader.GetStringAsync($"/timeline/{Slug}", ct));
        Assert.Contains("7654321", await reader.GetStringAsync($"/api/series/{Slug}/timeline", ct));
    }

    [Fact]
    public async Task A_newly_ingested_article_appears_in_the_cached_series_list_at_once()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var ct = TestContext.Current.CancellationToken;
        var reader = factory.CreateClient();
        Assert.DoesNotContain("Belarus · soldiers", await reader.GetStringAsync("/timeline", ct));
        Assert.DoesNotContain("belarus~soldiers", await reader.GetStringAsync("/api/series", ct));

        var editor = await factory.ClientAsAsync("Editor");
        var saved = await editor.PostAsJsonAsync("/api/articles", new
        {
            content = "Belarus moves troops to the border\n\nThe Pentagon said on Tuesday that about 4,000 Belarusian soldiers had moved to the border.",
            published = "2025-03-06",
        }, ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(ct));

        Assert.Contains("Belarus · soldiers", await reader.GetStringAsync("/timeline", ct));
        Assert.Contains("belarus~soldiers", await reader.GetStringAsync("/api/series", ct));
    }

    [Fact]
    public async Task Data_answers_come_compressed_when_asked_and_pages_never_do()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var ct = TestContext.Current.CancellationToken;
        var client = factory.CreateClient();
        var plain = await client.GetStringAsync($"/api/series/{Slug}/timeline", ct);

        foreach (var round in new[] { "first (fills the cache)", "second (from the cache)" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/series/{Slug}/timeline");
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request, ct);
            Assert.True(response.Content.Headers.ContentEncoding.Contains("gzip"), round);
            await using var gzip = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(ct), System.IO.Compression.CompressionMode.Decompress);
            Assert.Equal(plain, await new StreamReader(gzip).ReadToEndAsync(ct));
        }
        // a client that cannot decompress still gets plain JSON after the compressed answer was cached
        Assert.Equal(plain, await client.GetStringAsync($"/api/series/{Slug}/timeline", ct));

        using var page = new HttpRequestMessage(HttpMethod.Get, $"/timeline/{Slug}");
        page.Headers.AcceptEncoding.ParseAdd("gzip");
        using var html = await client.SendAsync(page, ct);
        Assert.Empty(html.Content.Headers.ContentEncoding);
    }
}
