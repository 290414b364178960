namespace NewsClaims.Extraction.Dates;

public enum DateRole
{
    /// <summary>When something was said or happened: "am Freitag", "on Oct. 18", "last week".</summary>
    Stated,

    /// <summary>A target date: "bis Dezember", "by the end of the year".</summary>
    By,

    /// <summary>A starting point: "seit August 2023", "since the start of the year".</summary>
    Since,

    /// <summary>The day a count stands at, not when it was said: "as of Feb. 15", "(Stand: 15. Februar)".</summary>
    AsOf,
}

/// <summary>A date expression over tokens [First, Last], resolved to a date and how exact it is.</summary>
public sealed record DateMention(int First, int Last, DateOnly Date, string Precision, DateRole Role)
{
    /// <summary>The ISO form the contract uses: a day, or a month where only the month is known.</summary>
    public string Iso => Precision == "month" && Role != DateRole.Stated
        ? Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
