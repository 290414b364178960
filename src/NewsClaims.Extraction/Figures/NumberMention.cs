namespace NewsClaims.Extraction.Figures;

/// <summary>A number found in a run of tokens: tokens [First, Last] inclusive and its value.</summary>
public sealed record NumberMention(int First, int Last, decimal Value)
{
    /// <summary>Written as a word that is also an article ("ein", "a", "one"): not a count on its own.</summary>
    public bool IsArticleWord { get; init; }

    /// <summary>Written in digits (as opposed to words such as "dreitausend").</summary>
    public bool IsDigits { get; init; }
}
