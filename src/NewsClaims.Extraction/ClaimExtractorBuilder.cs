using NewsClaims.Extraction.Entities;

namespace NewsClaims.Extraction;

/// <summary>Assembles an extractor: the shipped lexicon plus aliases editors added.</summary>
public sealed class ClaimExtractorBuilder
{
    private readonly List<AliasEntry> _aliases = [];
    private Lexicon _lexicon = Lexicon.Default;

    public ClaimExtractorBuilder WithLexicon(Lexicon lexicon)
    {
        _lexicon = lexicon;
        return this;
    }

    public ClaimExtractorBuilder AddAliases(IEnumerable<AliasEntry> aliases)
    {
        _aliases.AddRange(aliases);
        return this;
    }

    public ClaimExtractor Build() => new(_aliases.Count == 0 ? _lexicon : _lexicon.WithAliases(_aliases));
}
