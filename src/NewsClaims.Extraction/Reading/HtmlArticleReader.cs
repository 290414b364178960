using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsClaims.Extraction.Reading;

/// <summary>
/// Reads a saved news page with AngleSharp: metadata from Open Graph, JSON-LD NewsArticle, meta date and
/// &lt;time&gt;; the body from &lt;article&gt; (or main content) without navigation, banners, related links
/// and footers. Scripts are never run; only text leaves this class.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "DD", "DT",
    };

    public sealed record Page(string BodyText, string? Title, string? Publisher, DateOnly? Published, string? Language, string? Url);

    public static bool LooksLikeHtml(string content)
    {
        var head = content.Length > 2048 ? content[..2048] : content;
        var trimmed = head.TrimStart();
        return trimmed.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith('<') && (head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase) || head.Contains("<article", StringComparison.OrdinalIgnoreCase));
    }

    public static Page Read(string html)
    {
        using var doc = Parser.ParseDocument(html);
        var head = HeadElements.Collect(doc);
        var ld = ReadJsonLd(head.LdScripts);
        var metas = MetaValues(head.Metas);
        var title = metas.GetValueOrDefault("og:title") ?? ld.Headline ?? metas.GetValueOrDefault("twitter:title") ?? doc.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title;
        var publisher = metas.GetValueOrDefault("og:site_name") ?? ld.Publisher ?? metas.GetValueOrDefault("publisher") ?? metas.GetValueOrDefault("application-name");
        var published = ParseDate(metas.GetValueOrDefault("article:published_time")) ?? ParseDate(ld.DatePublished) ?? ParseDate(metas.GetValueOrDefault("date"))
            ?? ParseDate(metas.GetValueOrDefault("pubdate")) ?? ParseDate(metas.GetValueOrDefault("dc.date")) ?? ParseDate(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var language = doc.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null;
        var url = metas.GetValueOrDefault("og:url") ?? doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

        PageFurniture.Remove(doc);

        var root = doc.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
            ?? doc.QuerySelector("[itemprop=articleBody]") ?? doc.QuerySelector("main") ?? doc.Body;
        var lines = new List<string>();
        if (root is not null) CollectBlocks(root, lines);
        return new Page(string.Join("\n\n", lines), Clean(title), Clean(publisher), published,
            language is "de" or "en" ? language : null, url);
    }

    private static void CollectBlocks(IElement element, List<string> lines)
    {
        foreach (var child in element.Children)
        {
            if (Blocks.Contains(child.TagName) && !HasBlockInside(child))
            {
                var text = Clean(child.TextContent);
                if (!string.IsNullOrEmpty(text)) lines.Add(text);
            }
            else if (child.Children.Length == 0 && child.TagName is "DIV" or "SPAN" or "SECTION")
            {
                var text = Clean(child.TextContent);
                if (!string.IsNullOrEmpty(text)) lines.Add(text);
            }
            else
            {
                CollectBlocks(child, lines);
            }
        }
    }

    private static bool HasBlockInside(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (Blocks.Contains(child.TagName) || child.Children.Length > 0 && HasBlockInside(child)) return true;
        }
        return false;
    }

    /// <summary>
    /// White space collapsed to single spaces and trimmed: what joining the words of a split gives, in one pass and
    /// without a copy when the text is clean already (most paragraphs); null when nothing is left.
    /// </summary>
    private static string? Clean(string? s)
    {
        if (s is null) return null;
        var sb = default(System.Text.StringBuilder);
        var wordEnd = 0; // in s, the end of the last word copied or kept
        var clean = true;
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
            // a word is in place when it opens the text or follows the last word after exactly one space
            var inPlace = clean && (wordEnd == 0 ? start == 0 : start == wordEnd + 1 && s[wordEnd] == ' ');
            if (!inPlace && clean)
            {
                clean = false;
                sb = new System.Text.StringBuilder(s.Length).Append(s, 0, wordEnd);
            }
            if (!clean)
            {
                if (sb!.Length > 0) sb.Append(' ');
                sb.Append(s, start, i - start);
            }
            wordEnd = i;
        }
        if (clean) return wordEnd == 0 ? null : wordEnd == s.Length ? s : s[..wordEnd];
        return sb!.Length > 0 ? sb.ToString() : null;
    }

    /// <summary>
    /// Every &lt;meta&gt; by its property, name or itemprop (in that order of precedence, the first of each kind
    /// winning), read in one pass instead of a selector search per name.
    /// </summary>
    private static Dictionary<string, string> MetaValues(List<IElement> metaElements)
    {
        var byProperty = new Dictionary<string, string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var byItemprop = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in metaElements)
        {
            if (meta.GetAttribute("content") is not { } content) continue;
            if (meta.GetAttribute("property") is { } property) byProperty.TryAdd(property, content);
            if (meta.GetAttribute("name") is { } name) byName.TryAdd(name, content);
            if (meta.GetAttribute("itemprop") is { } itemprop) byItemprop.TryAdd(itemprop, content);
        }
        foreach (var (key, value) in byName) byProperty.TryAdd(key, value);
        foreach (var (key, value) in byItemprop) byProperty.TryAdd(key, value);
        return byProperty;
    }

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
            return DateOnly.FromDateTime(dto.DateTime);
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        return null;
    }

    private sealed record JsonLd(string? Headline, string? DatePublished, string? Publisher);

    private static JsonLd ReadJsonLd(List<IElement> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } a)
                {
                    string? Str(string p) => a.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    string? publisher = null;
                    if (a.TryGetProperty("publisher", out var pub))
                    {
                        publisher = pub.ValueKind == JsonValueKind.String ? pub.GetString()
                            : pub.ValueKind == JsonValueKind.Object && pub.TryGetProperty("name", out var n) ? n.GetString() : null;
                    }
                    return new JsonLd(Str("headline"), Str("datePublished"), publisher);
                }
            }
            catch (JsonException)
            {
                // a broken JSON-LD block is the page's problem: the other metadata still counts
            }
        }
        return new JsonLd(null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (FindArticle(item) is { } found) return found;
                }
                return null;
            case JsonValueKind.Object:
                if (e.TryGetProperty("@type", out var type) && type.ToString() is { } t
                    && (t.Contains("NewsArticle", StringComparison.Ordinal) || t.Contains("Article", StringComparison.Ordinal) || t.Contains("ReportageNewsArticle", StringComparison.Ordinal)))
                    return e;
                if (e.TryGetProperty("@graph", out var graph)) return FindArticle(graph);
                return null;
            default:
                return null;
        }
    }
}
