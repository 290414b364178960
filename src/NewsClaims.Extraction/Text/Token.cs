namespace NewsClaims.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punct,
}

/// <summary>A word, a digit group or a punctuation mark, with its place in the article text.</summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind)
{
    private string? _lower;
    private string? _stem;

    public string Lower => _lower ??= Text.ToLowerInvariant();

    /// <summary>The stem used to compare words across inflections (Geheimdienstes = Geheimdienst); computed when first asked.</summary>
    public string Stem => _stem ??= Words.StemOfLower(Lower);

    private ulong _wordSets;
    private int _wordSetsVersion;

    /// <summary>
    /// The bits of the <see cref="WordSet"/> lists this word is on: looked up once, then every list is one bit test
    /// (again when a list was added since, as lists are made when their classes are first used).
    /// </summary>
    internal ulong WordSets
    {
        get
        {
            var version = WordSet.Version;
            if (_wordSetsVersion != version)
            {
                _wordSets = WordSet.ListsOf(Lower);
                _wordSetsVersion = version;
            }
            return _wordSets;
        }
    }

    /// <summary>True when no white space separates this token from the one before it (12k, 1.500-Mann).</summary>
    public bool Glued { get; init; }

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text[0] == c;
}
