namespace NewsClaims.Web.Data;

public sealed class Article
{
    public int Id { get; set; }
    public string? Title { get; set; }
    public string? Kicker { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly Published { get; set; }
    public string Language { get; set; } = "en";
    public string Text { get; set; } = "";
    /// <summary>SHA-256 of the normalised text: the same article pasted twice is one article.</summary>
    public string ContentHash { get; set; } = "";
    public string Agencies { get; set; } = "";
    public string IngestedBy { get; set; } = "";
    public DateTime IngestedAt { get; set; }
    public List<Evidence> Evidence { get; set; } = [];
}

public sealed class Source
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<SourceAlias> Aliases { get; set; } = [];
}

public sealed class SourceAlias
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Added by an editor (and so taught to the extractor), rather than recorded from an article's words.</summary>
    public bool AddedByEditor { get; set; }
}

/// <summary>A change to the source lexicon (alias, rename, merge): who, when, what. Never updated.</summary>
public sealed class SourceAudit
{
    public int Id { get; set; }
    public DateTime At { get; set; }
    public string Who { get; set; } = "";
    public string Action { get; set; } = "";
    public string Detail { get; set; } = "";
}

public sealed class Actor
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<ActorAlias> Aliases { get; set; } = [];
}

public sealed class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public string Text { get; set; } = "";
}

public static class ClaimOrigins
{
    public const string Extracted = "extracted";
    public const string Corrected = "corrected";
    public const string Added = "added";
}

public enum ReviewStatus
{
    Unreviewed = 0,
    Confirmed = 1,
    Denied = 2,
    Disputed = 3,
}

public sealed class Claim
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public int? ViaSourceId { get; set; }
    public Source? ViaSource { get; set; }
    public int? ActorId { get; set; }
    public Actor? Actor { get; set; }
    public string Stance { get; set; } = "asserts";
    public double? Value { get; set; }
    public double? Low { get; set; }
    public double? High { get; set; }
    public string? Precision { get; set; }
    public string? QuantityText { get; set; }
    public string? Unit { get; set; }
    public string? Location { get; set; }
    public DateOnly StatedOn { get; set; }
    public string StatedOnPrecision { get; set; } = "day";
    /// <summary>ISO date or month the figure refers to ("2024-12"), with its relation: by, since, on.</summary>
    public string? RefersTo { get; set; }
    public string? RefersToPrecision { get; set; }
    public string? RefersToRelation { get; set; }
    public ReviewStatus Status { get; set; }
    /// <summary>How the claim came to be: extracted as read, corrected by an editor, or added by one.</summary>
    public string Origin { get; set; } = ClaimOrigins.Extracted;
    /// <summary>The editor who corrected or added it; null for a claim saved as extracted.</summary>
    public string? EditedBy { get; set; }
    /// <summary>Concurrency token: bumped on every change, so a stale edit is refused rather than lost.</summary>
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Evidence> Evidence { get; set; } = [];
    public List<ReviewEvent> ReviewEvents { get; set; } = [];
}

/// <summary>Claim × article × sentence span.</summary>
public sealed class Evidence
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The article's own words for the source, quantity and actor, to highlight them.</summary>
    public string? SourceText { get; set; }
    public string? QuantityText { get; set; }
}

/// <summary>Appended on every status change; never updated.</summary>
public sealed class ReviewEvent
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public Claim? Claim { get; set; }
    public string Who { get; set; } = "";
    public DateTime At { get; set; }
    public ReviewStatus From { get; set; }
    public ReviewStatus To { get; set; }
    public string? Note { get; set; }
}
