using System.Net;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_200_when_the_database_answers()
    {
        await using var factory = new NewsClaimsFactory(seed: false);
        var response = await factory.CreateClient().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(factory.DatabaseFile), "the SQLite file is created on start");
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        await using var factory = new NewsClaimsFactory(seed: false, publicRead: true);
        var response = await factory.CreateClient().GetAsync("/articles", TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
