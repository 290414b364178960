using NewsClaims.Extraction.Contract;

namespace NewsClaims.Extraction;

/// <summary>
/// The same figure from the same source said twice in one article is one claim with several pieces of
/// evidence; so is the same position (denial, refusal) of the same source.
/// </summary>
internal static class ClaimMerger
{
    public static List<ExtractedClaim> Merge(IEnumerable<ClaimDraft> drafts)
    {
        // body claims first, so that a headline figure finds the claim it repeats
        var ordered = drafts.ToList();
        drafts = ordered.Where(d => !d.InHeadline).Concat(ordered.Where(d => d.InHeadline));
        var merged = new List<ClaimDraft>();
        var evidence = new List<List<Evidence>>();
        foreach (var d in drafts)
        {
            var at = merged.FindIndex(m => SameClaim(m, d));
            // the headline's "Seoul says 100 killed" is the body's figure said by the body's fuller source
            if (at < 0 && d.InHeadline) at = merged.FindIndex(m => SameFigure(m, d));
            // "Kyiv says 1,500 Russian troops killed" over "Russia lost about 1,500 soldiers": a headline words the toll loosely
            if (at < 0 && d.InHeadline) at = merged.FindIndex(m => SameFigure(m with { Unit = d.Unit }, d) && LooselyAlike(m.Unit, d.Unit));
            if (at < 0)
            {
                merged.Add(d);
                evidence.Add([d.Evidence]);
                continue;
            }
            var m = merged[at];
            merged[at] = m with
            {
                Source = m.Source.Via is null && d.Source.Via is not null ? m.Source with { Via = d.Source.Via } : m.Source,
                StatedOn = !m.StatedExplicitly && d.StatedExplicitly ? d.StatedOn : m.StatedOn,
                StatedExplicitly = m.StatedExplicitly || d.StatedExplicitly,
                Quantity = m.Quantity is { Precision: Precisions.Exact } && d.Quantity is { Precision: not Precisions.Exact } ? d.Quantity : m.Quantity,
                RefersTo = m.RefersTo ?? d.RefersTo,
                Location = m.Location ?? d.Location,
                Actor = m.Actor ?? d.Actor,
            };
            if (!evidence[at].Any(e => e.Start == d.Evidence.Start)) evidence[at].Add(d.Evidence);
        }
        return merged.Select((m, i) => new ExtractedClaim(m.Source, m.Actor, m.Stance, m.Quantity, m.Unit, m.Location,
            m.StatedOn, m.RefersTo, evidence[i])).ToList();
    }

    private static bool LooselyAlike(string? body, string? headline) =>
        body is "casualties" or "killed" or "soldiers" && headline is "casualties" or "killed" or "soldiers"
        || body is "captured" or "soldiers" && headline is "captured" or "soldiers";

    /// <summary>The same number of the same thing, however hedged: the headline drops "as many as".</summary>
    private static bool SameFigure(ClaimDraft a, ClaimDraft b) =>
        a.Quantity is not null && b.Quantity is not null && a.Unit == b.Unit && a.Stance == b.Stance
        && (a.Quantity.Value is not null && a.Quantity.Value == b.Quantity.Value
            || a.Quantity.Low == b.Quantity.Low && a.Quantity.High == b.Quantity.High);

    private static bool SameClaim(ClaimDraft a, ClaimDraft b)
    {
        if (a.Source.Name != b.Source.Name || a.Stance != b.Stance) return false;
        if (a.Quantity is null || b.Quantity is null) return a.Quantity is null && b.Quantity is null;
        return a.Unit == b.Unit && a.Actor?.Name == b.Actor?.Name
            && a.Quantity.Value == b.Quantity.Value && a.Quantity.Low == b.Quantity.Low && a.Quantity.High == b.Quantity.High
            && a.RefersTo?.Date == b.RefersTo?.Date;
    }
}
