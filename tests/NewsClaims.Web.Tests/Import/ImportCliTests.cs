using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Cli;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Import;

public sealed class ImportCliTests : IDisposable
{
    private readonly TestFolder _folder = new();

    private static readonly string[] Sources = ["Laut dem ukrainischen Generalstab", "Nach Angaben des Pentagons", "Dem britischen Verteidigungsministerium zufolge"];

    /// <summary>Synthetic articles, each different: a source, a figure and a date of its own.</summary>
    private void WriteArticles(int count)
    {
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var day = start.AddDays(i);
            var text = $"Meldung Nummer {i}\n\n{Sources[i % Sources.Length]} wurden {1000 + i * 7} russische Soldaten getötet. "
                + $"Die Angaben lassen sich nicht unabhängig überprüfen.";
            File.WriteAllText(_folder.File($"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-meldung-{i}.txt"), text);
        }
    }

    [Fact]
    public async Task Importing_a_folder_of_200_articles_twice_stores_each_once()
    {
        WriteArticles(200);
        await using var factory = new NewsClaimsFactory(seed: false);
        var editor = await factory.ClientAsAsync("Editor");
        var token = editor.DefaultRequestHeaders.Authorization!.Parameter!;
        using var handler = factory.Server.CreateHandler();

        // as the command line sends them by default: batches of 20, several in flight
        var first = await ImportCommand.RunAsync([_folder.Path], factory.Server.BaseAddress, token, null, TestContext.Current.CancellationToken, handler, parallel: 4, batch: 20);
        var second = await ImportCommand.RunAsync([_folder.Path], factory.Server.BaseAddress, token, null, TestContext.Current.CancellationToken, handler, parallel: 4, batch: 20);

        Assert.Equal((200, 0, 0), (first.Saved, first.Duplicates, first.Failed));
        Assert.Equal((0, 200, 0), (second.Saved, second.Duplicates, second.Failed));
        Assert.Equal(200, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
        Assert.Equal(new DateOnly(2024, 1, 1), await factory.WithDbAsync(db => Task.FromResult(db.Articles.Min(a => a.Published))));
    }

    [Fact]
    public async Task A_file_without_a_date_is_reported_and_not_saved()
    {
        File.WriteAllText(_folder.File("undated.txt"), "Laut dem Pentagon sind 10.000 nordkoreanische Soldaten in Russland.");
        await using var factory = new NewsClaimsFactory(seed: false);
        var token = (await factory.ClientAsAsync("Editor")).DefaultRequestHeaders.Authorization!.Parameter!;
        using var handler = factory.Server.CreateHandler();

        var summary = await ImportCommand.RunAsync([_folder.Path], factory.Server.BaseAddress, token, null, TestContext.Current.CancellationToken, handler);

        var result = Assert.Single(summary.Files);
        Assert.Equal("failed", result.Outcome);
        Assert.Contains("publication date", result.Detail);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Count())));
    }

    [Fact]
    public async Task Generated_articles_imported_in_parallel_are_all_stored_with_claims_from_many_sources_and_actors()
    {
        GenerateCommand.Write(60, _folder.Path, seed: 3);
        await using var factory = new NewsClaimsFactory(seed: false);
        var token = (await factory.ClientAsAsync("Editor")).DefaultRequestHeaders.Authorization!.Parameter!;
        using var handler = factory.Server.CreateHandler();

        var summary = await ImportCommand.RunAsync([_folder.Path], factory.Server.BaseAddress, token, null, TestContext.Current.CancellationToken, handler, parallel: 4, batch: 7);

        Assert.Equal((60, 0, 0), (summary.Saved, summary.Duplicates, summary.Failed));
        var (articles, claims, sources, actors, languages) = await factory.WithDbAsync(async db => (
            await db.Articles.CountAsync(), await db.Claims.CountAsync(), await db.Sources.CountAsync(),
            await db.Actors.CountAsync(), await db.Articles.Select(a => a.Language).Distinct().CountAsync()));
        Assert.Equal(60, articles);
        Assert.True(claims >= 60 * 6, $"{claims} claims from 60 articles");
        Assert.True(sources >= 15, $"{sources} sources");
        Assert.True(actors >= 6, $"{actors} actors");
        Assert.Equal(2, languages);
        // every article's claims are all there: evidence rows point at each article
        Assert.Equal(60, await factory.WithDbAsync(db => db.Evidence.Select(e => e.ArticleId).Distinct().CountAsync()));
    }

    [Fact]
    public void The_generator_writes_the_same_articles_for_the_same_seed_and_others_for_another()
    {
        using var a = new TestFolder();
        using var b = new TestFolder();
        using var c = new TestFolder();
        GenerateCommand.Write(20, a.Path, seed: 5);
        GenerateCommand.Write(20, b.Path, seed: 5);
        GenerateCommand.Write(20, c.Path, seed: 6);

        static List<string> Read(TestFolder f) => Directory.GetFiles(f.Path).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.Equal(Read(a), Read(b));
        Assert.NotEqual(Read(a), Read(c));
        Assert.All(Directory.GetFiles(a.Path), f => Assert.Matches(@"^\d{4}-\d{2}-\d{2}-\d{5}\.txt$", Path.GetFileName(f)));
        Assert.Equal(20, Read(a).Distinct().Count());
    }

    public void Dispose() => _folder.Dispose();
}
