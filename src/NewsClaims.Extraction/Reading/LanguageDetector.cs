namespace NewsClaims.Extraction.Reading;

/// <summary>German or English, by counting each language's commonest function words.</summary>
public static class LanguageDetector
{
    /// <summary>Longer than any function word below: such words need no lower-casing to be turned away.</summary>
    private const int LongestWord = 8;

    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "und", "nicht", "ist", "von", "mit", "den", "des", "dass", "sich", "auf", "für", "ein",
        "eine", "nach", "soll", "sind", "wird", "auch", "zu", "im", "dem", "bereits", "haben", "hat",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "is", "that", "with", "said", "from", "was", "for", "on", "by", "has", "have",
        "are", "were", "it", "its", "this", "an", "as", "at", "would",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanWords = German.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = English.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Detect(string text)
    {
        int de = 0, en = 0;
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        Span<char> lower = stackalloc char[LongestWord];
        // the tokenizer's own word boundaries, but no token objects: only the short words are lower-cased and looked up
        var i = 0;
        while (Text.Tokenizer.NextToken(sample, ref i, out var start) is { } kind)
        {
            if (kind != Text.TokenKind.Word || i - start > LongestWord) continue;
            var word = lower[..sample.AsSpan(start, i - start).ToLowerInvariant(lower)];
            if (GermanWords.Contains(word)) de++;
            if (EnglishWords.Contains(word)) en++;
        }
        return de > en ? "de" : "en";
    }
}
