using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Data;

namespace NewsClaims.Web.Reviews;

/// <summary>What became of a review: applied, refused as stale (with the state that won), or refused as invalid.</summary>
public abstract record ReviewOutcome
{
    public sealed record Applied(int Version, ReviewStatus Status) : ReviewOutcome;

    public sealed record Conflict(int CurrentVersion, ReviewStatus CurrentStatus) : ReviewOutcome;

    public sealed record NotFound : ReviewOutcome;

    public sealed record Invalid(string Message) : ReviewOutcome;
}

/// <summary>
/// Changes a claim's review status. Every change appends a <see cref="ReviewEvent"/> in the same
/// transaction; a change made against a stale version is refused, never applied over the newer one.
/// </summary>
public sealed class ReviewService(NewsClaimsDbContext db, TimeProvider clock, Timeline.TimelineCache timelines)
{
    public async Task<ReviewOutcome> ReviewAsync(int claimId, int expectedVersion, ReviewStatus to, string? note, string who, CancellationToken ct = default)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (to is ReviewStatus.Denied or ReviewStatus.Disputed && note is null)
            return new ReviewOutcome.Invalid("A note is required to mark a claim denied or disputed.");
        if (note is { Length: > 2000 }) return new ReviewOutcome.Invalid("The note is longer than 2000 characters.");

        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId, ct);
        if (claim is null) return new ReviewOutcome.NotFound();
        if (claim.Version != expectedVersion) return new ReviewOutcome.Conflict(claim.Version, claim.Status);

        var from = claim.Status;
        claim.Status = to;
        claim.Version = expectedVersion + 1;
        db.ReviewEvents.Add(new ReviewEvent { ClaimId = claim.Id, Who = who, At = clock.GetUtcNow().UtcDateTime, From = from, To = to, Note = note });
        try
        {
            await db.SaveChangesAsync(ct);
            await timelines.ChangedAsync(CancellationToken.None);
            return new ReviewOutcome.Applied(claim.Version, to);
        }
        catch (DbUpdateConcurrencyException)
        {
            // another reviewer's change landed between our read and our write: report theirs
            db.ChangeTracker.Clear();
            var current = await db.Claims.AsNoTracking().Where(c => c.Id == claimId).Select(c => new { c.Version, c.Status }).FirstAsync(ct);
            return new ReviewOutcome.Conflict(current.Version, current.Status);
        }
    }

    public static bool TryParseStatus(string? value, out ReviewStatus status) =>
        Enum.TryParse(value, ignoreCase: true, out status) && Enum.IsDefined(status);
}
