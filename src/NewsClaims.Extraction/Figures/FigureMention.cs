namespace NewsClaims.Extraction.Figures;

/// <summary>A figure with its bounds as the wording gives them, over tokens [First, Last] of a sentence.</summary>
public sealed record FigureMention(int First, int Last, decimal? Value, decimal? Low, decimal? High, string Precision)
{
    /// <summary>The token right after the figure's number words, where the counted noun may follow.</summary>
    public int NumberEnd { get; init; }
}
