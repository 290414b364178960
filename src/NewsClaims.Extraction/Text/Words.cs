namespace NewsClaims.Extraction.Text;

/// <summary>Word normalisation shared by every matcher: lower case, no possessive, German endings folded.</summary>
public static class Words
{
    private static readonly string[] Endings = ["ern", "em", "en", "er", "es", "e", "s", "n"];

    public static string Stem(string word) => StemOfLower(word.ToLowerInvariant());

    /// <summary>A word without its possessive ending: "ministry's" is "ministry", "Governor’s" is "Governor".</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    /// <summary><see cref="Stem"/> of a word already lower-cased (a token's cached <see cref="Token.Lower"/>).</summary>
    public static string StemOfLower(string lower)
    {
        var w = lower.Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('\'')) w = w[..^1];
        if (w.Length <= 4 || !char.IsLetter(w[^1])) return w;
        foreach (var ending in Endings)
        {
            if (w.Length - ending.Length >= 4 && w.EndsWith(ending, StringComparison.Ordinal))
                return w[..^ending.Length];
        }
        return w;
    }

    /// <summary>"palästinensische", "russischen", "neue": a German adjective's inflected ending.</summary>
    public static bool IsInflectedAdjective(string lower) =>
        lower.Length > 3 && (lower.EndsWith('e') || lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("er", StringComparison.Ordinal)
            || lower.EndsWith("es", StringComparison.Ordinal) || lower.EndsWith("em", StringComparison.Ordinal));

    /// <summary>
    /// "kontrollierte", "eingesetzten", "eingesetzter": a German past participle inflected as an adjective, as it stands between
    /// an agent ("von der Hamas") and the noun it describes.
    /// </summary>
    public static bool IsInflectedParticiple(string lower) =>
        lower.EndsWith("te", StringComparison.Ordinal) || lower.EndsWith("ten", StringComparison.Ordinal) || lower.EndsWith("tes", StringComparison.Ordinal)
        || lower.EndsWith("tem", StringComparison.Ordinal) || lower.EndsWith("ter", StringComparison.Ordinal);

    /// <summary>"he", "she", "it", "they", "er", "sie", "es": a pronoun that can stand for a speaker named before.</summary>
    /// <summary>"ansässige", "ansässigen": where a body sits ("die in London ansässige Beobachtungsstelle"), not what it is.</summary>
    public static bool IsSeatAdjective(string lower) => lower.StartsWith("ansässig", StringComparison.Ordinal);

    public static bool IsSubjectPronoun(string lower) => lower is "he" or "she" or "it" or "they" or "er" or "sie" or "es";

    /// <summary>"der", "zum", "im": a German article or a preposition with its article, after which digits and a full stop are an ordinal.</summary>
    public static bool IsOrdinalArticle(string lower) =>
        lower is "der" or "die" or "das" or "den" or "dem" or "des" or "zum" or "zur" or "am" or "im" or "vom" or "beim";

    /// <summary>"Jährige", "year-old": the noun of "der 64-Jährige", a person named by age.</summary>
    public static bool IsAgeNoun(string lower) => lower is "jährige" or "year-old";

    /// <summary>Stems of every word in a phrase, splitting hyphenated compounds (US-Regierungsvertreter).</summary>
    public static string[] StemPhrase(string phrase) =>
        Tokenizer.Tokenize(phrase)
            .Where(t => t.Kind != TokenKind.Punct)
            .SelectMany(t => SplitCompound(t.Text))
            .Select(Stem)
            .ToArray();

    public static IEnumerable<string> SplitCompound(string word) =>
        word.Contains('-', StringComparison.Ordinal)
            ? word.Split('-', StringSplitOptions.RemoveEmptyEntries)
            : [word];
}
