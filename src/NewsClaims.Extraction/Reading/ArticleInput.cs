namespace NewsClaims.Extraction.Reading;

/// <summary>What the user gives: the content (plain text or an HTML page) and what they know about it.</summary>
public sealed record ArticleInput(string Content, DateOnly? Published = null, string? Publisher = null, string? Language = null, string? Url = null);

/// <summary>The article as read: clean text with its headline, and the metadata found or given.</summary>
public sealed record ReadArticle(
    string Text,
    string? Title,
    string? Kicker,
    string? Publisher,
    DateOnly? Published,
    string Language,
    IReadOnlyList<string> Agencies,
    string? Url,
    IReadOnlyList<string> RemovedLines)
{
    /// <summary>Characters of <see cref="Text"/> taken by the kicker and headline lines.</summary>
    public int HeadlineLength { get; init; }
}

/// <summary>Input that cannot be read as an article, with a message fit for the user.</summary>
public sealed class UnreadableArticleException(string message) : Exception(message);
