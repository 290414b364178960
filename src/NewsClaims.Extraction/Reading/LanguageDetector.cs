namespace NewsClaims.Extraction.Reading;

/// <summary>German or English, by counting each language's commonest function words.</summary>
public static class LanguageDetector
{
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

    public static string Detect(string text)
    {
        int de = 0, en = 0;
        foreach (var t in Text.Tokenizer.Tokenize(text.Length > 20_000 ? text[..20_000] : text))
        {
            if (!t.IsWord) continue;
            if (German.Contains(t.Lower)) de++;
            if (English.Contains(t.Lower)) en++;
        }
        return de > en ? "de" : "en";
    }
}
