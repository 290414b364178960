namespace NewsClaims.Web.Accounts;

/// <summary>What each kind of user may do: read, ingest and correct, review, administer.</summary>
public static class Roles
{
    public const string Analyst = "Analyst";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Admin = "Admin";

    public static readonly string[] All = [Analyst, Editor, Reviewer, Admin];
}

public static class Policies
{
    public const string Read = "read";
    public const string Edit = "edit";
    public const string Review = "review";
    public const string Administer = "administer";
}
