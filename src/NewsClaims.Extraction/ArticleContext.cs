using NewsClaims.Extraction.Contract;

namespace NewsClaims.Extraction;

/// <summary>What earlier sentences said, for sentences that lean on them ("demnach", "the agency said", "Tausende weitere").</summary>
internal sealed class ArticleContext
{
    public NamedRef? LastSource { get; set; }
    public int LastSourceParagraph { get; set; } = -10;
    public NamedRef? LastActor { get; set; }
    public string? LastUnit { get; set; }
    public string? LastLocation { get; set; }
    public int LastClaimParagraph { get; set; } = -10;

    /// <summary>The country each institution was last named with: "der Geheimdienst" after "südkoreanischer Geheimdienst".</summary>
    public Dictionary<string, string> InstitutionCountries { get; } = new(StringComparer.Ordinal);
}
