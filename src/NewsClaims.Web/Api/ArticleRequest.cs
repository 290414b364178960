using System.Globalization;
using Microsoft.Extensions.Options;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Api;

/// <summary>The JSON body of POST /api/articles and /api/extract.</summary>
public sealed record ArticleRequest(string? Content, string? Url, string? Published, string? Publisher, string? Language)
{
    /// <summary>The submission, or the validation problems to answer with 400 (413 for size).</summary>
    public (ArticleSubmission? Submission, Dictionary<string, string[]> Errors, bool TooLarge) Validate(NewsClaimsOptions options, TimeProvider clock, string user)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Content) && string.IsNullOrWhiteSpace(Url)) errors["content"] = ["The article text is empty."];
        var tooLarge = Content is { } c && c.Length > options.MaxArticleCharacters;
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(Published))
        {
            if (!DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                errors["published"] = ["The publication date must be written YYYY-MM-DD."];
            else if (d > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
                errors["published"] = ["The publication date is in the future."];
            else published = d;
        }
        if (Language is { Length: > 0 } l && l is not ("de" or "en")) errors["language"] = ["The language must be de or en."];
        if (errors.Count > 0 || tooLarge) return (null, errors, tooLarge);
        return (new ArticleSubmission(Content ?? "", published, NullIfEmpty(Publisher), NullIfEmpty(Language), NullIfEmpty(Url), user), errors, false);
    }

    /// <summary>The submission with the page fetched when only a URL was given.</summary>
    public static async Task<ArticleSubmission> WithContentAsync(ArticleSubmission submission, ArticleFetcher fetcher, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(submission.Content) || submission.Url is null
            ? submission
            : submission with { Content = await fetcher.FetchAsync(submission.Url, ct) };

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
