using System.ComponentModel.DataAnnotations;

namespace NewsClaims.Web;

/// <summary>The "NewsClaims" section of appsettings.json.</summary>
public sealed class NewsClaimsOptions
{
    public const string Section = "NewsClaims";

    /// <summary>Ingest the sample articles on first start with an empty database.</summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>Largest article accepted, in characters.</summary>
    [Range(1_000, 50_000_000)]
    public int MaxArticleCharacters { get; set; } = 2_000_000;

    /// <summary>The series the home page shows: actor, unit and location.</summary>
    [Required]
    public string DefaultActor { get; set; } = "North Korea";

    [Required]
    public string DefaultUnit { get; set; } = "soldiers";

    public string? DefaultLocation { get; set; } = "Russia";
}
