using Microsoft.Extensions.Options;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Api;

public static class ExtractionEndpoints
{
    /// <summary>POST /api/extract: the contract document for an article, without saving anything.</summary>
    public static void MapExtractionApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/extract", async (ArticleRequest request, IngestionService ingestion, ArticleFetcher fetcher, IOptions<NewsClaimsOptions> options,
            TimeProvider clock, CancellationToken ct) =>
        {
            var (submission, errors, tooLarge) = request.Validate(options.Value, clock, "api");
            if (tooLarge) return ArticleResults.TooLarge(options.Value);
            if (submission is null) return Results.ValidationProblem(errors);
            try
            {
                var extraction = ingestion.Extract(await ArticleRequest.WithContentAsync(submission, fetcher, ct));
                return Results.Json(new { extraction.Schema, extraction.Article, extraction.Claims, text = extraction.Text },
                    ApiJson.Options);
            }
            catch (UnreadableArticleException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable article");
            }
            catch (FetchFailedException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Page not fetched");
            }
        }).DisableAntiforgery().RequireAuthorization(Accounts.Policies.Read);
}
