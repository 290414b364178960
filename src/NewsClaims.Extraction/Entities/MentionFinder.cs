using NewsClaims.Extraction.Text;

namespace NewsClaims.Extraction.Entities;

/// <summary>Finds lexicon aliases in a sentence: longest match first, compounds split at hyphens.</summary>
public static class MentionFinder
{
    /// <summary>The word stream of the sentence being read, kept per thread: it is rebuilt for every sentence and clause.</summary>
    [ThreadStatic]
    private static List<(string Stem, int Token, bool Lowercase, bool Capitals)>? _words;

    public static List<Mention> Find(IReadOnlyList<Token> tokens, Lexicon lexicon)
    {
        var words = WordStream(tokens, _words ??= new List<(string, int, bool, bool)>(64));
        var mentions = new List<Mention>();
        var w = 0;
        while (w < words.Count)
        {
            var best = 0;
            List<AliasTarget>? targets = null;
            foreach (var (stems, target, capital) in lexicon.Candidates(words[w].Stem))
            {
                if (stems.Length < best || w + stems.Length > words.Count) continue;
                // "who said", "told us", "the west bank": words in small letters are not the name (WHO, US, West Bank); an acronym
                // of two letters is written in capitals ("AU", not the place name "Au"; longer ones also as words, "Nato", "Unifil")
                if (capital && (words[w].Lowercase || stems.Length == 1 && stems[0].Length <= 2 && !words[w].Capitals)) continue;
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
            if (targets is null && tokens[words[w].Token] is { IsCapitalized: true } c && CompassPart(c.Lower) is { } rest)
            {
                foreach (var (stems, target, _) in lexicon.Candidates(Words.StemOfLower(rest)))
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

    private static readonly string[] CompassPrefixes = ["nordost", "nordwest", "südost", "südwest", "zentral", "nord", "süd", "ost", "west"];

    /// <summary>
    /// "ostukraine" → "ukraine": the rest of a lower-cased word after a compass part, or null (and for the parts of the world
    /// or countries of their own that such a part names: "Südsudan", "Nordirland", "Westindien").
    /// </summary>
    private static string? CompassPart(string lower)
    {
        foreach (var prefix in CompassPrefixes)
        {
            if (lower.Length > prefix.Length + 3 && lower.StartsWith(prefix, StringComparison.Ordinal)
                && lower[prefix.Length..] is var rest && !rest.Contains('-', StringComparison.Ordinal)
                && rest is not ("korea" or "sudan" or "irland" or "mazedonien" or "zypern" or "afrika" or "amerika" or "indien"))
                return rest;
        }
        return null;
    }

    private static bool AllCapitals(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c)) return true;
        }
        return false;
    }

    private static List<(string Stem, int Token, bool Lowercase, bool Capitals)> WordStream(IReadOnlyList<Token> tokens, List<(string Stem, int Token, bool Lowercase, bool Capitals)> words)
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
                words.Add(((t.Text + tokens[i + 2].Text).ToLowerInvariant(), i, false, tokens[i + 2].Text.All(char.IsUpper)));
                i += 2;
                if (i + 1 < tokens.Count && tokens[i + 1].IsPunct('.') && tokens[i + 1].Glued) i++;
                continue;
            }
            // the token's own stem is computed once and cached; only hyphenated compounds are stemmed part by part
            if (!t.Text.Contains('-', StringComparison.Ordinal))
            {
                words.Add((t.Stem, i, !HasUpper(t.Text), AllCapitals(t.Text)));
                continue;
            }
            foreach (var part in Words.SplitCompound(t.Text)) words.Add((Words.Stem(part), i, !HasUpper(part), AllCapitals(part)));
        }
        return words;
    }
}
