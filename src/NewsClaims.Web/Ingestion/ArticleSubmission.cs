using NewsClaims.Extraction.Contract;

namespace NewsClaims.Web.Ingestion;

/// <summary>An article as the user brought it in: content and what they say about it.</summary>
public sealed record ArticleSubmission(
    string Content,
    DateOnly? Published,
    string? Publisher,
    string? Language,
    string? Url,
    string IngestedBy);

/// <summary>What a save did: the article's id, whether it was already known, and what was read from it.</summary>
public sealed record IngestResult(int ArticleId, bool Duplicate, ExtractedArticle Extraction);

/// <summary>An extraction waiting to be saved, with who brought it and, claim by claim, its origin (null: as extracted).</summary>
public sealed record PendingArticle(ExtractedArticle Extraction, string IngestedBy, IReadOnlyList<string>? Origins = null);
