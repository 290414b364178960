using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Data;

/// <summary>Applies migrations at start-up, then (separately) seeds the sample articles into an empty database.</summary>
public sealed class DatabaseInitializer(IServiceProvider services, IOptions<NewsClaimsOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsClaimsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        // readers no longer wait for a writer, and a commit is one append to the log (the setting stays with the file)
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Accounts.AccountSetup>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<SourceService>().RefreshExtractorAsync(cancellationToken);
        if (!options.Value.SeedSampleData || await db.Articles.AnyAsync(cancellationToken)) return;
        var seeded = await SampleData.SeedAsync(scope.ServiceProvider.GetRequiredService<IngestionService>(), cancellationToken);
        logger.LogInformation("Seeded {Count} sample articles into an empty database", seeded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
