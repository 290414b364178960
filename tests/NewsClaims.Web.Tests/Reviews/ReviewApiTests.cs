using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Reviews;

public sealed class ReviewApiTests
{
    private static async Task<(int Id, int Version)> FirstClaimAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/claims?status=unreviewed&pageSize=1", TestContext.Current.CancellationToken);
        var item = page.GetProperty("items")[0];
        return (item.GetProperty("id").GetInt32(), item.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Reviewer_confirms_and_the_history_records_who_from_and_to()
    {
        await using var factory = new NewsClaimsFactory();
        var client = await factory.ClientAsAsync("Reviewer");
        var (id, version) = await FirstClaimAsync(client);

        var confirmed = await client.PostAsJsonAsync($"/api/claims/{id}/review", new { status = "confirmed", note = "matches the agency's statement", version }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await confirmed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(version + 1, body.GetProperty("version").GetInt32());

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}/history", TestContext.Current.CancellationToken);
        var e = Assert.Single(history.EnumerateArray());
        Assert.Equal("reviewer@test.local", e.GetProperty("who").GetString());
        Assert.Equal("Unreviewed", e.GetProperty("from").GetString());
        Assert.Equal("Confirmed", e.GetProperty("to").GetString());
        Assert.Equal("matches the agency's statement", e.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Denying_or_disputing_needs_a_note()
    {
        await using var factory = new NewsClaimsFactory();
        var client = await factory.ClientAsAsync("Reviewer");
        var (id, version) = await FirstClaimAsync(client);

        var response = await client.PostAsJsonAsync($"/api/claims/{id}/review", new { status = "disputed", note = " ", version }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.ReviewEvents.Count())));
    }

    [Fact]
    public async Task A_stale_version_gets_409_with_the_state_that_won()
    {
        await using var factory = new NewsClaimsFactory();
        var client = await factory.ClientAsAsync("Reviewer");
        var (id, version) = await FirstClaimAsync(client);
        await client.PostAsJsonAsync($"/api/claims/{id}/review", new { status = "confirmed", version }, TestContext.Current.CancellationToken);

        var stale = await client.PostAsJsonAsync($"/api/claims/{id}/review", new { status = "denied", note = "wrong", version }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Confirmed", problem.GetProperty("currentStatus").GetString());
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
    }

    [Fact]
    public async Task Hundred_concurrent_conflicting_reviews_apply_or_conflict_and_history_stays_consistent()
    {
        await using var factory = new NewsClaimsFactory();
        var client = await factory.ClientAsAsync("Reviewer");
        var (id, _) = await FirstClaimAsync(client);
        string[] statuses = ["confirmed", "denied", "disputed", "unreviewed"];

        // every reviewer acts on the version they last saw; ten rounds of ten racing reviewers
        var codes = new List<HttpStatusCode>();
        for (var round = 0; round < 10; round++)
        {
            var seen = (await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}", TestContext.Current.CancellationToken)).GetProperty("version").GetInt32();
            var racing = Enumerable.Range(0, 10).Select(i => client.PostAsJsonAsync($"/api/claims/{id}/review",
                new { status = statuses[(round + i) % 4], note = $"round {round} reviewer {i}", version = seen }, TestContext.Current.CancellationToken));
            codes.AddRange((await Task.WhenAll(racing)).Select(r => r.StatusCode));
        }

        Assert.Equal(100, codes.Count);
        Assert.All(codes, c => Assert.True(c is HttpStatusCode.OK or HttpStatusCode.Conflict, $"unexpected {c}"));
        Assert.Equal(10, codes.Count(c => c == HttpStatusCode.OK)); // exactly one winner per round

        var claim = await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}", TestContext.Current.CancellationToken);
        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}/history", TestContext.Current.CancellationToken)).EnumerateArray().ToList();
        Assert.Equal(10, history.Count);
        Assert.Equal(10, claim.GetProperty("version").GetInt32());
        Assert.Equal("Unreviewed", history[0].GetProperty("from").GetString());
        for (var i = 1; i < history.Count; i++)
            Assert.Equal(history[i - 1].GetProperty("to").GetString(), history[i].GetProperty("from").GetString());
        Assert.Equal(history[^1].GetProperty("to").GetString(), claim.GetProperty("status").GetString());
    }
}
