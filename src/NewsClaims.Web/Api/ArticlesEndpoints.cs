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
        // JSON: 201 with the new id, or 200 with duplicate: true and the id of the article already stored.
        // multipart/form-data: one result per file (saved, duplicate or the problem), 200.
        app.MapPost("/api/articles", async (HttpRequest http, IngestionService ingestion, ArticleFetcher fetcher, IOptions<NewsClaimsOptions> options,
            TimeProvider clock, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
        {
            var who = user.Identity?.Name ?? "api";
            if (http.HasFormContentType)
            {
                var form = await http.ReadFormAsync(ct);
                if (form.Files.Count == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Send at least one file."] });
                var results = new List<object>();
                foreach (var file in form.Files)
                {
                    using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    var content = await reader.ReadToEndAsync(ct);
                    var published = form["published"].FirstOrDefault() ?? PublicationDate.FromFileName(file.FileName)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    var one = await SaveAsync(new ArticleRequest(content, null, published, form["publisher"].FirstOrDefault(), form["language"].FirstOrDefault()),
                        ingestion, fetcher, options.Value, clock, who, ct);
                    results.Add(new { file = file.FileName, one.Id, one.Duplicate, one.Status, one.Problem });
                }
                return Results.Json(new { files = results }, ContractJson.Options);
            }

            ArticleRequest? request;
            try
            {
                request = await http.ReadFromJsonAsync<ArticleRequest>(ContractJson.Options, ct);
            }
            catch (System.Text.Json.JsonException)
            {
                request = null;
            }
            if (request is null) return Results.Problem("Send JSON { content, url, published, publisher, language } or multipart files.", statusCode: StatusCodes.Status400BadRequest, title: "Unreadable request");
            var outcome = await SaveAsync(request, ingestion, fetcher, options.Value, clock, who, ct);
            if (outcome.Problem is not null)
            {
                return outcome.Status == StatusCodes.Status400BadRequest && outcome.Errors is not null
                    ? Results.ValidationProblem(outcome.Errors)
                    : Results.Problem(outcome.Problem, statusCode: outcome.Status, title: outcome.Title);
            }
            var body = new { id = outcome.Id, duplicate = outcome.Duplicate, extraction = new { outcome.Extraction!.Schema, outcome.Extraction.Article, outcome.Extraction.Claims } };
            return outcome.Duplicate
                ? Results.Json(body, ContractJson.Options)
                : Results.Json(body, ContractJson.Options, statusCode: StatusCodes.Status201Created);
        })
        .Accepts<ArticleRequest>("application/json", "multipart/form-data")
        .DisableAntiforgery()
        .RequireAuthorization(Accounts.Policies.Edit);

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

    /// <summary>What saving one article came to: its id, or the problem and the status to answer with.</summary>
    private sealed record SaveOutcome(int? Id, bool Duplicate, int Status, string? Problem, string? Title = null,
        Dictionary<string, string[]>? Errors = null, ExtractedArticle? Extraction = null);

    private static async Task<SaveOutcome> SaveAsync(ArticleRequest request, IngestionService ingestion, ArticleFetcher fetcher,
        NewsClaimsOptions options, TimeProvider clock, string who, CancellationToken ct)
    {
        var (submission, errors, tooLarge) = request.Validate(options, clock, who);
        if (tooLarge) return new SaveOutcome(null, false, StatusCodes.Status413PayloadTooLarge,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The article is larger than the limit of {options.MaxArticleCharacters:N0} characters."), "Article too large");
        if (submission is null) return new SaveOutcome(null, false, StatusCodes.Status400BadRequest, string.Join(" ", errors.Values.SelectMany(v => v)), Errors: errors);
        try
        {
            submission = await ArticleRequest.WithContentAsync(submission, fetcher, ct);
            if (!PublicationDate.KnownFor(submission))
                return new SaveOutcome(null, false, StatusCodes.Status400BadRequest, PublicationDate.Missing,
                    Errors: new Dictionary<string, string[]> { ["published"] = [PublicationDate.Missing] });
            var result = await ingestion.IngestAsync(submission, ct);
            return new SaveOutcome(result.ArticleId, result.Duplicate, result.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status201Created, null,
                Extraction: result.Extraction);
        }
        catch (UnreadableArticleException e)
        {
            return new SaveOutcome(null, false, StatusCodes.Status400BadRequest, e.Message, "Unreadable article");
        }
        catch (FetchFailedException e)
        {
            return new SaveOutcome(null, false, StatusCodes.Status400BadRequest, e.Message, "Page not fetched");
        }
    }
}
