using System.Net.Http.Json;
using System.Text.Json;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Reviews;

public sealed class ReviewQueuePageTests
{
    [Fact]
    public async Task A_reviewer_acting_on_a_stale_version_is_told_it_changed_meanwhile_and_nothing_is_overwritten()
    {
        await using var factory = new NewsClaimsFactory();
        var first = await factory.ClientAsAsync("Reviewer");
        var item = (await first.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=1", TestContext.Current.CancellationToken)).GetProperty("items")[0];
        var id = item.GetProperty("id").GetInt32();
        var seen = item.GetProperty("version").GetInt32();
        await first.PostAsJsonAsync($"/api/claims/{id}/review", new { status = "confirmed", version = seen }, TestContext.Current.CancellationToken);

        var response = await Forms.PostFormAsync(first, "/review?handler=Review", new Dictionary<string, string>
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = seen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = "Denied",
            ["note"] = "not what the agency said",
        });
        // the bearer header does not follow redirects, so follow by hand
        Assert.True(Forms.IsRedirect(response));
        var page = await first.GetStringAsync(response.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Contains($"Claim {id} was changed meanwhile: it is now Confirmed.", page);
        var status = (await first.GetFromJsonAsync<JsonElement>($"/api/claims/{id}", TestContext.Current.CancellationToken)).GetProperty("status").GetString();
        Assert.Equal("Confirmed", status);
        Assert.Equal(1, await factory.WithDbAsync(db => Task.FromResult(db.ReviewEvents.Count(e => e.ClaimId == id))));
    }

    [Fact]
    public async Task Bulk_action_reviews_every_selected_claim()
    {
        await using var factory = new NewsClaimsFactory();
        var client = await factory.ClientAsAsync("Reviewer");
        var items = (await client.GetFromJsonAsync<JsonElement>("/api/claims?pageSize=3", TestContext.Current.CancellationToken)).GetProperty("items").EnumerateArray().ToList();
        var selected = string.Join("&", items.Select(i => $"selected={i.GetProperty("id").GetInt32()}%3A{i.GetProperty("version").GetInt32()}"));

        var page = await client.GetStringAsync("/review", TestContext.Current.CancellationToken);
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var body = new StringContent($"{selected}&decision=Confirmed&note=&__RequestVerificationToken={Uri.EscapeDataString(token!)}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        await client.PostAsync("/review?handler=Bulk", body, TestContext.Current.CancellationToken);

        var ids = items.Select(i => i.GetProperty("id").GetInt32()).ToList();
        var statuses = await factory.WithDbAsync(db => Task.FromResult(db.Claims.Where(c => ids.Contains(c.Id)).Select(c => c.Status).ToList()));
        Assert.Equal(3, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(NewsClaims.Web.Data.ReviewStatus.Confirmed, s));
    }
}
