using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Tests.Figures;

/// <summary>Figures as the languages write them; each row: language, text, value, low, high, precision.</summary>
public sealed class FigureParsingTests
{
    public static TheoryData<string, string, double?, double?, double?, string> Cases => new()
    {
        { "de", "3000 Soldaten", 3000, 3000, 3000, "exact" },
        { "de", "12.000 Soldaten", 12000, 12000, 12000, "exact" },
        { "de", "rund 1500 Soldaten", 1500, 1500, 1500, "approximate" },
        { "de", "ca. 1500 Soldaten", 1500, 1500, 1500, "approximate" },
        { "de", "mehr als 13.000 Container", 13000, 13000, null, "at-least" },
        { "de", "mindestens 600 Tote", 600, 600, null, "at-least" },
        { "de", "bis zu 12.000 Soldaten", 12000, null, 12000, "at-most" },
        { "de", "knapp 3000 Soldaten", 3000, null, 3000, "at-most" },
        { "de", "zwischen 10.000 und 12.000 Soldaten", null, 10000, 12000, "range" },
        { "de", "11.000 bis 12.000 Soldaten", null, 11000, 12000, "range" },
        { "de", "1,5 Millionen Granaten", 1500000, 1500000, 1500000, "exact" },
        { "de", "1,5 bis 2 Millionen Granaten", null, 1500000, 2000000, "range" },
        { "de", "10 000 Soldaten", 10000, 10000, 10000, "exact" },
        { "de", "10\u00A0000 Soldaten", 10000, 10000, 10000, "exact" },
        { "de", "10\u202F000 Soldaten", 10000, 10000, 10000, "exact" },
        { "de", "dreitausend Soldaten", 3000, 3000, 3000, "exact" },
        { "de", "zwölftausend Soldaten", 12000, 12000, 12000, "exact" },
        { "de", "Tausende Soldaten", null, 2000, null, "vague" },
        { "de", "Hunderte Soldaten", null, 200, null, "vague" },
        { "de", "Zehntausende Soldaten", null, 20000, null, "vague" },
        { "de", "mehrere Hundert Soldaten", null, 200, null, "vague" },
        { "en", "1,500 soldiers", 1500, 1500, 1500, "exact" },
        { "en", "about 1,500 soldiers", 1500, 1500, 1500, "approximate" },
        { "en", "some 3,000 troops", 3000, 3000, 3000, "approximate" },
        { "en", "more than 13,000 containers", 13000, 13000, null, "at-least" },
        { "en", "at least 3,000 soldiers", 3000, 3000, null, "at-least" },
        { "en", "up to 12,000 troops", 12000, null, 12000, "at-most" },
        { "en", "as many as 12,000 troops", 12000, null, 12000, "at-most" },
        { "en", "nearly 3,000 troops", 3000, null, 3000, "at-most" },
        { "en", "between 10,000 and 12,000 troops", null, 10000, 12000, "range" },
        { "en", "1.5 million shells", 1500000, 1500000, 1500000, "exact" },
        { "en", "12k troops", 12000, 12000, 12000, "exact" },
        { "en", "three thousand soldiers", 3000, 3000, 3000, "exact" },
        { "en", "two hundred and fifty soldiers", 250, 250, 250, "exact" },
        { "en", "thousands of soldiers", null, 2000, null, "vague" },
        { "en", "hundreds of soldiers", null, 200, null, "vague" },
        { "en", "tens of thousands of soldiers", null, 20000, null, "vague" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_figure_with_its_bounds(string language, string text, double? value, double? low, double? high, string precision)
    {
        var figures = FigureReader.Read(Tokenizer.Tokenize(text), language);

        var f = Assert.Single(figures);
        Assert.Equal(precision, f.Precision);
        Assert.Equal((decimal?)value, f.Value);
        Assert.Equal((decimal?)low, f.Low);
        Assert.Equal((decimal?)high, f.High);
    }

    [Theory]
    [InlineData("de", "12.000", 12000)]
    [InlineData("de", "1.500", 1500)]
    [InlineData("de", "2,5", 2.5)]
    [InlineData("en", "12,000", 12000)]
    [InlineData("en", "1,674,200", 1674200)]
    [InlineData("en", "2.5", 2.5)]
    public void Reads_the_languages_separators(string language, string digits, double expected) =>
        Assert.Equal((decimal)expected, DigitParser.Parse(digits, language));

    [Theory]
    [InlineData("de", "23.10.2024")]
    [InlineData("en", "1,2,3")]
    public void Rejects_digit_groups_that_are_no_number(string language, string digits) =>
        Assert.Null(DigitParser.Parse(digits, language));
}
