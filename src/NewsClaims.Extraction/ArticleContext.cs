using NewsClaims.Extraction.Contract;

namespace NewsClaims.Extraction;

/// <summary>What earlier sentences said, for sentences that lean on them ("demnach", "the agency said", "Tausende weitere").</summary>
internal sealed class ArticleContext
{
    public NamedRef? LastSource { get; set; }

    /// <summary>The day a news ticker's last dated entry line gave: it dates the entries under it.</summary>
    public DatePoint? TickerDate { get; set; }
    public int LastSourceParagraph { get; set; } = -10;
    public NamedRef? LastActor { get; set; }
    public string? LastUnit { get; set; }

    /// <summary>Whose weapons of each kind were counted last: "102 der Raketen" are the side's that fired "127 Raketen".</summary>
    public Dictionary<string, NamedRef> WeaponSides { get; } = new(StringComparer.Ordinal);

    /// <summary>The noun behind the last unit: "soldiers" for "300 Soldaten getötet" (unit killed).</summary>
    public string? LastBaseUnit { get; set; }
    public string? LastLocation { get; set; }
    public int LastClaimParagraph { get; set; } = -10;

    /// <summary>The country whose people the article first counts ("nordkoreanische Soldaten"): the actor of last resort.</summary>
    public NamedRef? ArticleActor { get; set; }

    /// <summary>The first country named with its army ("Libanons Armee", "Lebanon's army"): whose soldiers the article follows.</summary>
    public NamedRef? ArticleForce { get; set; }

    /// <summary>Whether the article has told of a prisoner exchange: soldiers "coming home" in it come home from captivity.</summary>
    public bool TellsOfExchange { get; set; }

    /// <summary>Where the war is fought ("the war in Ukraine", "Krieg im Sudan"): whose people a toll of civilians counts.</summary>
    public NamedRef? Theatre { get; set; }

    /// <summary>The country of the last place the article said something happened in ("Regierungssitz in Kyjiw").</summary>
    public NamedRef? LastPlace { get; set; }

    /// <summary>The peacekeeping mission last named: the side of peacekeepers counted later with no mission named.</summary>
    public NamedRef? LastMission { get; set; }

    /// <summary>The newspaper or outlet the article last named: who "das Blatt" or "the newspaper" is.</summary>
    public NamedRef? LastPublication { get; set; }

    /// <summary>The armed group the article last named: whose fighters a count of "militants" is.</summary>
    public NamedRef? LastGroup { get; set; }

    /// <summary>Set by "Das erklärte X am Freitag": when the claims of the sentence before were said.</summary>
    public DatePoint? Restated { get; set; }

    /// <summary>Set by "Das berichtete Yonhap unter Berufung auf …": who stands behind the sentence before.</summary>
    public NamedRef? RestatedSource { get; set; }

    /// <summary>The last day the article named as when something was said: "five days later" counts from it.</summary>
    public DateOnly? LastStated { get; set; }

    /// <summary>
    /// Where each source is said to have spoken on a given day, for its undated sentences nearby, and the words naming the speaker
    /// (the minister speaking in his own name is not the ministry, though both speak for it; its spokesman is).
    /// </summary>
    public List<(int Offset, string Source, string SpeakerText, DatePoint Date)> SourceDates { get; } = [];

    /// <summary>When the last named source spoke, if its sentence said so, and which sentence that was.</summary>
    public DatePoint? LastSourceStated { get; set; }

    public int LastSourceSentence { get; set; } = -10;

    /// <summary>The last statement date the article gave, at any precision ("in February" … "at the time").</summary>
    public DatePoint? LastStatedPoint { get; set; }

    /// <summary>The day given by the sentence before, which said nothing else ("Fünf Tage später legte der Dienst nach.").</summary>
    public DatePoint? PendingStated { get; set; }

    public int PendingParagraph { get; set; } = -1;

    /// <summary>The last day the article gave for something that happened (not for a statement): "within hours of the blasts" leans on it.</summary>
    public DateOnly? LastEventDay { get; set; }

    /// <summary>Which sentences gave <see cref="LastEventDay"/> and <see cref="LastStated"/>: the later one is the day the article is at.</summary>
    public int LastEventDaySentence { get; set; } = -1;

    /// <summary>Whether the sentence that gave <see cref="LastEventDay"/> had a speaker: a day no one spoke on is the event's alone.</summary>
    public bool LastEventDaySpoken { get; set; }

    public int LastEventDayParagraph { get; set; } = -1;

    public int LastStatedSentence { get; set; } = -1;

    /// <summary>Sentences read so far.</summary>
    public int Sentence { get; set; }

    /// <summary>Whether <see cref="LastSource"/> is a person (true), a body (false) or cannot be told (null).</summary>
    public bool? LastSourceIsPerson { get; set; }

    /// <summary>The last speaker named as a person ("spokesman Andriy Kovalenko"), for a later "he said"/"sagte er".</summary>
    public NamedRef? LastPerson { get; set; }

    public int LastPersonParagraph { get; set; } = -10;

    /// <summary>The last speaker named as a body ("the ministry"), for a later "it said".</summary>
    public NamedRef? LastBody { get; set; }

    public int LastBodyParagraph { get; set; } = -10;

    /// <summary>The party a sentence without a source was about, for a pronoun in the next ("it said").</summary>
    public NamedRef? LastNamed { get; set; }

    public int LastNamedSentence { get; set; } = -10;

    /// <summary>The agency that last briefed lawmakers: their later figures are its figures.</summary>
    public NamedRef? LastBriefer { get; set; }

    /// <summary>Names of speakers who are lawmakers, so a later "so Lee" is read as passing on a briefing.</summary>
    public HashSet<string> Lawmakers { get; } = new(StringComparer.Ordinal);

    /// <summary>What each named body was called ("panel", "mission"), for a later "the panel said".</summary>
    public Dictionary<string, NamedRef> Descriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Each word of a speaker's full name, for a later bare surname ("Kirby said").</summary>
    public Dictionary<string, NamedRef> Surnames { get; } = new(StringComparer.Ordinal);

    /// <summary>Every country the article names, with how often: whose people a figure naming no side most likely counts.</summary>
    public MentionTally CountryMentions { get; } = new();

    /// <summary>Every place the article names, by its country: where people counted with no side named most likely were.</summary>
    public MentionTally PlaceMentions { get; } = new();

    /// <summary>The country each institution was last named with: "der Geheimdienst" after "südkoreanischer Geheimdienst".</summary>
    public Dictionary<string, string> InstitutionCountries { get; } = new(StringComparer.Ordinal);
}
