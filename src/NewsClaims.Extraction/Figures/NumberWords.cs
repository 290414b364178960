using NewsClaims.Extraction.Text;
namespace NewsClaims.Extraction.Figures;

/// <summary>Number words: German compounds ("zwölftausend", "dreieinhalb") and English sequences' parts.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> GermanSmall = new(StringComparer.Ordinal)
    {
        ["null"] = 0, ["eins"] = 1, ["ein"] = 1, ["eine"] = 1, ["zwei"] = 2, ["zwo"] = 2, ["drei"] = 3,
        ["vier"] = 4, ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10,
        ["elf"] = 11, ["zwölf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14, ["fünfzehn"] = 15,
        ["sechzehn"] = 16, ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19,
    };

    private static readonly Dictionary<string, int> GermanTens = new(StringComparer.Ordinal)
    {
        ["zwanzig"] = 20, ["dreißig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50, ["sechzig"] = 60,
        ["siebzig"] = 70, ["achtzig"] = 80, ["neunzig"] = 90,
    };

    private static readonly Dictionary<string, int> EnglishSmall = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> EnglishSmallLookup = EnglishSmall.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Multipliers written as their own word: "1,5 Millionen", "12 thousand", "2 Mrd.".</summary>
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["hundert"] = 100m, ["hundred"] = 100m,
        ["tausend"] = 1_000m, ["thousand"] = 1_000m, ["k"] = 1_000m,
        ["million"] = 1_000_000m, ["millionen"] = 1_000_000m, ["mio"] = 1_000_000m, ["mn"] = 1_000_000m,
        ["m"] = 1_000_000m, ["mil"] = 1_000_000m,
        ["milliarde"] = 1_000_000_000m, ["milliarden"] = 1_000_000_000m, ["mrd"] = 1_000_000_000m,
        ["billion"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["bln"] = 1_000_000_000m, ["tln"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m, ["billionen"] = 1_000_000_000_000m,
    };

    /// <summary>Scales that only count when glued to the digits ("12k", "2mil", "1.2b").</summary>
    // (asked by its strings only, so a plain set: a WordSet would take one of the 64 bits for nothing)
    private static readonly HashSet<string> GluedOnly = new(StringComparer.Ordinal) { "k", "m", "mil", "b" };

    public static decimal? ScaleOf(string lower, bool glued)
    {
        if (!Scales.TryGetValue(lower, out var scale)) return null;
        return GluedOnly.Contains(lower) && !glued ? null : scale;
    }

    public static int? EnglishSmallOf(string lower) => EnglishSmall.TryGetValue(lower, out var v) ? v : null;

    // every word of a sentence is asked whether it is a scale or a small number: a token answers most of them with a bit
    private static readonly WordSet ScaleWords = WordSet.Create([.. Scales.Keys]);
    private static readonly WordSet EnglishSmallWords = WordSet.Create([.. EnglishSmall.Keys]);

    public static decimal? ScaleOf(Token t, bool glued) => ScaleWords.Contains(t) ? ScaleOf(t.Lower, glued) : null;

    public static int? EnglishSmallOf(Token t) => EnglishSmallWords.Contains(t) ? EnglishSmall[t.Lower] : null;

    /// <summary>"twenty-one" → 21, as <see cref="EnglishCompound(string)"/>.</summary>
    public static int? EnglishCompound(Token t) => t.Lower.Contains('-', StringComparison.Ordinal) ? EnglishCompound(t.Lower) : EnglishSmallOf(t);

    /// <summary>"twenty-one" → 21.</summary>
    public static int? EnglishCompound(string lower)
    {
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return EnglishSmallOf(lower);
        // looked up by span: no two strings cut from every hyphenated word
        var tens = EnglishSmallLookup.TryGetValue(lower.AsSpan(0, dash), out var t) ? t : (int?)null;
        var ones = EnglishSmallLookup.TryGetValue(lower.AsSpan(dash + 1), out var o) ? o : (int?)null;
        return tens is >= 20 and <= 90 && tens % 10 == 0 && ones is >= 1 and <= 9 ? tens + ones : null;
    }

    /// <summary>A German number written as one word: "dreitausend" 3000, "einhundertdrei" 103, "dreieinhalb" 3.5.</summary>
    public static decimal? German(string lower)
    {
        // the folding below changes the first two letters only where "ue", "oe" or "ss" stands at the start or after the first
        // letter: then the folded word is the one to ask
        if (!MayStartNumber(lower) && !FoldsAtStart(lower)) return null;
        var w = lower.Replace("ue", "ü", StringComparison.Ordinal).Replace("oe", "ö", StringComparison.Ordinal)
            .Replace("ss", "ß", StringComparison.Ordinal);
        if (w.Length == 0 || !MayStartNumber(w)) return null;
        if (w == "anderthalb") return 1.5m;
        if (w.EndsWith("einhalb", StringComparison.Ordinal))
        {
            var whole = Below1000(w[..^"einhalb".Length]);
            return whole is null ? null : whole + 0.5m;
        }
        return BelowMillion(w);
    }

    /// <summary>
    /// Every German number word the parsing below accepts starts like one of its parts: a small number, a ten,
    /// "hundert", "tausend" or "anderthalb". Other words are turned away before they are cut up, as every word of a
    /// German sentence is asked. (A new way of parsing that lets a word start otherwise adds its start here.)
    /// </summary>
    private static readonly HashSet<string> NumberStarts =
        [.. GermanSmall.Keys.Concat(GermanTens.Keys).Append("hundert").Append("tausend").Append("anderthalb").Select(k => k[..2])];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberStartLookup = NumberStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool MayStartNumber(string w) => w.Length >= 2 && NumberStartLookup.Contains(w.AsSpan(0, 2));

    private static bool FoldsAtStart(string lower) =>
        lower.Length >= 3 && (lower.AsSpan(1, 2) is "ue" or "oe" or "ss" || lower.AsSpan(0, 2) is "ue" or "oe" or "ss");

    private static decimal? BelowMillion(string w)
    {
        var at = w.IndexOf("tausend", StringComparison.Ordinal);
        if (at < 0) return Below1000(w);
        var left = at == 0 ? 1 : Below1000(w[..at]);
        var rest = w[(at + "tausend".Length)..];
        if (rest.StartsWith("und", StringComparison.Ordinal) && rest.Length > 3 && Below1000(rest[3..]) is { } r0)
            return left is null ? null : left * 1000 + r0;
        var right = rest.Length == 0 ? 0 : Below1000(rest);
        return left is null || right is null ? null : left * 1000 + right;
    }

    private static int? Below1000(string w)
    {
        if (w.Length == 0) return null;
        var at = w.IndexOf("hundert", StringComparison.Ordinal);
        if (at < 0) return Below100(w);
        var left = at == 0 ? 1 : Below100(w[..at]);
        var rest = w[(at + "hundert".Length)..];
        if (rest.StartsWith("und", StringComparison.Ordinal) && rest.Length > 3) rest = rest[3..];
        var right = rest.Length == 0 ? 0 : Below100(rest);
        return left is null or > 9 || right is null ? null : left * 100 + right;
    }

    private static int? Below100(string w)
    {
        if (GermanSmall.TryGetValue(w, out var small)) return small;
        if (GermanTens.TryGetValue(w, out var tens)) return tens;
        var und = w.IndexOf("und", StringComparison.Ordinal);
        if (und <= 0) return null;
        var ones = w[..und];
        if (ones == "ein") ones = "eins";
        return GermanSmall.TryGetValue(ones, out var o) && o is >= 1 and <= 9
            && GermanTens.TryGetValue(w[(und + 3)..], out var t) ? t + o : null;
    }
}
