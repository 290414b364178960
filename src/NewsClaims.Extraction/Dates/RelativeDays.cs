using NewsClaims.Extraction.Figures;
using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Dates;

/// <summary>
/// Days counted from the date the article named last: "five days later" (+5), "zwei Tage später" (+2),
/// "on the same day", "am selben Tag" (0), "the next day", "am Tag darauf" (+1), "a day earlier", "zwei Tage zuvor" (-1, -2).
/// </summary>
public static class RelativeDays
{
    public static int? Find(IReadOnlyList<Token> tokens) => Find(tokens, out _);

    /// <summary>The shift in days, and in <paramref name="at"/> the token where the phrase starts.</summary>
    public static int? Find(IReadOnlyList<Token> tokens, out int at)
    {
        at = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            at = i;
            // one switch on the word: every word of every sentence is asked
            switch (tokens[i].Lower)
            {
                // ("am selben Abend", "the same evening")
                case "same" or "selben" or "gleichen" when i + 1 < tokens.Count && IsPartOfDay(tokens[i + 1].Lower):
                    return 0;
                // "Hours later", "Wenige Stunden später": still the day named before
                case "hours" or "stunden" when i + 1 < tokens.Count && tokens[i + 1].Lower is "later" or "später" or "danach":
                    return 0;
                // "later that day", "later that night", "earlier that evening": another hour of the day named before
                case "later" or "earlier" when i + 2 < tokens.Count && tokens[i + 1].Lower is "that" && IsPartOfDay(tokens[i + 2].Lower):
                    return 0;
                case "next" or "following" or "folgenden" when i + 1 < tokens.Count && tokens[i + 1].Lower is "day" or "tag":
                    return 1;
                case "days" or "tage" when i > 0 && i + 1 < tokens.Count && tokens[i + 1].Lower is "later" or "später" or "darauf"
                                           && Count(tokens[i - 1]) is { } n:
                    return n;
                // "a day earlier", "zwei Tage zuvor": counted back ("days before" only closing a clause, not "before the attack")
                case "day" or "tag" when i > 0 && tokens[i - 1].Lower is "a" or "one" or "einen" && Earlier(tokens, i + 1):
                    at = i - 1;
                    return -1;
                case "days" or "tage" when i > 0 && Earlier(tokens, i + 1) && Count(tokens[i - 1]) is { } back:
                    at = i - 1;
                    return -back;
            }
            at = -1;
        }
        return null;
    }

    private static bool IsPartOfDay(string lower) =>
        lower is "day" or "tag" or "night" or "evening" or "morning" or "afternoon" or "nacht" or "abend" or "morgen" or "vormittag"
            or "nachmittag";

    /// <summary>(not "zwei Tage früher als geplant", "two days earlier than planned": sooner, not before the day told)</summary>
    private static bool Earlier(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && (tokens[k].Lower is "earlier" or "zuvor" or "vorher" or "früher"
                                 && !(k + 1 < tokens.Count && tokens[k + 1].Lower is "als" or "than")
                             || tokens[k].Lower is "before" && (k + 1 == tokens.Count || tokens[k + 1].Kind == TokenKind.Punct));

    private static int? Count(Token t)
    {
        if (t.IsNumber && int.TryParse(t.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
        if (NumberWords.EnglishSmallOf(t) is { } e) return e;
        return NumberWords.German(t.Lower) is { } g && g < 32 ? (int)g : null;
    }
}
