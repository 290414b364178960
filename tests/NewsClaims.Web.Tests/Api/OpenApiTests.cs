using System.Text.Json;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Api;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_api_is_described_in_openapi()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/extract", "/api/claims", "/api/claims/{id}", "/api/claims/{id}/review", "/api/claims/{id}/history" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }
}
