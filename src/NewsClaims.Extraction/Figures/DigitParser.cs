using System.Globalization;

namespace NewsClaims.Extraction.Figures;

/// <summary>
/// Reads a digit group the way the language writes it: "12.000" is twelve thousand in German and
/// "1,500" fifteen hundred in English; the other mark is the decimal separator.
/// </summary>
public static class DigitParser
{
    public static decimal? Parse(string raw, string language)
    {
        // plain digits ("1500", "12") have no separators to weigh: the common case skips the copying below
        if (IsAllDigits(raw)) return ParseInvariant(raw);
        var s = new string(raw.Where(c => !Text.Tokenizer.IsGroupSpace(c)).ToArray());
        var spaced = s.Length != raw.Length;
        var (group, dec) = language == "de" ? ('.', ',') : (',', '.');
        var groups = s.Count(c => c == group);
        var decimals = s.Count(c => c == dec);
        if (decimals > 1) return null;

        if (groups > 0)
        {
            var intPart = decimals == 1 ? s[..s.IndexOf(dec, StringComparison.Ordinal)] : s;
            var parts = intPart.Split(group);
            var grouped = parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
            if (!grouped)
            {
                // "1.5" in German copy or "1,5" in English copy: one foreign mark reads as a decimal.
                if (groups == 1 && decimals == 0 && !spaced) return ParseInvariant(s.Replace(group, '.'));
                return null;
            }
            s = s.Replace(group.ToString(), "", StringComparison.Ordinal);
        }
        else if (spaced && decimals == 0 && s.Length < 4)
        {
            return null;
        }

        return ParseInvariant(s.Replace(dec, '.'));
    }

    private static bool IsAllDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return s.Length > 0;
    }

    private static decimal? ParseInvariant(string s) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
