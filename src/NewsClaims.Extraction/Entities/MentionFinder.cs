using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Entities;

/// <summary>Finds lexicon aliases in a sentence: longest match first, compounds split at hyphens.</summary>
public static class MentionFinder
{
    /// <summary>The word stream of the sentence being read, kept per thread: it is rebuilt for every sentence and clause.</summary>
    [ThreadStatic]
    private static List<(string Stem, int Token, bool Lowercase)>? _words;

    public static List<Mention> Find(IReadOnlyList<Token> tokens, Lexicon lexicon)
    {
        var words = WordStream(tokens, _words ??= new List<(string, int, bool)>(64));
        var mentions = new List<Mention>();
        var w = 0;
        while (w < words.Count)
        {
            var best = 0;
            List<AliasTarget>? targets = null;
            foreach (var (stems, target, capital) in lexicon.Candidates(words[w].Stem))
            {
                if (stems.Length < best || w + stems.Length > words.Count) continue;
                // "who said", "told us", "the west bank": words in small letters are not the name (WHO, US, West Bank)
                if (capital && words[w].Lowercase) continue;
                var match = true;
                for (var k = 1; k < stems.Length && match; k++) match = words[w + k].Stem == stems[k];
                if (!match) continue;
                if (stems.Length > best)
                {
                    best = stems.Length;
                    targets = [];
                }
                if (!targets!.Contains(target)) targets.Add(target);
            }
            // "Kolumbiens", "Syriens": a German genitive -s after a country whose stem drops "-en" ("Kolumbien" → "kolumbi")
            if (targets is null && tokens[words[w].Token] is { IsCapitalized: true } t && t.Text.Length > 5 && t.Text.EndsWith("ens", StringComparison.Ordinal)
                && (w + 1 == words.Count || words[w + 1].Token != words[w].Token))
            {
                foreach (var (stems, target, _) in lexicon.Candidates(Words.Stem(t.Text[..^1])))
                {
                    // (a country or place: "des Staatsfernsehens" is no body's name read this way)
                    if (stems.Length != 1 || target.Kind is not (MentionKind.Country or MentionKind.Place)) continue;
                    targets ??= [];
                    best = 1;
                    if (!targets.Contains(target)) targets.Add(target);
                }
            }
            // "Ostukraine", "Nordsyrien", "in der Zentralukraine": a compass part of a country is in that country (names of their
            // own, "Nordkorea", "Südsudan", are the lexicon's and found above)
            if (targets is null && tokens[words[w].Token] is { IsCapitalized: true } c && CompassPart(c.Text) is { } rest)
            {
                foreach (var (stems, target, _) in lexicon.Candidates(Words.Stem(rest)))
                {
                    if (stems.Length != 1 || target.Kind is not MentionKind.Country) continue;
                    targets ??= [];
                    best = 1;
                    if (!targets.Contains(target)) targets.Add(target);
                }
            }
            if (targets is null)
            {
                w++;
                continue;
            }
            mentions.Add(new Mention(words[w].Token, words[w + best - 1].Token, targets));
            w += best;
        }
        return mentions;
    }

    private static readonly string[] CompassPrefixes = ["Nordost", "Nordwest", "Südost", "Südwest", "Zentral", "Nord", "Süd", "Ost", "West"];

    /// <summary>"Ostukraine" → "Ukraine"; null for a word that does not start with a compass part and a capital after it.</summary>
    private static string? CompassPart(string word)
    {
        foreach (var prefix in CompassPrefixes)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal)
                && word[prefix.Length..] is var rest && !rest.Contains('-', StringComparison.Ordinal)
                && rest is not ("korea" or "sudan" or "irland" or "mazedonien" or "zypern" or "afrika" or "amerika"))
                return char.ToUpperInvariant(rest[0]) + rest[1..];
        }
        return null;
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c)) return true;
        }
        return false;
    }

    private static List<(string Stem, int Token, bool Lowercase)> WordStream(IReadOnlyList<Token> tokens, List<(string Stem, int Token, bool Lowercase)> words)
    {
        words.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            // "U.S." arrives as U . S . : join initials into one word
            if (t.Text.Length == 1 && char.IsUpper(t.Text[0]) && i + 2 < tokens.Count && tokens[i + 1].IsPunct('.')
                && tokens[i + 2].IsWord && tokens[i + 2].Text.Length == 1 && tokens[i + 2].Glued)
            {
                words.Add(((t.Text + tokens[i + 2].Text).ToLowerInvariant(), i, false));
                i += 2;
                if (i + 1 < tokens.Count && tokens[i + 1].IsPunct('.') && tokens[i + 1].Glued) i++;
                continue;
            }
            // the token's own stem is computed once and cached; only hyphenated compounds are stemmed part by part
            if (!t.Text.Contains('-', StringComparison.Ordinal))
            {
                words.Add((t.Stem, i, !HasUpper(t.Text)));
                continue;
            }
            foreach (var part in Words.SplitCompound(t.Text)) words.Add((Words.Stem(part), i, !HasUpper(part)));
        }
        return words;
    }
}
