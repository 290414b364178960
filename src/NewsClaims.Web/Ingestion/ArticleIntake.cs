using System.Globalization;
using Microsoft.Extensions.Options;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Api;

namespace NewsClaims.Web.Ingestion;

/// <summary>
/// What an article request came to: ready (or saved), or the problem with the status to answer and the
/// field it concerns (content, url, published, language).
/// </summary>
public sealed record IntakeOutcome(
    ArticleSubmission? Submission, IngestResult? Saved, int Status, string? Problem, string? Title,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public static IntakeOutcome Failed(int status, string field, string message, string? title = null) =>
        new(null, null, status, message, title, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>
/// The steps every way in shares before the ingestion service: validate the request, fetch the page when
/// only a URL was given, insist on a publication date (given or read from the page), then save.
/// The JSON API, multipart uploads and the editor's form all go through here.
/// </summary>
public sealed class ArticleIntake(IngestionService ingestion, ArticleFetcher fetcher, IOptions<NewsClaimsOptions> options, TimeProvider clock)
{
    public async Task<IntakeOutcome> PrepareAsync(ArticleRequest request, string who, CancellationToken ct)
    {
        var (submission, errors, tooLarge) = request.Validate(options.Value, clock, who);
        if (tooLarge)
            return IntakeOutcome.Failed(StatusCodes.Status413PayloadTooLarge, "content", string.Create(CultureInfo.InvariantCulture,
                $"The article is larger than the limit of {options.Value.MaxArticleCharacters:N0} characters."), "Article too large");
        if (submission is null)
            return new IntakeOutcome(null, null, StatusCodes.Status400BadRequest, string.Join(" ", errors.Values.SelectMany(v => v)), null, errors);
        try
        {
            submission = await ArticleRequest.WithContentAsync(submission, fetcher, ct);
        }
        catch (FetchFailedException e)
        {
            return IntakeOutcome.Failed(StatusCodes.Status400BadRequest, "url", e.Message, "Page not fetched");
        }
        // a missing date is asked for, never guessed: relative dates in the text depend on it
        if (!PublicationDate.KnownFor(submission))
            return IntakeOutcome.Failed(StatusCodes.Status400BadRequest, "published", PublicationDate.Missing);
        return new IntakeOutcome(submission, null, StatusCodes.Status200OK, null, null, new Dictionary<string, string[]>());
    }

    public async Task<IntakeOutcome> SaveAsync(ArticleRequest request, string who, CancellationToken ct)
    {
        var prepared = await PrepareAsync(request, who, ct);
        if (prepared.Submission is null) return prepared;
        try
        {
            var saved = await ingestion.IngestAsync(prepared.Submission, ct);
            return prepared with { Saved = saved, Status = saved.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status201Created };
        }
        catch (UnreadableArticleException e)
        {
            return IntakeOutcome.Failed(StatusCodes.Status400BadRequest, "content", e.Message, "Unreadable article");
        }
    }
}
