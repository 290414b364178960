using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Extraction.Contract;
using NewsClaims.Web.Accounts;
using NewsClaims.Web.Data;
using NewsClaims.Web.Reviews;

namespace NewsClaims.Web.Api;

/// <summary>The body of POST /api/claims/{id}/review.</summary>
public sealed record ReviewRequest(string? Status, string? Note, int? Version);

public static class ClaimsEndpoints
{
    public static void MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/api/claims").RequireAuthorization(Policies.Read);

        claims.MapGet("/", async (string? source, string? actor, string? unit, int? article, string? status, string? from, string? to,
            int? page, int? pageSize, string? format, ClaimQuery query, CancellationToken ct) =>
        {
            if (format is not (null or "json" or "csv"))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["Use json or csv."] });
            ReviewStatus? s = null;
            if (status is not null)
            {
                if (!ReviewService.TryParseStatus(status, out var parsed))
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use unreviewed, confirmed, denied or disputed."] });
                s = parsed;
            }
            if (!TryDate(from, out var f) || !TryDate(to, out var t))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Dates are written YYYY-MM-DD."] });
            var filter = new ClaimFilter(source, actor, unit, article, s, f, t, page ?? 1, pageSize ?? 50);
            // CSV is the whole filtered set, written as it is read; JSON is paged
            if (format is "csv") return Results.Stream(stream => ClaimsCsv.WriteAsync(stream, query.AllAsync(filter), ct), "text/csv; charset=utf-8", "claims.csv");
            var result = await query.ListAsync(filter, ct);
            return Results.Json(result, ApiJson.Options);
        });

        claims.MapGet("/{id:int}", async (int id, ClaimQuery query, CancellationToken ct) =>
            await query.FindAsync(id, ct) is { } row
                ? Results.Json(row, ApiJson.Options)
                : Results.Problem($"No claim {id}.", statusCode: StatusCodes.Status404NotFound));

        claims.MapGet("/{id:int}/history", async (int id, NewsClaimsDbContext db, CancellationToken ct) =>
        {
            if (!await db.Claims.AnyAsync(c => c.Id == id, ct)) return Results.Problem($"No claim {id}.", statusCode: StatusCodes.Status404NotFound);
            var events = await db.ReviewEvents.AsNoTracking().Where(e => e.ClaimId == id).OrderBy(e => e.Id)
                .Select(e => new { e.Who, e.At, from = e.From.ToString(), to = e.To.ToString(), e.Note }).ToListAsync(ct);
            return Results.Json(events, ApiJson.Options);
        });

        // 200 with the new version; 409 when the version sent is stale (the body shows the state that won)
        claims.MapPost("/{id:int}/review", async (int id, ReviewRequest request, ClaimsPrincipal user, ReviewService reviews, CancellationToken ct) =>
        {
            if (!ReviewService.TryParseStatus(request.Status, out var status))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use unreviewed, confirmed, denied or disputed."] });
            if (request.Version is not { } version)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Send the version you reviewed."] });
            var outcome = await reviews.ReviewAsync(id, version, status, request.Note, user.Identity?.Name ?? "unknown", ct);
            return outcome switch
            {
                ReviewOutcome.Applied a => Results.Json(new { id, version = a.Version, status = a.Status.ToString() }, ApiJson.Options),
                ReviewOutcome.Conflict c => Results.Problem(
                    string.Create(CultureInfo.InvariantCulture, $"The claim was changed meanwhile: it is now {c.CurrentStatus} at version {c.CurrentVersion}."),
                    statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile",
                    extensions: new Dictionary<string, object?> { ["currentVersion"] = c.CurrentVersion, ["currentStatus"] = c.CurrentStatus.ToString() }),
                ReviewOutcome.Invalid i => Results.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [i.Message] }),
                _ => Results.Problem($"No claim {id}.", statusCode: StatusCodes.Status404NotFound),
            };
        }).RequireAuthorization(Policies.Review);
    }

    private static bool TryDate(string? s, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(s)) return true;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
