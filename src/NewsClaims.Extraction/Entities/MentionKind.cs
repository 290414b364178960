namespace NewsClaims.Extraction.Entities;

public enum MentionKind
{
    Country,
    CountryAdjective,
    Institution,
    Entity,
    Place,
}

/// <summary>What an alias names: a country (its noun or adjective), an institution type, an entity or a place.</summary>
public sealed record AliasTarget(MentionKind Kind, string Key);

/// <summary>An alias found in a sentence over tokens [First, Last].</summary>
public sealed record Mention(int First, int Last, IReadOnlyList<AliasTarget> Targets)
{
    public bool Has(MentionKind kind) => Targets.Any(t => t.Kind == kind);
    public string? KeyOf(MentionKind kind) => Targets.FirstOrDefault(t => t.Kind == kind)?.Key;
    public bool Overlaps(int first, int last) => First <= last && first <= Last;
}
