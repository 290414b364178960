namespace NewsClaims.Web.Tests.Browser;

/// <summary>Browser tests run one at a time: each drives a real Chromium, and two cores do not carry several at once.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
