using NewsClaims.Extraction;

namespace NewsClaims.Web.Ingestion;

/// <summary>Holds the one shared extractor; replaced whole when editors add aliases (the extractor itself is immutable).</summary>
public sealed class ExtractorProvider
{
    private volatile ClaimExtractor _current = ClaimExtractor.Default;

    public ClaimExtractor Current => _current;

    public void Replace(ClaimExtractor extractor) => _current = extractor;
}
