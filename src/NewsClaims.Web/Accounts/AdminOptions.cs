namespace NewsClaims.Web.Accounts;

/// <summary>The "Admin" section: the first administrator, created on first start.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string Email { get; set; } = "admin@newsclaims.local";

    /// <summary>When empty, a password is generated on first start and printed once to the log.</summary>
    public string? Password { get; set; }
}
