using System.Globalization;
using NewsClaims.Extraction.Contract;

namespace NewsClaims.Web.Pages.Articles;

/// <summary>One claim as the editor sees and corrects it in the preview; posted back as form fields.</summary>
public sealed class ClaimEdit
{
    public string? Source { get; set; }
    public string? SourceText { get; set; }
    public string? Via { get; set; }
    public string? Actor { get; set; }
    public string Stance { get; set; } = StanceNames.Asserts;
    public decimal? Value { get; set; }
    public decimal? Low { get; set; }
    public decimal? High { get; set; }
    public string? Precision { get; set; }
    public string? QuantityText { get; set; }
    public string? Unit { get; set; }
    public string? Location { get; set; }
    public string? StatedOn { get; set; }
    public string? RefersTo { get; set; }
    public string? Relation { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public bool Delete { get; set; }
    public bool Added { get; set; }

    /// <summary>The fields as extracted, to tell a corrected claim from one saved as read.</summary>
    public string? Original { get; set; }

    public static ClaimEdit From(ExtractedClaim c)
    {
        var e = new ClaimEdit
        {
            Source = c.Source?.Name, SourceText = c.Source?.Text, Via = c.Source?.Via, Actor = c.Actor?.Name, Stance = c.Stance,
            Value = c.Quantity?.Value, Low = c.Quantity?.Low, High = c.Quantity?.High, Precision = c.Quantity?.Precision,
            QuantityText = c.Quantity?.Text, Unit = c.Unit, Location = c.Location, StatedOn = c.StatedOn.Date,
            RefersTo = c.RefersTo?.Date, Relation = c.RefersTo?.Relation,
            EvidenceStart = c.Evidence.FirstOrDefault()?.Start ?? 0, EvidenceEnd = c.Evidence.FirstOrDefault()?.End ?? 0,
        };
        e.Original = e.Fingerprint();
        return e;
    }

    /// <summary>The editable fields in one string: equal fingerprints mean nothing was changed.</summary>
    public string Fingerprint() => string.Join("|", Source, Via, Actor, Stance,
        Value?.ToString(CultureInfo.InvariantCulture), Low?.ToString(CultureInfo.InvariantCulture), High?.ToString(CultureInfo.InvariantCulture),
        Precision, Unit, Location, StatedOn, RefersTo, Relation);

    public string Origin => Added ? Data.ClaimOrigins.Added : Fingerprint() == Original ? Data.ClaimOrigins.Extracted : Data.ClaimOrigins.Corrected;

    /// <summary>The claim as the contract writes it, with evidence cut from the article text; null with a reason when incomplete.</summary>
    public (ExtractedClaim? Claim, string? Problem) ToClaim(string text, IReadOnlyList<Evidence> extractedEvidence, DateOnly published)
    {
        if (string.IsNullOrWhiteSpace(Source)) return (null, "Every claim needs a source.");
        if (EvidenceStart < 0 || EvidenceEnd > text.Length || EvidenceEnd <= EvidenceStart) return (null, "A claim's evidence is not in the article text.");
        // a position without a figure is a claim too (an assertion, denial or refusal), but one added by hand needs its figure
        if (Added && Stance == StanceNames.Asserts && Value is null && Low is null && High is null) return (null, $"The added claim of {Source} has no figure.");
        if (!DateOnly.TryParseExact(StatedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stated))
            stated = published;
        var precision = Precision ?? (Value is not null ? Precisions.Exact : Precisions.Range);
        var quantity = Value is null && Low is null && High is null ? null
            : new Quantity(Value, Low ?? (precision is Precisions.Exact or Precisions.Approximate ? Value : null),
                High ?? (precision is Precisions.Exact or Precisions.Approximate ? Value : null), precision, QuantityText ?? "");
        var evidence = extractedEvidence.Count > 0 && !Added ? extractedEvidence : [new Evidence(EvidenceStart, EvidenceEnd, text[EvidenceStart..EvidenceEnd])];
        var refers = string.IsNullOrWhiteSpace(RefersTo) ? null
            : new ReferredDate(RefersTo.Trim(), RefersTo.Trim().Length == 7 ? "month" : "day", string.IsNullOrWhiteSpace(Relation) ? "by" : Relation);
        return (new ExtractedClaim(
            new NamedRef(Source.Trim(), string.IsNullOrWhiteSpace(SourceText) ? Source.Trim() : SourceText, string.IsNullOrWhiteSpace(Via) ? null : Via.Trim()),
            string.IsNullOrWhiteSpace(Actor) ? null : new NamedRef(Actor.Trim(), Actor.Trim()),
            Stance, quantity, string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(), string.IsNullOrWhiteSpace(Location) ? null : Location.Trim(),
            new DatePoint(stated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day"), refers, evidence), null);
    }
}
