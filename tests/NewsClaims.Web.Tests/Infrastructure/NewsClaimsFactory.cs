using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Tests.Infrastructure;

/// <summary>The real app over a real SQLite file in the test's own folder; logs go there too.</summary>
public sealed class NewsClaimsFactory : WebApplicationFactory<Program>
{
    private readonly TestFolder _folder = new();
    private readonly bool _seed;

    public NewsClaimsFactory(bool seed = true, bool kestrel = false)
    {
        _seed = seed;
        if (kestrel) UseKestrel(0);
    }

    public string DatabaseFile => _folder.File("newsclaims.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:NewsClaims", $"Data Source={DatabaseFile}");
        builder.UseSetting("NewsClaims:SeedSampleData", _seed ? "true" : "false");
        builder.UseSetting("NewsClaims:MaxArticleCharacters", "200000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", _folder.File("logs/newsclaims-.log"));
    }

    public async Task<T> WithDbAsync<T>(Func<NewsClaimsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsClaimsDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
