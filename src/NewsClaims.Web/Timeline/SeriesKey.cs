using System.Globalization;
using System.Text;

namespace NewsClaims.Web.Timeline;

/// <summary>A series: whose people or things (actor), what is counted (unit), where (location).</summary>
public sealed record SeriesKey(string Actor, string Unit, string? Location)
{
    public string Title => string.Join(" · ", new[] { Actor, Unit, Location }.Where(s => s is not null));

    /// <summary>The key in URLs: "north-korea~soldiers~russia".</summary>
    public string Slug => string.Join("~", new[] { Slugify(Actor), Slugify(Unit), Location is null ? "" : Slugify(Location) }).TrimEnd('~');

    public static string Slugify(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormKD).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}

/// <summary>One series in the list: how many claims and sources, and the span of dates.</summary>
public sealed record SeriesSummary(SeriesKey Key, int Claims, int Sources, DateOnly First, DateOnly Last);
