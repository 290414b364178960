using System.Runtime.InteropServices;

namespace NewsClaims.Extraction.Reading;

/// <summary>
/// Cleans text as pasted from a news page: keeps kicker, headline, lead and body; drops what is not
/// the article (section label, audio player, photo captions and credits, link lists, newsletter and
/// share boxes, bylines, the credit line and all that follows it) and remembers what it dropped.
/// </summary>
public static class PlainTextCleaner
{
    public sealed record Cleaned(string Text, string? Title, string? Kicker, int HeadlineLength, CreditLine.Credit? Credit, IReadOnlyList<string> Removed);

    private static readonly string[] BoilerplateStarts =
    [
        "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren",
        "read more", "related", "see also", "more on this", "share this", "teilen", "share", "tweet", "drucken", "print",
        "our standards", "diese audioversion", "mehr infos", "listen to this article", "artikel anhören", "anzeige",
        "advertisement", "werbung", "zur startseite", "kommentare", "comments", "nicht mehr anzeigen", "sign up",
        "subscribe", "abonnieren", "newsletter", "jetzt abonnieren", "copyright", "©", "stand:", "updated", "aktualisiert",
        "published", "veröffentlicht", "ich möchte gerne nachrichten", "foto:", "bild:", "photo:", "image:", "credit:",
        "(foto:", "(photo:", "(bild:", "(image:", "quelle: picture", "zum artikel", "weiterlesen", "video:", "audio:",
        "hören sie", "follow us", "folgen sie", "getty images", "reuters/", "© ", "picture alliance",
    ];

    /// <summary>The longest of <see cref="BoilerplateStarts"/>: the head of a line that decides whether it starts one.</summary>
    private static readonly int LongestStart = BoilerplateStarts.Max(s => s.Length);

    public static Cleaned Clean(string content, string? knownTitle = null)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n').Select(l => l.Trim()).ToList();
        var removed = new List<string>();
        // (counted in one dictionary: a GroupBy hashed every paragraph once more, with the randomized string hash)
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in lines)
        {
            if (l.Length > 0) CollectionsMarshal.GetValueRefOrAddDefault(counts, l, out _)++;
        }

        var kept = new List<string>();
        var keptSet = new HashSet<string>(StringComparer.Ordinal); // the lines of kept, for the duplicate test of every line
        CreditLine.Credit? credit = null;
        var bodyBegun = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (credit is not null)
            {
                removed.Add(line); // the article ended with its credit line
                continue;
            }
            if (CreditLine.IsCredit(line))
            {
                credit = CreditLine.Read(line);
                removed.Add(line);
                continue;
            }
            var nextLine = NextNonEmpty(lines, i + 1);
            // a caption is one sentence over its credit; a paragraph of several sentences before a credit, or any
            // paragraph before a credit that carries its own caption ("(Photo: Firefighters outside … Photo: Gazette)"),
            // is body text
            var isCaption = nextLine is not null && IsPhotoCredit(nextLine) && !CarriesOwnCaption(nextLine) && SentenceCount(line) <= 1
                || counts[line] > 1 && line.Length > 40;
            // (a line already kept is a duplicate: Add says so, with one hash of the line)
            // "WHAT THE NUMBERS SAY": a subhead set in capitals inside the body heads a section and says nothing itself (not a
            // headline in capitals above the body, nor a dateline, "KYIV, UKRAINE")
            if (IsBoilerplate(line) || isCaption || bodyBegun && IsCapitalSubhead(line) || !keptSet.Add(line))
            {
                removed.Add(line);
                continue;
            }
            kept.Add(line);
            bodyBegun |= line.Length >= 150;
        }

        // the header: a one-word section label, then "kicker" and headline (one line or two)
        string? kicker = null, title = knownTitle;
        var bodyStart = 0;
        if (knownTitle is null)
        {
            if (kept.Count > 2 && IsSectionLabel(kept[0]))
            {
                removed.Add(kept[0]);
                bodyStart = 1;
            }
            if (bodyStart < kept.Count && IsHeadline(kept[bodyStart]))
            {
                title = kept[bodyStart];
                bodyStart++;
                if (bodyStart < kept.Count && IsHeadline(kept[bodyStart]) && kept[bodyStart].Length < 160
                    && bodyStart + 1 < kept.Count)
                {
                    kicker = title;
                    title = kept[bodyStart];
                    bodyStart++;
                }
                (kicker, title) = SplitQuotedKicker(kicker, title!);
            }
        }
        else
        {
            kept.RemoveAll(l => string.Equals(l, knownTitle, StringComparison.Ordinal));
        }

        var header = string.Join("\n", new[] { kicker, title }.Where(s => !string.IsNullOrEmpty(s)));
        var body = string.Join("\n\n", kept.Skip(bodyStart));
        var text = header.Length == 0 ? body : body.Length == 0 ? header : header + "\n\n" + body;
        return new Cleaned(text, title, kicker, header.Length, credit, removed);
    }

    private static string? NextNonEmpty(List<string> lines, int from)
    {
        for (var k = from; k < lines.Count; k++)
        {
            if (lines[k].Length > 0) return lines[k];
        }
        return null;
    }

    /// <summary>"\"Unklar, was sie dort machen\" USA: Haben Beweise …": the quote is the kicker.</summary>
    private static (string? Kicker, string Title) SplitQuotedKicker(string? kicker, string title)
    {
        if (kicker is not null || title.Length < 4 || title[0] is not ('"' or '„' or '“' or '«')) return (kicker, title);
        var close = title.IndexOfAny(['"', '“', '”', '»'], 1);
        if (close < 0 || close >= title.Length - 3) return (kicker, title);
        return (title[1..close], title[(close + 1)..].Trim());
    }

    private static bool IsSectionLabel(string line) =>
        line.Length < 30 && !line.Contains(' ', StringComparison.Ordinal) && char.IsLetter(line[0]);

    private static bool IsHeadline(string line) =>
        line.Length < 200 && line[^1] is not ('.' or ':') ;

    /// <summary>Sentences in a line: a full stop, "!" or "?" followed by a space and a capital ends one.</summary>
    private static int SentenceCount(string line)
    {
        var n = 1;
        for (var i = 1; i + 2 < line.Length; i++)
        {
            if (SentenceEndsAt(line, i)) n++;
        }
        return n;
    }

    private static bool SentenceEndsAt(string line, int i) =>
        line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && char.IsUpper(line[i + 2]) && char.IsLower(line[i - 1]);

    // a bare credit names a photographer or agency ("(Foto: picture alliance / M. Tarnawa)"); one that describes its
    // picture in a sentence of its own before the name is its own caption
    // (a label after the name, "Foto: Reuters/Stringer. Archivbild", is no sentence: the caption's own runs to more than four words)
    private static bool CarriesOwnCaption(string credit)
    {
        // (the words before the first sentence end; none, no caption of its own)
        var words = 0;
        for (var i = 1; i + 2 < credit.Length; i++)
        {
            if (credit[i] == ' ') words++;
            if (SentenceEndsAt(credit, i)) return words > 4;
        }
        return false;
    }

    private static bool IsCapitalSubhead(string line) =>
        line.Length <= 60 && line.Contains(' ', StringComparison.Ordinal) && line.Count(char.IsUpper) >= 6
        && !line.Any(c => char.IsLower(c) || char.IsDigit(c) || c is ',' or '(' or ')' or ':');

    private static bool IsPhotoCredit(string line)
    {
        // ASCII prefixes compared without case: no lower-cased copy of every line
        return line.StartsWith("(foto:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("foto:", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("(photo:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("photo:", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("(bild:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("bild:", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("(image:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("image:", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("(credit:", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBoilerplate(string line)
    {
        if (IsPhotoCredit(line)) return true;
        // audio-player timers "00:00", "03:41"
        if (line.Length <= 8 && line.All(c => char.IsDigit(c) || c == ':') && line.Contains(':', StringComparison.Ordinal)) return true;
        // only the head of a long line is compared with the starts: no lower-cased copy of a whole paragraph
        var l = (line.Length < 60 || line.Length <= LongestStart ? line : line[..LongestStart]).ToLowerInvariant();
        foreach (var start in BoilerplateStarts)
        {
            if (!l.StartsWith(start, StringComparison.Ordinal)) continue;
            // a short line, or one of the long notices that say what they are
            if (line.Length < (start.Length <= 12 ? 30 : 80) || start is "diese audioversion" or "ich möchte gerne nachrichten" or "our standards"
                    or "(foto:" or "(photo:" or "foto:" or "photo:") return true;
            // "Related: Who are the four hostages?", "Lesen Sie auch: …": a link's title after a label and its colon
            if (line.Length < 150 && l.Length > start.Length && l[start.Length] == ':' && start is "related" or "read more" or "see also"
                    or "lesen sie auch" or "mehr zum thema" or "auch interessant" or "weiterlesen" or "more on this") return true;
        }
        if (line.Length < 60 && (l.Contains("newsletter", StringComparison.Ordinal) || l.Contains("per e-mail", StringComparison.Ordinal)))
            return true;
        // bylines: "Von Anna Schmidt", "By John Smith and Jane Doe"
        // (a trimmed line opens with "Von"/"By" as its first word only as "Von …"/"By …": only those are split into words)
        if (!line.StartsWith("Von ", StringComparison.Ordinal) && !line.StartsWith("By ", StringComparison.Ordinal)) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is >= 2 and <= 7 && words[0] is "Von" or "By" && !line.EndsWith('.')
            && words.Skip(1).All(w => char.IsUpper(w[0]) || w is "und" or "and" or "," || w.EndsWith(',')))
            return true;
        return false;
    }
}
