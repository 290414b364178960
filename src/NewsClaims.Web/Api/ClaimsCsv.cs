using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using NewsClaims.Web.Reviews;

namespace NewsClaims.Web.Api;

/// <summary>Claims as CSV rows, with the same column names as the series export where they mean the same.</summary>
public static class ClaimsCsv
{
    public sealed record Row(
        [property: Name("claim")] int Claim,
        [property: Name("said_on")] string SaidOn,
        [property: Name("source")] string Source,
        [property: Name("via")] string? Via,
        [property: Name("actor")] string? Actor,
        [property: Name("stance")] string Stance,
        [property: Name("unit")] string? Unit,
        [property: Name("location")] string? Location,
        [property: Name("value")] double? Value,
        [property: Name("low")] double? Low,
        [property: Name("high")] double? High,
        [property: Name("precision")] string? Precision,
        [property: Name("quantity_text")] string? QuantityText,
        [property: Name("refers_to")] string? RefersTo,
        [property: Name("relation")] string? Relation,
        [property: Name("status")] string Status,
        [property: Name("origin")] string Origin,
        [property: Name("article")] int? Article,
        [property: Name("evidence")] string? Evidence);

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ClaimRow> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<Row>();
        await csv.NextRecordAsync();
        await foreach (var r in rows.WithCancellation(ct))
        {
            csv.WriteRecord(new Row(r.Id, r.StatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Source, r.Via, r.Actor, r.Stance,
                r.Unit, r.Location, r.Value, r.Low, r.High, r.Precision, r.QuantityText, r.RefersTo, r.RefersToRelation, r.Status.ToString(),
                r.Origin, r.ArticleId, r.Evidence));
            await csv.NextRecordAsync();
        }
    }
}
