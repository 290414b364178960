using NewsClaims.Web.Data;

namespace NewsClaims.Web.Timeline;

/// <summary>What an analyst narrows a series to. Every field travels in the URL, so a view is a permalink.</summary>
public sealed record TimelineFilter(
    IReadOnlyList<string> Sources,
    IReadOnlyList<ReviewStatus> Statuses,
    DateOnly? From,
    DateOnly? To,
    string? Precision,
    string? Publisher,
    string? Language)
{
    /// <summary>By default denied claims are hidden: they are not figures anyone stands by.</summary>
    public static readonly IReadOnlyList<ReviewStatus> DefaultStatuses = [ReviewStatus.Unreviewed, ReviewStatus.Confirmed, ReviewStatus.Disputed];

    public static TimelineFilter Default { get; } = new([], DefaultStatuses, null, null, null, null, null);
}
