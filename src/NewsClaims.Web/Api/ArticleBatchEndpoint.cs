using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Api;

/// <summary>The body of POST /api/articles/batch: article texts with what is known about each.</summary>
public sealed record ArticleBatchRequest(IReadOnlyList<ArticleRequest>? Articles);

/// <summary>
/// Bulk import: up to <see cref="MaxArticles"/> articles per request, read in parallel and saved in one
/// transaction (one by one should that fail). Each gets its own result, in order: 201 saved, 200 duplicate,
/// 400 with the problem, 500 when it alone could not be saved.
/// </summary>
public static class ArticleBatchEndpoint
{
    public const int MaxArticles = 100;

    public static void MapArticleBatch(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/articles/batch", async (ArticleBatchRequest body, ArticleIntake intake, IngestionService ingestion,
            System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        {
            var requests = body.Articles ?? [];
            if (requests.Count is 0 or > MaxArticles)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["articles"] = [$"Send 1 to {MaxArticles} articles."] });
            var who = user.Identity?.Name ?? "api";
            var results = new BatchResult[requests.Count];
            var submissions = new ArticleSubmission?[requests.Count];
            for (var i = 0; i < requests.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(requests[i].Url) && string.IsNullOrWhiteSpace(requests[i].Content))
                {
                    results[i] = new BatchResult(i, null, false, StatusCodes.Status400BadRequest, "A batch takes article text; send a URL on its own to POST /api/articles.");
                    continue;
                }
                var prepared = await intake.PrepareAsync(requests[i], who, ct);
                if (prepared.Submission is null) results[i] = new BatchResult(i, null, false, prepared.Status, prepared.Problem);
                else submissions[i] = prepared.Submission;
            }

            // reading is the costly part and needs no database: use every core
            var extractions = new ExtractedArticle?[requests.Count];
            Parallel.For(0, requests.Count, new ParallelOptions { CancellationToken = ct }, i =>
            {
                if (submissions[i] is not { } submission) return;
                try
                {
                    extractions[i] = ingestion.Extract(submission);
                }
                catch (UnreadableArticleException e)
                {
                    results[i] = new BatchResult(i, null, false, StatusCodes.Status400BadRequest, e.Message);
                }
            });

            var ready = Enumerable.Range(0, requests.Count).Where(i => extractions[i] is not null).ToList();
            var saved = await ingestion.SaveManyAsync(ready.Select(i => new PendingArticle(extractions[i]!, who)).ToList(), ct);
            for (var n = 0; n < ready.Count; n++)
            {
                var i = ready[n];
                results[i] = saved[n] is { } r
                    ? new BatchResult(i, r.ArticleId, r.Duplicate, r.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status201Created, null)
                    : new BatchResult(i, null, false, StatusCodes.Status500InternalServerError, "The article could not be saved.");
            }
            return Results.Json(new { results }, ApiJson.Options);
        })
        .DisableAntiforgery()
        .RequireAuthorization(Accounts.Policies.Edit);

    public sealed record BatchResult(int Index, int? Id, bool Duplicate, int Status, string? Problem);
}
