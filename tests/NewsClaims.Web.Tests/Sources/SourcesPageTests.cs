using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Tests.Infrastructure;

namespace NewsClaims.Web.Tests.Sources;

public sealed class SourcesPageTests
{
    [Fact]
    public async Task An_alias_added_by_an_editor_teaches_the_extractor_at_once()
    {
        await using var factory = new NewsClaimsFactory();
        var editor = await factory.ClientAsAsync("Editor");
        const string article = "Die Behörde Pentagonien meldete 4000 nordkoreanische Soldaten in Russland.";
        var pentagon = await factory.WithDbAsync(db => db.Sources.SingleAsync(s => s.Name == "Pentagon"));

        await Forms.PostFormAsync(editor, "/sources?handler=AddAlias", new Dictionary<string, string>
        {
            ["sourceId"] = pentagon.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["alias"] = "Behörde Pentagonien",
        });
        var preview = await editor.PostAsJsonAsync("/api/extract", new { content = article, published = "2024-10-28", language = "de" }, TestContext.Current.CancellationToken);
        var claim = (await preview.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("claims")[0];

        Assert.Equal("Pentagon", claim.GetProperty("source").GetProperty("name").GetString());
        Assert.Contains(await factory.WithDbAsync(db => db.SourceAudits.Select(a => a.Action).ToListAsync()), a => a == "alias-added");
    }

    [Fact]
    public async Task Merging_two_sources_moves_every_claim_and_keeps_an_audit_record()
    {
        await using var factory = new NewsClaimsFactory();
        var editor = await factory.ClientAsAsync("Editor");
        var (from, into) = await factory.WithDbAsync(async db =>
            (await db.Sources.SingleAsync(s => s.Name == "US government"), await db.Sources.SingleAsync(s => s.Name == "Pentagon")));
        var before = await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.SourceId == from.Id || c.SourceId == into.Id));

        await Forms.PostFormAsync(editor, "/sources?handler=Merge", new Dictionary<string, string>
        {
            ["fromId"] = from.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["intoId"] = into.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(before, await factory.WithDbAsync(db => db.Claims.CountAsync(c => c.SourceId == into.Id)));
        Assert.False(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Name == "US government")));
        Assert.True(await factory.WithDbAsync(db => db.SourceAliases.AnyAsync(a => a.Text == "US government" && a.SourceId == into.Id)));
        Assert.Contains(await factory.WithDbAsync(db => db.SourceAudits.Select(a => a.Detail).ToListAsync()), d => d.StartsWith("US government → Pentagon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analysts_see_sources_but_cannot_change_them()
    {
        await using var factory = new NewsClaimsFactory();
        var analyst = await factory.ClientAsAsync("Analyst");

        var page = await analyst.GetStringAsync("/sources", TestContext.Current.CancellationToken);
        Assert.Contains("South Korean intelligence (NIS)", page);
        Assert.DoesNotContain("Add alias", page);

        var pentagon = await factory.WithDbAsync(db => db.Sources.SingleAsync(s => s.Name == "Pentagon"));
        var response = await Forms.PostFormAsync(analyst, "/sources?handler=Rename", new Dictionary<string, string>
        {
            ["sourceId"] = pentagon.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["name"] = "Hijacked",
        });
        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Pentagon", await factory.WithDbAsync(db => db.Sources.Where(s => s.Id == pentagon.Id).Select(s => s.Name).SingleAsync()));
    }
}
