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
    // loops, not LINQ: asked many times for every mention of every sentence, and a lambda over kind is an allocation
    public bool Has(MentionKind kind)
    {
        for (var i = 0; i < Targets.Count; i++)
        {
            if (Targets[i].Kind == kind) return true;
        }
        return false;
    }

    public string? KeyOf(MentionKind kind)
    {
        for (var i = 0; i < Targets.Count; i++)
        {
            if (Targets[i].Kind == kind) return Targets[i].Key;
        }
        return null;
    }
    public bool Overlaps(int first, int last) => First <= last && first <= Last;
}
