namespace NewsClaims.Extraction.Text;

/// <summary>
/// Splits tokens into sentences. A line break always ends a sentence (pasted articles put one paragraph
/// on a line); ". ! ?" end one unless they close an abbreviation (ca., Dr., Oct.), an initial or a
/// German ordinal date ("am 18. Oktober").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "ca", "dr", "prof", "mr", "mrs", "ms", "st", "gen", "lt", "col", "maj", "sgt", "capt", "no", "nr",
        "bzw", "vs", "z", "b", "u", "a", "d", "h", "v", "chr", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "okt", "nov", "dec", "dez", "inc", "ltd", "co", "corp", "gov", "sen", "rep",
        "mio", "mrd", "usw", "etc", "evtl", "ggf", "inkl", "jh", "min", "sek", "abs", "art", "s",
    };

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i == tokens.Count - 1;
            var lineBreakAfter = !isLast && HasLineBreak(text, tokens[i].End, tokens[i + 1].Start);
            var ends = isLast || lineBreakAfter || EndsSentence(tokens, i);
            if (!ends) continue;

            var last = i;
            // a closing quote or bracket right after the full stop belongs to this sentence
            while (!lineBreakAfter && last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Punct
                   && IsCloser(tokens[last + 1].Text[0]) && !HasLineBreak(text, tokens[last].End, tokens[last + 1].Start))
            {
                last++;
                lineBreakAfter = last + 1 < tokens.Count && HasLineBreak(text, tokens[last].End, tokens[last + 1].Start);
            }

            sentences.Add(new Sentence(sentences.Count, paragraph, tokens[first].Start, tokens[last].End,
                Slice(tokens, first, last)));
            if (lineBreakAfter) paragraph++;
            first = last + 1;
            i = last;
        }
        return sentences;
    }

    private static Token[] Slice(IReadOnlyList<Token> tokens, int first, int last)
    {
        var slice = new Token[last - first + 1];
        for (var k = first; k <= last; k++) slice[k - first] = tokens[k];
        return slice;
    }

    private static bool IsCloser(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or ')' or '\'' or '’';

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n') return true;
        }
        return false;
    }

    /// <summary>Words that open a sentence rather than continue an ordinal's noun: articles, pronouns, prepositions.</summary>
    private static bool OpensSentence(Token t) =>
        t.Lower is "der" or "die" or "das" or "den" or "dem" or "des" or "ein" or "eine" or "er" or "sie" or "es" or "wir" or "man"
            or "nach" or "laut" or "am" or "im" or "in" or "bei" or "auch" or "damit" or "dabei" or "zudem" or "seit" or "bis" or "zuvor"
            or "the" or "a" or "he" or "she" or "it" or "they";

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punct || t.Text[0] is not ('.' or '!' or '?')) return false;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (next.Glued && next.Kind != TokenKind.Punct) return false; // "z.B.", "U.S."
        if (t.Text[0] != '.') return true;
        if (i == 0) return true;
        var prev = tokens[i - 1];
        if (prev.IsWord && (Abbreviations.Contains(prev.Text) || prev.Text.Length == 1 && char.IsUpper(prev.Text[0])))
            return false;
        // "am 18. Oktober": a day number followed by a month name is an ordinal, not a full stop
        if (prev.IsNumber && next.IsWord && Dates.DateWords.MonthOf(next) is not null) return false;
        // "zum 80. Jahrestag", "der 155. Brigade": a number after an article or a contracted preposition is an ordinal (after
        // "auf 80." a sentence may end, and so may "war bereits der 65. Die Ukraine …" before an opening word)
        if (prev.IsNumber && i > 1 && Words.IsOrdinalArticle(tokens[i - 2].Lower) && next.IsWord && !OpensSentence(next))
            return false;
        return next.Kind != TokenKind.Word || char.IsUpper(next.Text[0]) || next.Kind == TokenKind.Number
            || !char.IsLetter(next.Text[0]);
    }
}
