namespace NewsClaims.Extraction.Contract;

/// <summary>What was read from one article: the newsclaims.extraction/v1 document.</summary>
public sealed record ExtractedArticle(
    string Schema,
    ArticleInfo Article,
    IReadOnlyList<ExtractedClaim> Claims)
{
    public const string SchemaName = "newsclaims.extraction/v1";

    /// <summary>The cleaned article text that evidence offsets index. Not part of the CLI document.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Text { get; init; } = "";

    /// <summary>Lines the reader dropped as boilerplate, so an editor can see nothing was lost.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> RemovedLines { get; init; } = [];
}

public sealed record ArticleInfo(
    string? Title,
    string? Kicker,
    string? Publisher,
    string? Published,
    string Language,
    IReadOnlyList<string> Agencies,
    string? Url);

public sealed record ExtractedClaim(
    NamedRef? Source,
    NamedRef? Actor,
    string Stance,
    Quantity? Quantity,
    string? Unit,
    string? Location,
    DatePoint StatedOn,
    ReferredDate? RefersTo,
    IReadOnlyList<Evidence> Evidence);

/// <summary>A canonical name and the words of the article it was read from.</summary>
public sealed record NamedRef(string Name, string Text, string? Via = null);

public sealed record Quantity(decimal? Value, decimal? Low, decimal? High, string Precision, string Text);

public sealed record DatePoint(string Date, string Precision);

public sealed record ReferredDate(string Date, string Precision, string Relation);

public sealed record Evidence(int Start, int End, string Text);

public static class StanceNames
{
    public const string Asserts = "asserts";
    public const string Denies = "denies";
    public const string Declines = "declines";
}

public static class Precisions
{
    public const string Exact = "exact";
    public const string Approximate = "approximate";
    public const string AtLeast = "at-least";
    public const string AtMost = "at-most";
    public const string Range = "range";
    public const string Vague = "vague";
}
