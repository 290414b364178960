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

    /// <summary>Reading pages (timeline, articles, claims) open to anonymous visitors.</summary>
    public bool PublicRead { get; set; }

    /// <summary>Redirect to HTTPS and send HSTS; off in Development.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Let the URL fetcher reach loopback and private addresses (tests only; never in production).</summary>
    public bool AllowPrivateFetch { get; set; }

    /// <summary>Seconds a URL fetch may take.</summary>
    [Range(1, 120)]
    public int FetchTimeoutSeconds { get; set; } = 15;

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    [Range(1, 100_000)]
    public int SignInPermitsPerMinute { get; set; } = 10;
}
