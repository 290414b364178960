using NewsClaims.Extraction.Contract;

namespace NewsClaims.Extraction;

/// <summary>A claim read from one sentence, before repeats across the article are merged.</summary>
internal sealed record ClaimDraft(
    NamedRef Source,
    NamedRef? Actor,
    string Stance,
    Quantity? Quantity,
    string? Unit,
    string? Location,
    DatePoint StatedOn,
    bool StatedExplicitly,
    ReferredDate? RefersTo,
    Evidence Evidence)
{
    /// <summary>The source of a figure whose sentence names none and has none to carry: the next sentence may ("Das teilte … mit").</summary>
    public static readonly NamedRef PendingSource = new("", "");

    /// <summary>Read from the headline, which repeats a figure of the body in fewer words.</summary>
    public bool InHeadline { get; init; }

    /// <summary>No side was named: the noun counted ("Zivilisten"), the actor if the article names no country either.</summary>
    public NamedRef? CountedPeople { get; init; }

    /// <summary>The source was not named in the sentence but carried from one before it: a source named right after may take its place.</summary>
    public bool SourceCarried { get; init; }

    /// <summary>The actor is the speaker's own side ("its own dead", "the troops it calls up"): it follows a source named later.</summary>
    public bool ActorFromSpeaker { get; init; }

    /// <summary>
    /// Weapons the speaker's side shot down, or that were fired at it with no side named: they belong to the other side,
    /// settled once the article is read.
    /// </summary>
    public bool SideSettledAtEnd { get; init; }

    /// <summary>The side whose weapons of the same kind the article counted before weapons were shot down: who fired them.</summary>
    public NamedRef? FiredBy { get; init; }

    /// <summary>A standing figure told in the present with no day ("About 30,000 troops are stationed there, according to Pentagon
    /// figures"): it holds as the article is written, not on a day its source spoke before.</summary>
    public bool Standing { get; init; }

    /// <summary>The side a toll's sentence names as the attacker ("killed by a Russian missile"): not whose dead they are
    /// whenever the article names another side to give them to.</summary>
    public string? Attacker { get; init; }

    /// <summary>A position told only by a verb of saying with no figure: kept only for a source the article gives no figure of,
    /// and only for a party (a country, or the source itself) that took no position the article marks by a cue.</summary>
    public bool SaidOnly { get; init; }
}
