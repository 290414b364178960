namespace NewsClaims.Extraction.Attribution;

public enum AttributionKind
{
    /// <summary>"nach Angaben des …", "laut …", "… zufolge", "according to …".</summary>
    According,

    /// <summary>The subject of a verb of saying: "meldete der Geheimdienst", "Pentagon said".</summary>
    Speech,

    /// <summary>"unter Verweis auf …", "citing …": the original source, passed on by a speaker.</summary>
    Citing,
}

/// <summary>Who is said to say it, over tokens [First, Last] of a sentence.</summary>
public sealed record Attribution(AttributionKind Kind, int First, int Last, int Anchor)
{
    /// <summary>A verb that also means something else ("bestätigte", "put"): used only when no plain verb of saying is there.</summary>
    public bool Weak { get; init; }
}
