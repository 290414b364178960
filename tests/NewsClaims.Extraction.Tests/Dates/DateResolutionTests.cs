using System.Globalization;
using NewsClaims.Extraction.Dates;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Tests.Dates;

/// <summary>Dates resolved against the publication date (2024-10-23 is a Wednesday).</summary>
public sealed class DateResolutionTests
{
    private static readonly DateOnly Published = new(2024, 10, 23);

    [Theory]
    [InlineData("am Freitag", "2024-10-18", "day", DateRole.Stated)]
    [InlineData("on Friday", "2024-10-18", "day", DateRole.Stated)]
    [InlineData("am Montagabend", "2024-10-21", "day", DateRole.Stated)]
    [InlineData("am Mittwoch", "2024-10-23", "day", DateRole.Stated)]
    [InlineData("gestern", "2024-10-22", "day", DateRole.Stated)]
    [InlineData("yesterday", "2024-10-22", "day", DateRole.Stated)]
    [InlineData("vergangene Woche", "2024-10-14", "week", DateRole.Stated)]
    [InlineData("last week", "2024-10-14", "week", DateRole.Stated)]
    [InlineData("am 18. Oktober", "2024-10-18", "day", DateRole.Stated)]
    [InlineData("on Oct. 18", "2024-10-18", "day", DateRole.Stated)]
    [InlineData("am 30. Dezember", "2023-12-30", "day", DateRole.Stated)]
    [InlineData("Mitte Oktober", "2024-10-15", "month", DateRole.Stated)]
    [InlineData("earlier this month", "2024-10-01", "month", DateRole.Stated)]
    [InlineData("bis Dezember", "2024-12-01", "month", DateRole.By)]
    [InlineData("by the end of the year", "2024-12-01", "month", DateRole.By)]
    [InlineData("seit August 2023", "2023-08-01", "month", DateRole.Since)]
    [InlineData("as of Oct. 15", "2024-10-15", "day", DateRole.AsOf)]
    [InlineData("last year", "2023-01-01", "year", DateRole.Stated)]
    [InlineData("im vergangenen Jahr", "2023-01-01", "year", DateRole.Stated)]
    // a month with its year named by its distance from publication (published 2024-10-23)
    [InlineData("in February last year", "2023-02-01", "month", DateRole.Stated)]
    [InlineData("im März vergangenen Jahres", "2023-03-01", "month", DateRole.Stated)]
    [InlineData("im Mai des Vorjahres", "2023-05-01", "month", DateRole.Stated)]
    [InlineData("im Juni dieses Jahres", "2024-06-01", "month", DateRole.Stated)]
    // a weekday a count had reached by the time it was given is the day it was given (published on a Wednesday)
    [InlineData("By Sunday, the agency put the number of dead at four", "2024-10-20", "day", DateRole.Stated)]
    [InlineData("Ende 2023", "2023-12-01", "month", DateRole.Stated)]
    [InlineData("Anfang 2024", "2024-01-01", "month", DateRole.Stated)]
    [InlineData("at the end of 2022", "2022-12-01", "month", DateRole.Stated)]
    public void Resolves_against_the_publication_date(string text, string expected, string precision, DateRole role)
    {
        var found = DateFinder.Find(Tokenizer.Tokenize(text), Published);

        var d = Assert.Single(found);
        Assert.Equal(expected, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(precision, d.Precision);
        Assert.Equal(role, d.Role);
    }

    [Fact]
    public void A_deadline_weekday_inside_a_sentence_is_no_day_a_statement_was_made()
    {
        var found = DateFinder.Find(Tokenizer.Tokenize("Residents must leave by Friday, the governor said."), Published);

        Assert.DoesNotContain(found, d => d.Role == DateRole.Stated);
    }

    [Fact]
    public void A_target_month_is_written_as_a_month() =>
        Assert.Equal("2024-12", DateFinder.Find(Tokenizer.Tokenize("bis Dezember"), Published).Single().Iso);
}
