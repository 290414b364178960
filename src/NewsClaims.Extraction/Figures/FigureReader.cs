using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Figures;

/// <summary>
/// Turns numbers into figures with precision: "rund 1500" approximate, "mehr als 13.000" at least,
/// "bis zu 12.000" at most, "zwischen 10.000 und 12.000" a range, "Tausende" vague.
/// </summary>
public static class FigureReader
{
    private static readonly (string[] Words, string Precision)[] Modifiers =
    [
        (["mehr", "als"], Precisions.AtLeast), (["more", "than"], Precisions.AtLeast), (["at", "least"], Precisions.AtLeast),
        (["no", "fewer", "than"], Precisions.AtLeast), (["upwards", "of"], Precisions.AtLeast), (["upward", "of"], Precisions.AtLeast), (["in", "excess", "of"], Precisions.AtLeast),
        (["über"], Precisions.AtLeast), (["surpassed"], Precisions.AtLeast), (["exceeded"], Precisions.AtLeast),
        (["topped"], Precisions.AtLeast), (["passed"], Precisions.AtLeast), (["mindestens"], Precisions.AtLeast), (["wenigstens"], Precisions.AtLeast),
        (["gut"], Precisions.AtLeast), (["over"], Precisions.AtLeast), (["weit", "über"], Precisions.AtLeast),
        (["bis", "zu"], Precisions.AtMost), (["up", "to"], Precisions.AtMost), (["as", "many", "as"], Precisions.AtMost), (["as", "high", "as"], Precisions.AtMost),
        (["weniger", "als"], Precisions.AtMost), (["fewer", "than"], Precisions.AtMost), (["less", "than"], Precisions.AtMost),
        (["no", "more", "than"], Precisions.AtMost), (["höchstens"], Precisions.AtMost), (["knapp"], Precisions.AtMost),
        (["fast"], Precisions.AtMost), (["beinahe"], Precisions.AtMost), (["nahezu"], Precisions.AtMost),
        (["nearly"], Precisions.AtMost), (["almost"], Precisions.AtMost), (["under"], Precisions.AtMost),
        (["rund"], Precisions.Approximate), (["etwa"], Precisions.Approximate), (["ca"], Precisions.Approximate),
        (["circa"], Precisions.Approximate), (["zirka"], Precisions.Approximate), (["ungefähr"], Precisions.Approximate),
        (["schätzungsweise"], Precisions.Approximate), (["geschätzt"], Precisions.Approximate),
        (["geschätzte"], Precisions.Approximate), (["geschätzten"], Precisions.Approximate), (["annähernd"], Precisions.Approximate),
        (["about"], Precisions.Approximate), (["around"], Precisions.Approximate), (["approximately"], Precisions.Approximate),
        (["roughly"], Precisions.Approximate), (["some"], Precisions.Approximate), (["estimated"], Precisions.Approximate),
        (["an", "estimated"], Precisions.Approximate), (["approx"], Precisions.Approximate), (["an", "die"], Precisions.Approximate),
    ];

    /// <summary>The last word of every modifier: a number after any other word needs no walk through the modifiers.</summary>
    private static readonly HashSet<string> ModifierEnds = new(Modifiers.Select(m => m.Words[^1]), StringComparer.Ordinal);

    /// <summary>Words that may stand between a modifier and its number: "rund 12.000" = "insgesamt rund 12.000".</summary>
    private static readonly WordSet Fillers =
    [
        "insgesamt", "bereits", "schon", "nun", "jetzt", "inzwischen", "mittlerweile", "derzeit", "already", "now",
        "a", "total", "of", "another", "further", "weitere", "weiteren", "zusätzlich", "zusätzliche",
    ];

    /// <summary>"Hunderte", "thousands", "Dutzende": the low end of a vague count; a switch, as every word of a sentence asks.</summary>
    private static decimal? VagueLow(string lower) => lower switch
    {
        "hunderte" or "hunderten" or "hundreds" => 200m,
        "tausende" or "tausenden" or "thousands" => 2000m,
        "zehntausende" or "zehntausenden" => 20000m,
        "hunderttausende" or "hunderttausenden" => 200000m,
        "dutzende" or "dutzenden" or "dozens" => 24m,
        _ => null,
    };

    /// <summary>
    /// "One member of the rescue team was killed", "Ein Soldat wurde verletzt": "one" before a person who was killed,
    /// wounded or captured counts them, where elsewhere it is an article ("one of the largest", "ein Bericht").
    /// </summary>
    private static bool OnePersonHurt(IReadOnlyList<Token> tokens, NumberMention num)
    {
        var next = num.Last + 1;
        // "einen Toten", "one dead": one of the dead or wounded, named as such
        if (next < tokens.Count && (tokens[next].IsCapitalized || tokens[num.First].Lower == "one")
            && Units.NounUnit(tokens[next]) is Units.Killed or Units.Wounded) return true;
        // ("One member of the rescue team was killed", "One sailor suffered minor injuries": a single person named by role)
        if (next >= tokens.Count || !IsPerson(tokens[next])) return false;
        for (var k = next + 1; k < tokens.Count && k <= next + 10; k++)
        {
            if (tokens[k].IsPunct('.') || tokens[k].IsPunct(',') || tokens[k].IsPunct(';')) return false;
            if (Units.ParticipleUnit(tokens[k]) is Units.Killed or Units.Wounded or Units.Captured || tokens[k].Lower is "injuries" or "verletzungen")
                return true;
        }
        return false;
    }

    private static bool IsPerson(Token t) =>
        Units.IsServing(Units.NounUnit(t)) || Units.NounUnit(t) is Units.People or "civilians" or "fighters"
        || t.Lower is "member" or "sailor" or "officer" or "person" or "man" or "woman" or "child" or "civilian" or "mitglied" or "mann"
            or "frau" or "kind" or "zivilist";

    public static List<FigureMention> Read(IReadOnlyList<Token> tokens, string language)
    {
        var numbers = NumberScanner.Scan(tokens, language);
        var figures = new List<FigureMention>();
        var usedUpTo = -1; // a range's second number is read with its first
        for (var n = 0; n < numbers.Count; n++)
        {
            var num = numbers[n];
            if (num.IsArticleWord && !OnePersonHurt(tokens, num) || n <= usedUpTo) continue;

            // ranges: "zwischen 10.000 und 12.000", "11.000 bis 12.000", "between 10,000 and 12,000", "10,000-12,000"
            if (n + 1 < numbers.Count && RangeLink(tokens, num, numbers[n + 1]) is { } hasBetween)
            {
                var next = numbers[n + 1];
                var (low, high) = SharedScale(tokens, num, next);
                if (low < high)
                {
                    var first = hasBetween ? num.First - 1 : ModifierStart(tokens, num.First, out _);
                    figures.Add(new FigureMention(first, next.Last, null, low, high, Precisions.Range) { NumberEnd = next.Last + 1 });
                    usedUpTo = n + 1;
                    continue;
                }
            }

            var start = ModifierStart(tokens, num.First, out var precision);
            // "die Marke von 3000 überschritten": the verb after the number makes it a floor
            if (precision == Precisions.Exact && num.Last + 1 < tokens.Count && tokens[num.Last + 1].Lower is "überschritten" or "übertroffen" or "überstiegen")
                precision = Precisions.AtLeast;
            var v = num.Value;
            figures.Add(precision switch
            {
                Precisions.AtLeast => new FigureMention(start, num.Last, v, v, null, precision),
                Precisions.AtMost => new FigureMention(start, num.Last, v, null, v, precision),
                _ => new FigureMention(start, num.Last, v, v, v, precision),
            } with { NumberEnd = num.Last + 1 });
        }

        // "mehreren Hundert", "several thousand": the vague reading replaces the bare scale word read as a number
        var vague = ReadVague(tokens);
        // "hundreds of thousands" is one figure, not also "thousands"
        if (vague.Count > 0)
        {
            vague.RemoveAll(v => vague.Any(w => w != v && w.First <= v.First && v.Last <= w.Last && w.Last - w.First > v.Last - v.First));
            figures.RemoveAll(f => vague.Any(v => v.First <= f.Last && f.First <= v.Last));
            figures.AddRange(vague);
        }
        figures.Sort((a, b) => a.First.CompareTo(b.First));
        return figures;
    }

    private static List<FigureMention> ReadVague(IReadOnlyList<Token> tokens)
    {
        // (a list filled in one pass: the iterator this was made an object and a copy for every sentence)
        var found = new List<FigureMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            if (VagueLow(t.Lower) is { } low)
            {
                // "tens of thousands", "hundreds of thousands"
                var last = i;
                var value = low;
                if (t.Lower is "hundreds" or "tens" && i + 2 < tokens.Count && tokens[i + 1].Is("of") && tokens[i + 2].Is("thousands"))
                {
                    value = t.Lower == "tens" ? 20000m : 200000m;
                    last = i + 2;
                }
                found.Add(new FigureMention(i, last, null, value, null, Precisions.Vague) { NumberEnd = last + 1 });
            }
            if (t.Is("tens") && i + 2 < tokens.Count && tokens[i + 1].Is("of") && tokens[i + 2].Is("thousands"))
            {
                found.Add(new FigureMention(i, i + 2, null, 20000m, null, Precisions.Vague) { NumberEnd = i + 3 });
                i += 2;
            }
            // "mehrere Tausend", "several thousand", "einige hundert", "a few thousand"
            if (t.Lower is "mehrere" or "mehreren" or "einige" or "einigen" or "several" or "few" && i + 1 < tokens.Count)
            {
                var scale = tokens[i + 1].Lower;
                decimal? vague = scale switch
                {
                    "hundert" or "hundred" => 200m,
                    "tausend" or "thousand" => 2000m,
                    _ => null,
                };
                if (vague is { } lowV)
                {
                    found.Add(new FigureMention(i, i + 1, null, lowV, null, Precisions.Vague) { NumberEnd = i + 2 });
                    i++;
                }
            }
        }
        return found;
    }

    /// <summary>null when the two numbers are not a range; true when "zwischen/between" opened it.</summary>
    private static bool? RangeLink(IReadOnlyList<Token> tokens, NumberMention a, NumberMention b)
    {
        var gap = b.First - a.Last - 1;
        // "bis 2035 bis zu 50.000 Freiwillige", "between 2019 and 2025, the number …": a year opens no range of counts
        if (YearLike(tokens, a) && (a.First > 0 && tokens[a.First - 1].Lower is "bis" or "seit" or "ab" or "im" or "by" or "until" or "since" or "in"
                || YearLike(tokens, b) && (b.Last + 1 >= tokens.Count || !tokens[b.Last + 1].IsWord)))
            return null;
        var between = a.First > 0 && tokens[a.First - 1].Lower is "zwischen" or "between";
        if (between && gap == 1 && tokens[a.Last + 1].Lower is "und" or "and") return true;
        if (gap == 1 && tokens[a.Last + 1].Lower is "bis" or "to" or "-" or "–") return false;
        if (gap == 2 && tokens[a.Last + 1].Is("bis") && tokens[a.Last + 2].Is("zu")) return false;
        return null;
    }

    private static bool YearLike(IReadOnlyList<Token> tokens, NumberMention n) => n.First == n.Last && Dates.DateWords.YearOf(tokens[n.First]) is not null;

    /// <summary>"1,5 bis 2 Millionen": the scale written once applies to both ends.</summary>
    private static (decimal Low, decimal High) SharedScale(IReadOnlyList<Token> tokens, NumberMention a, NumberMention b)
    {
        var low = a.Value;
        if (a.First == a.Last && b.Last > b.First && b.Value > low)
        {
            var scale = NumberWords.ScaleOf(tokens[b.Last], tokens[b.Last].Glued);
            if (scale is { } s && low * s <= b.Value) low *= s;
        }
        return (low, b.Value);
    }

    private static int ModifierStart(IReadOnlyList<Token> tokens, int first, out string precision)
    {
        precision = Precisions.Exact;
        // skip fillers between modifier and number ("rund" + "insgesamt"? rarely; "bereits" + number)
        var k = first - 1;
        while (k >= 0 && k >= first - 2 && tokens[k].IsWord && Fillers.Contains(tokens[k])) k--;
        for (var pass = 0; pass < 2; pass++)
        {
            var candidateEnd = pass == 0 ? first : k + 1;
            var mayEndModifier = candidateEnd > 0 && tokens[candidateEnd - 1].IsWord && ModifierEnds.Contains(tokens[candidateEnd - 1].Lower);
            foreach (var (words, p) in mayEndModifier ? Modifiers : [])
            {
                var s = candidateEnd - words.Length;
                if (s < 0) continue;
                var match = true;
                for (var w = 0; w < words.Length && match; w++)
                {
                    var tok = tokens[s + w];
                    match = tok.IsWord && tok.Is(words[w]);
                }
                if (!match) continue;
                // "handed over 1,212 bodies", "took over 30 villages": "over" is the verb's particle, not "more than"
                if (words is ["over"] && s > 0 && tokens[s - 1].Lower is "handed" or "hand" or "hands" or "handing" or "turned" or "turn"
                        or "took" or "taken" or "take" or "taking" or "gave" or "given" or "give" or "passed" or "sent" or "brought")
                    continue;
                // "verfügt (die Miliz) über 8000 Kämpfer": "über" is what "verfügen" takes, not "more than"
                if (words is ["über"] && VerfuegtBefore(tokens, s)) continue;
                // "ca." keeps its full stop between word and number
                precision = p;
                return s;
            }
            // "ca. 1500": the abbreviation's full stop stands between
            if (candidateEnd >= 2 && tokens[candidateEnd - 1].IsPunct('.') && tokens[candidateEnd - 2].Lower is "ca" or "approx")
            {
                precision = Precisions.Approximate;
                return candidateEnd - 2;
            }
        }
        return first;
    }

    private static bool VerfuegtBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 5; k--)
        {
            if (tokens[k].Lower.StartsWith("verfüg", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
