using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Api;

public sealed class ClaimsCsvTests
{
    [Fact]
    public async Task Claims_export_as_csv_holds_every_claim_the_filter_matches_not_just_one_page()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetFromJsonAsync<JsonElement>("/api/claims?unit=soldiers&pageSize=2", ct);
        var total = page.GetProperty("total").GetInt32();
        Assert.True(total > 2, $"{total} soldier claims in the sample data");

        var response = await client.GetAsync("/api/claims?unit=soldiers&pageSize=2&format=csv", ct);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync(ct)), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(total, rows.Count);
        Assert.All(rows, r => Assert.Equal("soldiers", r["unit"]));
        Assert.Contains(rows, r => (string)r["source"] == "South Korean intelligence (NIS)" && (string)r["value"] == "3000" && (string)r["said_on"] == "2024-10-23");
        Assert.Equal(rows.Select(r => (string)r["said_on"]).Order(StringComparer.Ordinal), rows.Select(r => (string)r["said_on"]));
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused()
    {
        await using var factory = new NewsClaimsFactory(publicRead: true);
        var response = await factory.CreateClient().GetAsync("/api/claims?format=xml", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
