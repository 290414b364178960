using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Data;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Api;

public static class ArticlesEndpoints
{
    public static void MapArticlesApi(this IEndpointRouteBuilder app)
    {
        // 201 with the new id, or 200 with duplicate: true and the id of the article already stored
        app.MapPost("/api/articles", async (ArticleRequest request, IngestionService ingestion, ArticleFetcher fetcher, IOptions<NewsClaimsOptions> options,
            TimeProvider clock, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (submission, errors, tooLarge) = request.Validate(options.Value, clock, user.Identity?.Name ?? "api");
            if (tooLarge) return ArticleResults.TooLarge(options.Value);
            if (submission is null) return Results.ValidationProblem(errors);
            try
            {
                submission = await ArticleRequest.WithContentAsync(submission, fetcher, ct);
                if (!PublicationDate.KnownFor(submission)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["published"] = [PublicationDate.Missing] });
                var result = await ingestion.IngestAsync(submission, ct);
                var body = new { id = result.ArticleId, duplicate = result.Duplicate, extraction = new { result.Extraction.Schema, result.Extraction.Article, result.Extraction.Claims } };
                return result.Duplicate
                    ? Results.Json(body, ContractJson.Options)
                    : Results.Json(body, ContractJson.Options, statusCode: StatusCodes.Status201Created);
            }
            catch (UnreadableArticleException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Unreadable article");
            }
            catch (FetchFailedException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Page not fetched");
            }
        }).DisableAntiforgery().RequireAuthorization(Accounts.Policies.Edit);

        app.MapGet("/api/articles/{id:int}", async (int id, NewsClaimsDbContext db, CancellationToken ct) =>
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new
                {
                    a.Id, a.Title, a.Kicker, a.Publisher, a.Url, a.Published, a.Language, a.Agencies, a.Text,
                    claims = a.Evidence.Select(e => new
                    {
                        id = e.ClaimId, source = e.Claim!.Source!.Name, actor = e.Claim.Actor!.Name, e.Claim.Stance,
                        e.Claim.Value, e.Claim.Low, e.Claim.High, e.Claim.Precision, e.Claim.Unit, e.Claim.Location,
                        e.Claim.StatedOn, status = e.Claim.Status.ToString(), evidence = new { e.Start, e.End, e.Text },
                    }).ToList(),
                }).FirstOrDefaultAsync(ct);
            return article is null ? Results.Problem($"No article {id}.", statusCode: StatusCodes.Status404NotFound) : Results.Json(article, ContractJson.Options);
        }).RequireAuthorization(Accounts.Policies.Read);
    }
}
