using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Dates;

/// <summary>Month and weekday names in German and English, with the abbreviations news copy uses.</summary>
public static class DateWords
{
    /// <summary>"2023", "1968": four digits from 1900 to 2100, a year if the words around it do not count with it; else null.</summary>
    public static int? YearOf(Token t) =>
        t.IsNumber && t.Text.Length == 4
        && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 2100
            ? y
            : null;

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januar"] = 1, ["jänner"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februar"] = 2, ["february"] = 2, ["feb"] = 2,
        ["märz"] = 3, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["oct"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["dezember"] = 12, ["december"] = 12, ["dec"] = 12, ["dez"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["montag"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["dienstag"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["mittwoch"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["donnerstag"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["freitag"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["samstag"] = DayOfWeek.Saturday, ["sonnabend"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["sonntag"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>What every weekday name above has: a word shorter or with another first letter is none.</summary>
    private static readonly int ShortestWeekday = Weekdays.Keys.Min(k => k.Length);

    private static readonly HashSet<char> WeekdayInitials = [.. Weekdays.Keys.Select(k => k[0])];

    private static readonly string[] DayParts =
        ["abend", "morgen", "mittag", "nachmittag", "vormittag", "nacht", "früh"];

    public static int? MonthOf(string lower) => Months.TryGetValue(lower, out var m) ? m : null;

    /// <summary>Every word of a sentence is asked whether it names a month: a token answers most of them with a bit.</summary>
    private static readonly WordSet MonthNames = WordSet.Create([.. Months.Keys]);

    public static int? MonthOf(Token t) => MonthNames.Contains(t) ? Months[t.Lower] : null;

    /// <summary>Weekday of "Freitag", "Montagabend", "Friday's", "Fridays".</summary>
    public static DayOfWeek? WeekdayOf(string lower)
    {
        // every word of a sentence asks: each reading below starts with a whole weekday name
        if (lower.Length < ShortestWeekday || !WeekdayInitials.Contains(lower[0])) return null;
        var w = lower.Replace("’", "'", StringComparison.Ordinal);
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (Weekdays.TryGetValue(w, out var d)) return d;
        foreach (var part in DayParts)
        {
            if (w.EndsWith(part, StringComparison.Ordinal) && Weekdays.TryGetValue(w[..^part.Length], out d)) return d;
        }
        return null;
    }

    /// <summary>Every spelling <see cref="WeekdayOf(string)"/> reads: a weekday, with a part of the day, with "'s".</summary>
    private static readonly WordSet WeekdayForms = WordSet.Create(
        [.. from day in Weekdays.Keys from part in DayParts.Prepend("") from genitive in new[] { "", "'s", "’s" } select day + part + genitive]);

    /// <summary><see cref="WeekdayOf(string)"/> of a token, whose bits turn most words away without a lookup.</summary>
    public static DayOfWeek? WeekdayOf(Token t) => WeekdayForms.Contains(t) ? WeekdayOf(t.Lower) : null;
}
