using NewsClaims.Web.Data;

namespace NewsClaims.Web.Api;

public static class HealthEndpoints
{
    /// <summary>/healthz: 200 when the database answers, 503 when it does not.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (NewsClaimsDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Text("healthy")
                : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable));
}
