using System.Globalization;
using System.Text.Json;

namespace NewsClaims.Web.Ingestion;

/// <summary>The sample articles (written by the NewsClaims team), ingested through the normal door.</summary>
public static class SampleData
{
    private sealed record Sample(string File, string Published, string Publisher, string Language);

    public static async Task<int> SeedAsync(IngestionService ingestion, CancellationToken ct)
    {
        var assembly = typeof(SampleData).Assembly;
        using var manifest = assembly.GetManifestResourceStream("SampleArticles/samples.json")
            ?? throw new InvalidOperationException("samples.json is not embedded");
        var samples = await JsonSerializer.DeserializeAsync<List<Sample>>(manifest, new JsonSerializerOptions(JsonSerializerDefaults.Web), ct) ?? [];
        var count = 0;
        foreach (var s in samples)
        {
            using var stream = assembly.GetManifestResourceStream("SampleArticles/" + s.File)
                ?? throw new InvalidOperationException($"sample {s.File} is not embedded");
            using var reader = new StreamReader(stream);
            var text = await reader.ReadToEndAsync(ct);
            var published = DateOnly.ParseExact(s.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var result = await ingestion.IngestAsync(new ArticleSubmission(text, published, s.Publisher, s.Language, null, "sample-data"), ct);
            if (!result.Duplicate) count++;
        }
        return count;
    }
}
