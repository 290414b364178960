using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Figures;

/// <summary>
/// Finds every number in a run of tokens: digits with the language's separators, scale words
/// ("1,5 Millionen", "12k"), German number words ("zwölftausend") and English word sequences
/// ("two hundred and fifty thousand"). Linear in the number of tokens.
/// </summary>
public static class NumberScanner
{
    private static readonly WordSet GermanArticles =
    [
        "ein", "eine", "einer", "einen", "einem", "eines",
    ];

    public static List<NumberMention> Scan(IReadOnlyList<Token> tokens, string language)
    {
        var found = new List<NumberMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var mention = language == "de" ? ReadGerman(tokens, i) : ReadEnglish(tokens, i);
            if (mention is null)
            {
                i++;
                continue;
            }
            found.Add(mention);
            i = mention.Last + 1;
        }
        return found;
    }

    private static NumberMention? ReadGerman(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.IsWord && t.Lower is "eine" or "einer" && i + 2 < tokens.Count && tokens[i + 1].Lower is "halbe" or "halben"
                 && NumberWords.ScaleOf(tokens[i + 2], tokens[i + 2].Glued) is >= 1_000_000 and var half)
        {
            // "eine halbe Million": half of the scale
            return new NumberMention(i, i + 2, half / 2) { IsDigits = false };
        }
        if (t.IsWord && t.Lower is "eine" or "einer" && i + 1 < tokens.Count && tokens[i + 1].Lower is "viertelmillion" or "viertelmillionen")
        {
            return new NumberMention(i, i + 1, 250_000) { IsDigits = false };
        }
        decimal value;
        bool digits;
        if (t.IsNumber)
        {
            if (DigitParser.Parse(t.Text, "de") is not { } v) return null;
            value = v;
            digits = true;
        }
        else if (t.IsWord && NumberWords.German(t.Lower) is { } w)
        {
            value = w;
            digits = false;
        }
        else if (t.IsWord && GermanArticles.Contains(t) && i + 1 < tokens.Count && tokens[i + 1].IsWord
                 && NumberWords.ScaleOf(tokens[i + 1], tokens[i + 1].Glued) is >= 1_000_000)
        {
            // "bis zu einer Million", "mit einer Milliarde": the article counts one of the scale
            value = 1;
            digits = false;
        }
        else if (t.IsWord && t.Lower is "ein" or "eine" or "einen" or "einem" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
                 && Units.NounUnit(tokens[i + 1]) is Units.Killed or Units.Wounded)
        {
            // "meldete einen Toten und 19 Verletzte": the article counts one of the dead or wounded (not the genitive "der Zustand
            // eines Verletzten")
            value = 1;
            digits = false;
        }
        else
        {
            return null;
        }

        var last = i;
        // "1,5 Millionen", "drei Millionen dreihunderttausend", "2 Mio."
        while (last + 1 < tokens.Count && tokens[last + 1].IsWord
               && NumberWords.ScaleOf(tokens[last + 1], tokens[last + 1].Glued) is { } scale && scale >= 1000)
        {
            value *= scale;
            last++;
            if (last + 1 < tokens.Count && tokens[last + 1].IsPunct('.') && tokens[last].Lower is "mio" or "mrd") last++;
            if (last + 1 < tokens.Count && tokens[last + 1].IsWord && NumberWords.German(tokens[last + 1].Lower) is { } tail
                && tail < scale && !GermanArticles.Contains(tokens[last + 1]))
            {
                value += tail;
                last++;
            }
        }

        var isArticle = !digits && last == i && GermanArticles.Contains(t);
        return new NumberMention(i, last, value) { IsArticleWord = isArticle, IsDigits = digits };
    }

    private static NumberMention? ReadEnglish(IReadOnlyList<Token> tokens, int i)
    {
        decimal total = 0, current = 0;
        var last = -1;
        var digits = false;
        var lastWasSmall = false;
        var lastSmall = 0m;
        var fraction = false;
        for (var k = i; k < tokens.Count; k++)
        {
            var t = tokens[k];
            // digits open a number, or continue one after a scale word: "4 thousand 3 hundred and 21"
            // ("six million 152mm shells", "6 million 155-mm rounds": a calibre glued to its unit starts no continuation)
            if (t.IsNumber && (k == i || last >= 0 && !lastWasSmall && !(k + 1 < tokens.Count && tokens[k + 1].Glued && !tokens[k + 1].IsPunct('.')
                                                                          && !tokens[k + 1].IsPunct(','))))
            {
                if (DigitParser.Parse(t.Text, "en") is not { } v)
                {
                    if (k == i) return null;
                    break;
                }
                current += v;
                digits = true;
                lastWasSmall = true;
                lastSmall = v;
                last = k;
                continue;
            }
            // "half a million", "a quarter of a million": a fraction of the scale
            if (k == i && t.Lower is "half" && k + 2 < tokens.Count && tokens[k + 1].Lower is "a"
                && NumberWords.ScaleOf(tokens[k + 2], false) is >= 1000)
            {
                current = 0.5m;
                fraction = true;
                k++;
                continue;
            }
            if (k == i && t.Lower is "a" && k + 4 < tokens.Count && tokens[k + 1].Lower is "quarter" && tokens[k + 2].Lower is "of"
                && tokens[k + 3].Lower is "a" && NumberWords.ScaleOf(tokens[k + 4], false) is >= 1000)
            {
                current = 0.25m;
                fraction = true;
                k += 3;
                continue;
            }
            if (k == i && t.Lower is "a" or "an")
            {
                if (k + 1 < tokens.Count && (NumberWords.ScaleOf(tokens[k + 1], false) is not null || tokens[k + 1].Lower is "dozen"))
                {
                    current = 1;
                    continue;
                }
                return null;
            }
            // "fifty - two"
            if (t.IsPunct('-') && lastWasSmall && lastSmall >= 20 && lastSmall % 10 == 0 && k + 1 < tokens.Count
                && NumberWords.EnglishSmallOf(tokens[k + 1]) is >= 1 and <= 9)
                continue;
            if (!t.IsWord) break;

            if (NumberWords.EnglishCompound(t) is { } small && !(digits && lastWasSmall))
            {
                var joinsTens = lastWasSmall && lastSmall >= 20 && lastSmall % 10 == 0 && small < 10;
                if (lastWasSmall && !joinsTens) break;
                current += small;
                lastWasSmall = true;
                lastSmall = small;
                last = k;
                continue;
            }
            if (t.Lower is "dozen" or "dozens" && last >= 0 || t.Lower == "dozen" && current == 1)
            {
                current = (current == 0 ? 1 : current) * 12;
                last = k;
                lastWasSmall = false;
                continue;
            }
            if (NumberWords.ScaleOf(t, t.Glued || t.Lower == "k" && digits && k == last + 1) is { } scale && (last >= 0 || current == 1 || fraction))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                last = k;
                lastWasSmall = false;
                continue;
            }
            if (t.Lower == "and" && last >= 0 && !lastWasSmall && k + 1 < tokens.Count
                && (NumberWords.EnglishCompound(tokens[k + 1]) is not null || tokens[k + 1].IsNumber))
            {
                // "3 hundred and 2 hundred" are two numbers
                if (k + 2 < tokens.Count && tokens[k + 2].Is("hundred")) break;
                continue;
            }
            break;
        }
        if (last < 0) return null;
        var first = tokens[i];
        var isArticle = !digits && last == i && first.Lower is "one";
        return new NumberMention(i, last, total + current) { IsArticleWord = isArticle, IsDigits = digits };
    }
}
