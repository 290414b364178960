namespace NewsClaims.Extraction.Text;

/// <summary>
/// Splits text into words, digit groups and punctuation by hand-written scanning (linear time, no regex).
/// Digit groups keep their separators ("12.000", "1,500", "10 000"): which separator means what is the
/// language's business, decided later by <see cref="Figures.NumberScanner"/>.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        var lastEnd = -1;
        while (NextToken(text, ref i, out var start) is { } kind)
        {
            tokens.Add(new Token(start, i, TextOf(text, start, i), kind) { Glued = lastEnd == start });
            lastEnd = i;
        }
        return tokens;
    }

    /// <summary>
    /// The next token at or after <paramref name="i"/>: its kind, its <paramref name="start"/>, and <paramref name="i"/> moved
    /// to its end; null at the end of the text. Shared by <see cref="Tokenize"/> and readers that only look at the words.
    /// </summary>
    internal static TokenKind? NextToken(string text, ref int i, out int start)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        start = i;
        if (i >= text.Length) return null;
        var c = text[i];
        if (char.IsDigit(c))
        {
            i = ScanNumber(text, i);
            return TokenKind.Number;
        }
        if (char.IsLetter(c))
        {
            i = ScanWord(text, i);
            return TokenKind.Word;
        }
        i++;
        return TokenKind.Punct;
    }

    /// <summary>One string for each ASCII character: a comma or full stop needs no string of its own for every token.</summary>
    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string TextOf(string text, int start, int end) =>
        end == start + 1 && text[start] < 128 ? AsciiStrings[text[start]] : text[start..end];

    public static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static int ScanNumber(string text, int i)
    {
        i = SkipDigits(text, i);
        while (i + 1 < text.Length)
        {
            var sep = text[i];
            if (sep is '.' or ',' && char.IsDigit(text[i + 1]))
            {
                i = SkipDigits(text, i + 1);
                continue;
            }
            // "10 000": a space joins digit groups only before exactly three digits.
            if (IsGroupSpace(sep) && CountDigits(text, i + 1) == 3 && !IsWordChar(text, i + 4))
            {
                i = SkipDigits(text, i + 1);
                continue;
            }
            break;
        }
        return i;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i;
    }

    private static int CountDigits(string text, int i)
    {
        var n = 0;
        while (i + n < text.Length && char.IsDigit(text[i + n])) n++;
        return n;
    }

    private static bool IsWordChar(string text, int i) =>
        i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]));
}
