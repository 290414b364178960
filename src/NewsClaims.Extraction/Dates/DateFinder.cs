using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date: a weekday is
/// the last such day on or before publication, "gestern" the day before, "bis Dezember" the next
/// December, "am 18. Oktober" the last 18 October on or before publication.
/// </summary>
public static class DateFinder
{
    public static List<DateMention> Find(IReadOnlyList<Token> tokens, DateOnly published)
    {
        var found = new List<DateMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord && !t.IsNumber) continue; // no date starts at a punctuation mark (Read turns it away)
            var role = RoleBefore(tokens, i, out var roleStart);
            var m = Read(tokens, i, published, role);
            if (m is null) continue;
            found.Add(m with { First = Math.Min(roleStart, m.First) });
            i = m.Last;
        }
        return found;
    }

    /// <summary>
    /// "vor gut einer Woche", "vor drei Tagen", "a week ago", "two months ago": counted back from the publication date.
    /// </summary>
    private static DateMention? Ago(IReadOnlyList<Token> tokens, int i, DateOnly published)
    {
        int k;
        if (tokens[i].Lower is "vor")
        {
            k = i + 1;
            if (k < tokens.Count && tokens[k].Lower is "gut" or "knapp" or "etwa" or "rund" or "fast" or "über" or "mehr") k++;
            if (k + 1 >= tokens.Count) return null;
            var n = tokens[k].Lower is "einer" or "einem" ? 1 : Count(tokens[k]);
            var unit = tokens[k + 1].Lower;
            if (n is not { } count || count > 60) return null;
            return Back(i, k + 1, unit, count, published);
        }
        // "a week ago", "three days ago", "two months ago"
        if (i + 2 < tokens.Count && tokens[i + 2].Lower is "ago")
        {
            var n = tokens[i].Lower is "a" or "one" ? 1 : Count(tokens[i]);
            return n is { } count && count <= 60 ? Back(i, i + 2, tokens[i + 1].Lower, count, published) : null;
        }
        return null;
    }

    private static DateMention? Back(int first, int last, string unit, int n, DateOnly published) => unit switch
    {
        "tag" or "tagen" or "day" or "days" => new DateMention(first, last, published.AddDays(-n), "day", DateRole.Stated),
        "woche" or "wochen" or "week" or "weeks" => new DateMention(first, last, published.AddDays(-7 * n), "week", DateRole.Stated),
        "monat" or "monaten" or "month" or "months" => new DateMention(first, last, published.AddMonths(-n), "month", DateRole.Stated),
        "jahr" or "jahren" or "year" or "years" => new DateMention(first, last, published.AddYears(-n), "month", DateRole.Stated),
        _ => null,
    };

    private static int? Count(Token t)
    {
        if (t.IsNumber && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
        if (Figures.NumberWords.EnglishSmallOf(t) is { } e) return e;
        return Figures.NumberWords.German(t.Lower) is { } g && g < 61 ? (int)g : null;
    }

    private static DateRole RoleBefore(IReadOnlyList<Token> tokens, int i, out int start)
    {
        start = i;
        // ("by the end of December": four words back)
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            // one switch on the word: asked of the words before every word of every sentence
            switch (tokens[k].Lower)
            {
                case "bis" or "by" or "until" or "till":
                    start = k;
                    return DateRole.By;
                case "seit" or "since":
                    start = k;
                    return DateRole.Since;
                case "of" when k > 0 && tokens[k - 1].Lower is "as":
                    start = k - 1;
                    return DateRole.AsOf;
                case "stand":
                    start = k;
                    return DateRole.AsOf;
                case "zum" or "ende" or "end" or "the" or "of" or "anfang" or "mitte" or "spätestens" or "zu" or "im" or "in" or "des" or "early" or "late":
                    continue;
            }
            break;
        }
        return DateRole.Stated;
    }

    private static DateMention? Read(IReadOnlyList<Token> tokens, int i, DateOnly published, DateRole role)
    {
        var t = tokens[i];
        if (!t.IsWord && !t.IsNumber) return null;
        var w = t.Lower;
        if (role == DateRole.Stated && Ago(tokens, i, published) is { } ago) return ago;

        // "By Sunday, IRNA put the number at four", "By Thursday evening it reported …": a sentence opening with a weekday gone
        // by that a count had reached gives the day it was given (not a deadline inside it, "must leave by Friday", nor the
        // German "bis Sonntag")
        // ("By late Thursday morning, the city's military administration had reported …")
        if (role == DateRole.By && DateWords.WeekdayOf(t) is not null
            && (i == 1 && tokens[0].Lower is "by" || i == 2 && tokens[0].Lower is "by" && tokens[1].Lower is "late" or "early" or "mid")
            && tokens.Skip(i + 1).Any(x => x.Lower is "said" or "reported" or "put" or "had" or "announced" or "told" or "counted" or "stood"))
            role = DateRole.Stated;
        if (role == DateRole.Stated && DateWords.WeekdayOf(t) is { } weekday)
        {
            var prev = i > 0 ? tokens[i - 1].Lower : "";
            var forward = prev is "kommenden" or "nächsten" or "next" or "coming";
            var d = published;
            // "am Dienstag vergangener Woche", "Dienstag der vergangenen Woche", "on Tuesday of last week": that day in the week before
            if (PreviousWeekAfter(tokens, i) is { } weekEnd)
            {
                var monday = published.AddDays(-7);
                while (monday.DayOfWeek != DayOfWeek.Monday) monday = monday.AddDays(-1);
                var offset = ((int)weekday + 6) % 7;
                return new DateMention(i, weekEnd, monday.AddDays(offset), "day", DateRole.Stated);
            }
            if (forward)
            {
                do d = d.AddDays(1); while (d.DayOfWeek != weekday);
            }
            else
            {
                // "last Sunday" in a Sunday paper is a week ago, not today
                if (IsLastWord(prev)) d = d.AddDays(-1);
                while (d.DayOfWeek != weekday) d = d.AddDays(-1);
            }
            return new DateMention(i, i, d, "day", DateRole.Stated);
        }

        if (role == DateRole.Stated)
        {
            switch (w)
            {
                case "gestern" or "yesterday":
                    return new DateMention(i, i, published.AddDays(-1), "day", DateRole.Stated);
                case "vorgestern":
                    return new DateMention(i, i, published.AddDays(-2), "day", DateRole.Stated);
                case "heute" or "today" or "tonight":
                    return new DateMention(i, i, published, "day", DateRole.Stated);
            }
            // "vergangene Woche", "letzte Woche", "last week": the Monday of the week before
            // ("Ende vergangener Woche", "late last week", "at the end of last week": the Friday of that week; "Mitte …": its
            // Wednesday)
            if ((IsLastWord(w) || w is "vergangener" or "letzter" or "voriger") && i + 1 < tokens.Count && tokens[i + 1].Lower is "woche" or "week")
            {
                var monday = published.AddDays(-7);
                while (monday.DayOfWeek != DayOfWeek.Monday) monday = monday.AddDays(-1);
                var part = i > 0 ? tokens[i - 1].Lower : "";
                var partAt = i - 1;
                if (part is "of" && i > 1)
                {
                    part = tokens[i - 2].Lower;
                    partAt = i - 2;
                }
                var offset = part switch
                {
                    "ende" or "end" or "late" => 4,
                    "mitte" or "middle" or "mid" => 2,
                    _ => -1,
                };
                return offset < 0
                    ? new DateMention(i, i + 1, monday, "week", DateRole.Stated)
                    : new DateMention(partAt, i + 1, monday.AddDays(offset), "week", DateRole.Stated);
            }
            // "last month", "vergangenen Monat", "im letzten Monat": the month before publication
            if (IsLastWord(w) && i + 1 < tokens.Count && tokens[i + 1].Lower is "monat" or "month")
            {
                var prior = published.AddMonths(-1);
                return new DateMention(i, i + 1, new DateOnly(prior.Year, prior.Month, 1), "month", DateRole.Stated);
            }
            // "im Frühjahr", "in the spring": the season's first month, the last one before publication
            if (w is "frühjahr" or "frühling" or "spring" && i > 0 && tokens[i - 1].Lower is "im" or "the" or "this" or "last" or "vergangenen")
            {
                var springYear = published.Month >= 3 && tokens[i - 1].Lower is not ("last" or "vergangenen") ? published.Year : published.Year - 1;
                return new DateMention(i - 1, i, new DateOnly(springYear, 3, 1), "month", DateRole.Stated);
            }
            // "kurz vor Weihnachten", "before Christmas": late December, the last one before publication
            if (w is "weihnachten" or "christmas" && i > 0 && tokens[i - 1].Lower is "vor" or "before" or "zu" or "an" or "at" or "nach" or "after")
            {
                var christmas = new DateOnly(published.Year, 12, 25) <= published ? published.Year : published.Year - 1;
                return new DateMention(i - 1, i, new DateOnly(christmas, 12, 1), "month", DateRole.Stated);
            }
            // "last year", "im vergangenen Jahr", "letztes Jahr": only the year is known
            if (IsLastWord(w) && i + 1 < tokens.Count && tokens[i + 1].Lower is "jahr" or "jahres" or "year")
            {
                return new DateMention(i, i + 1, new DateOnly(published.Year - 1, 1, 1), "year", DateRole.Stated);
            }
            if (w is "earlier" && i + 2 < tokens.Count && tokens[i + 1].Is("this") && tokens[i + 2].Is("month")
                || w is "anfang" && i + 2 < tokens.Count && tokens[i + 1].Is("des") && tokens[i + 2].Lower is "monats")
            {
                return new DateMention(i, i + 2, new DateOnly(published.Year, published.Month, 1), "month", DateRole.Stated);
            }
            // "Anfang des Jahres", "Anfang dieses Jahres", "early this year": the year's first month
            // (not "Anfang des Jahres 2024", which names its year)
            if ((w is "anfang" && i + 2 < tokens.Count && tokens[i + 1].Lower is "des" or "dieses" && tokens[i + 2].Lower is "jahres"
                    || w is "early" && i + 2 < tokens.Count && tokens[i + 1].Is("this") && tokens[i + 2].Is("year"))
                && !(i + 3 < tokens.Count && tokens[i + 3].IsNumber))
            {
                return new DateMention(i, i + 2, new DateOnly(published.Year, 1, 1), "month", DateRole.Stated);
            }
        }

        // "Ende des Jahres", "Jahresende", "end of the year", "year-end"
        if (role == DateRole.By && (w is "jahresende" or "year-end"
            || w is "ende" && i + 2 < tokens.Count && tokens[i + 1].Is("des") && tokens[i + 2].Lower is "jahres"
            || w is "end" && i + 3 < tokens.Count && tokens[i + 1].Is("of") && tokens[i + 3].Is("year")))
        {
            var last = w is "jahresende" or "year-end" ? i : w == "ende" ? i + 2 : i + 3;
            return new DateMention(i, last, new DateOnly(published.Year, 12, 1), "month", DateRole.By);
        }

        // "zwischen dem 8. und dem 13. Oktober": the first day borrows the month of the second
        if (t.IsNumber && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var from)
            && from is >= 1 and <= 31 && i + 4 < tokens.Count && tokens[i + 1].IsPunct('.') && tokens[i + 2].Lower is "und" or "bis")
        {
            var k = i + 3;
            if (tokens[k].Lower is "zum" or "dem") k++;
            if (k + 2 < tokens.Count && tokens[k].IsNumber && tokens[k + 1].IsPunct('.') && DateWords.MonthOf(tokens[k + 2]) is { } shared)
                return DayMention(i, i + 1, published, null, shared, from, role);
        }
        // "23.10.2024": the numeric German date of tickers and datelines
        if (t.IsNumber && NumericDate(t.Text) is { } numeric)
            return new DateMention(i, i, numeric, "day", role);

        // "18. Oktober [2024]", "am 18. Oktober"
        if (t.IsNumber && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day)
            && day is >= 1 and <= 31 && i + 2 < tokens.Count && tokens[i + 1].IsPunct('.') && DateWords.MonthOf(tokens[i + 2]) is { } mo)
        {
            var (year, last) = YearAfter(tokens, i + 2);
            return DayMention(i, last, published, year, mo, day, role);
        }
        // "18 October", "18 Oct"
        if (t.IsNumber && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day2)
            && day2 is >= 1 and <= 31 && i + 1 < tokens.Count && DateWords.MonthOf(tokens[i + 1]) is { } mo2)
        {
            var (year, last) = YearAfter(tokens, i + 1);
            return DayMention(i, last, published, year, mo2, day2, role);
        }

        // "Ende 2023", "Anfang 2024", "late 2023", "the end of 2023": the part of a year, to its month
        var yearAt = w is "end" && i + 2 < tokens.Count && tokens[i + 1].Is("of") ? i + 2 : i + 1;
        if (w is "ende" or "anfang" or "mitte" or "late" or "early" or "mid" or "end" && YearAfter(tokens, yearAt - 1) is ({ } partYear, var yearTok)
            && yearTok == yearAt)
        {
            var partMonth = w switch { "anfang" or "early" => 1, "mitte" or "mid" => 6, _ => 12 };
            return new DateMention(i, yearTok, new DateOnly(partYear, partMonth, 1), "month", role);
        }
        if (DateWords.MonthOf(t) is { } month && (t.IsCapitalized || w.Length > 3))
        {
            // "Oct. 18", "October 18, 2024"
            var k = i + 1;
            if (k < tokens.Count && tokens[k].IsPunct('.')) k++;
            if (k < tokens.Count && tokens[k].IsNumber && int.TryParse(tokens[k].Text, System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var d3) && d3 is >= 1 and <= 31)
            {
                var after = k;
                if (after + 1 < tokens.Count && tokens[after + 1].IsPunct(',')) after++;
                var (year, last) = YearAfter(tokens, after);
                return DayMention(i, last == after ? k : last, published, year, month, d3, role);
            }
            // a month alone or with its year: "im Oktober", "seit August 2023", "bis Dezember"
            if (DateWords.MonthOf(t) is not null && w is "may" or "mar" && !t.IsCapitalized) return null;
            var (y, lastTok) = YearAfter(tokens, i);
            if (y is null && RelativeYearAfter(tokens, i, published) is ({ } relYear, var relLast)) (y, lastTok) = (relYear, relLast);
            var prev = i > 0 ? tokens[i - 1].Lower : "";
            var part = prev switch
            {
                "anfang" or "early" => 1,
                "mitte" or "mid" => 15,
                "ende" or "late" => 28,
                _ => 1,
            };
            // "By June, the minister said, the count had reached 10,000": a past perfect makes the month one gone by,
            // and the time the figure was given
            if (role == DateRole.By && y is null && tokens.Any(x => x.Lower is "had" or "hatte" or "hatten"))
                role = DateRole.Stated;
            var yr = y ?? (role == DateRole.By
                ? (month >= published.Month ? published.Year : published.Year + 1)
                : (month <= published.Month ? published.Year : published.Year - 1));
            var first = prev is "anfang" or "early" or "mitte" or "mid" or "ende" or "late" ? i - 1 : i;
            return new DateMention(first, lastTok, new DateOnly(yr, month, part), "month", role);
        }
        // "mid-October"
        if (w.StartsWith("mid-", StringComparison.Ordinal) && DateWords.MonthOf(w[4..]) is { } midMonth)
        {
            var yr = midMonth <= published.Month ? published.Year : published.Year - 1;
            return new DateMention(i, i, new DateOnly(yr, midMonth, 15), "month", role);
        }
        return null;
    }

    /// <summary>
    /// "in February last year", "im März vergangenen Jahres", "im Mai des Vorjahres", "in June this year": the year a month
    /// names by its distance from publication.
    /// </summary>
    private static (int? Year, int Last) RelativeYearAfter(IReadOnlyList<Token> tokens, int month, DateOnly published)
    {
        var k = month + 1;
        if (k < tokens.Count && tokens[k].Lower is "des") k++;
        if (k >= tokens.Count) return (null, month);
        if (tokens[k].Lower is "vorjahres") return (published.Year - 1, k);
        if (k + 1 >= tokens.Count || tokens[k + 1].Lower is not ("year" or "jahres")) return (null, month);
        if (IsLastWord(tokens[k].Lower)) return (published.Year - 1, k + 1);
        return tokens[k].Lower is "this" or "dieses" ? (published.Year, k + 1) : (null, month);
    }

    /// <summary>"vergangene", "letzten", "voriges", "last": the word before a week, month or year gone by.</summary>
    private static bool IsLastWord(string w) =>
        w is "vergangene" or "vergangenen" or "vergangenes" or "letzte" or "letzten" or "letztes" or "vorige" or "vorigen" or "voriges" or "last";

    /// <summary>The last token of "vergangener Woche", "der vergangenen Woche", "of last week" right after a weekday.</summary>
    private static int? PreviousWeekAfter(IReadOnlyList<Token> tokens, int weekday)
    {
        var k = weekday + 1;
        if (k < tokens.Count && tokens[k].Lower is "der" or "of") k++;
        if (k + 1 < tokens.Count && tokens[k].Lower is "vergangener" or "vergangenen" or "letzter" or "letzten" or "voriger" or "vorigen" or "last"
            && tokens[k + 1].Lower is "woche" or "week")
            return k + 1;
        return null;
    }

    private static DateMention? DayMention(int first, int last, DateOnly published, int? year, int month, int day, DateRole role)
    {
        var y = year ?? published.Year;
        if (day > DateTime.DaysInMonth(y, month)) return null;
        var d = new DateOnly(y, month, day);
        if (year is null && role == DateRole.Stated && d > published) d = d.AddYears(-1);
        return new DateMention(first, last, d, "day", role);
    }

    private static DateOnly? NumericDate(string text)
    {
        if (text.AsSpan().Count('.') != 2) return null; // not three parts: spares the split of every number
        var parts = text.Split('.');
        if (parts.Length != 3 || parts[2].Length != 4 || parts[0].Length is < 1 or > 2 || parts[1].Length is < 1 or > 2) return null;
        return DateOnly.TryParseExact($"{parts[0].PadLeft(2, '0')}.{parts[1].PadLeft(2, '0')}.{parts[2]}", "dd.MM.yyyy",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
    }

    private static (int? Year, int Last) YearAfter(IReadOnlyList<Token> tokens, int i)
    {
        return i + 1 < tokens.Count && DateWords.YearOf(tokens[i + 1]) is { } y ? (y, i + 1) : (null, i);
    }
}
