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
        app.MapPost("/api/articles", async (HttpRequest http, ArticleIntake intake, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct) =>
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
                    var one = await intake.SaveAsync(new ArticleRequest(content, null, published, form["publisher"].FirstOrDefault(), form["language"].FirstOrDefault()), who, ct);
                    results.Add(new { file = file.FileName, id = one.Saved?.ArticleId, duplicate = one.Saved?.Duplicate ?? false, one.Status, one.Problem });
                }
                return Results.Json(new { files = results }, ApiJson.Options);
            }

            ArticleRequest? request;
            try
            {
                request = await http.ReadFromJsonAsync<ArticleRequest>(ApiJson.Options, ct);
            }
            catch (System.Text.Json.JsonException)
            {
                request = null;
            }
            if (request is null) return Results.Problem("Send JSON { content, url, published, publisher, language } or multipart files.", statusCode: StatusCodes.Status400BadRequest, title: "Unreadable request");
            var outcome = await intake.SaveAsync(request, who, ct);
            if (outcome.Saved is not { } saved)
            {
                // field problems are a validation problem; unreadable input, a failed fetch or size have a title of their own
                return outcome.Title is null
                    ? Results.ValidationProblem(outcome.Errors.ToDictionary(kv => kv.Key, kv => kv.Value))
                    : Results.Problem(outcome.Problem, statusCode: outcome.Status, title: outcome.Title);
            }
            var body = new { id = saved.ArticleId, duplicate = saved.Duplicate, extraction = new { saved.Extraction.Schema, saved.Extraction.Article, saved.Extraction.Claims } };
            return saved.Duplicate
                ? Results.Json(body, ApiJson.Options)
                : Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created);
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
            return article is null ? Results.Problem($"No article {id}.", statusCode: StatusCodes.Status404NotFound) : Results.Json(article, ApiJson.Options);
        }).RequireAuthorization(Accounts.Policies.Read);
    }
}
