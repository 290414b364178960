using System.Globalization;
using System.Net;
using System.Text;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Benchmarks;

/// <summary>
/// Wraps an article the way a big news site does, for a benchmark that means something for saved pages: the lean
/// page of <see cref="ExtractionBenchmarks"/> is ~10 KB, a real one is 100–400 KB around a 5 KB article. Generated
/// (not copied from any site) and deterministic: the same text always gives the same ~200 KB page with a head full
/// of meta tags, preloads, inline scripts, style sheets and JSON-LD; a cookie dialog, a logo in SVG, a mega menu,
/// a ticker and breadcrumbs; inside the article a byline, a photo with caption, ad slots, a "read also" box and share
/// buttons; after it related teasers, a most-read list, comments, a newsletter form, a footer of link columns and
/// tracking scripts.
/// </summary>
public static class HeavyPage
{
    private static readonly string[] Filler =
    [
        "Regierung", "Bericht", "neue", "Stadt", "Wetter", "Sport", "Woche", "Politik", "Wirtschaft", "Kultur", "heute",
        "Verkehr", "Menschen", "Region", "Streit", "Plan", "Schule", "Preise", "Markt", "Zukunft", "Debatte", "Bahn",
        "Energie", "Klima", "Gericht", "Urteil", "Wahl", "Umfrage", "Gesundheit", "Reise", "Digital", "Auto",
    ];

    private static readonly string[] Sections =
    [
        "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen", "Gesundheit", "Reise", "Auto", "Digital", "Meinung", "Regional",
    ];

    public static string Build(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var title = WebUtility.HtmlEncode(lines[0]);
        var words = new WordStream(lines[0].Length);
        var sb = new StringBuilder(256 * 1024);
        Head(sb, title, lines[0], LanguageDetector.Detect(text), words);
        sb.Append("<body class=\"page page--article\">");
        Furniture(sb, words);
        sb.Append("<main id=\"content\"><article class=\"article\" itemscope itemtype=\"https://schema.org/NewsArticle\">");
        sb.Append(CultureInfo.InvariantCulture, $"<header class=\"article-header\"><span class=\"kicker\">Krieg</span><h1 itemprop=\"headline\">{title}</h1></header>");
        sb.Append("<div class=\"byline\">Von <a href=\"/autor/redaktion\">Redaktion</a> · <time datetime=\"2024-10-23T10:00:00Z\">23.10.2024, 12:00 Uhr</time></div>");
        sb.Append("<figure class=\"lead-image\"><picture><source srcset=\"/img/lead.webp\" type=\"image/webp\"><img src=\"/img/lead.jpg\" alt=\"\" width=\"1200\" height=\"675\"></picture>");
        sb.Append(CultureInfo.InvariantCulture, $"<figcaption>{words.Sentence(14)} Foto: Agentur</figcaption></figure>");
        sb.Append("<div class=\"article-body\" itemprop=\"articleBody\">");
        for (var i = 1; i < lines.Length; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(lines[i])}</p>");
            if (i % 3 == 0) sb.Append(CultureInfo.InvariantCulture, $"<div class=\"advert ad-slot\" data-slot=\"content_{i}\"><script>window.ads=window.ads||[];ads.push({{slot:'content_{i}',sizes:[[300,250],[728,90]]}});</script></div>");
            if (i == 4) ReadAlso(sb, words);
        }
        sb.Append("</div><div class=\"share-buttons\"><button>Teilen</button><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">E-Mail</a></div></article>");
        AfterArticle(sb, words);
        sb.Append("</main>");
        Footer(sb, words);
        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>The head, declaring the article's own language: a German site's English article says lang="en".</summary>
    private static void Head(StringBuilder sb, string title, string rawTitle, string language, WordStream words)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title} | Benchmark Zeitung</title>");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"index, follow, max-image-preview:large\">");
        sb.Append(CultureInfo.InvariantCulture, $"<meta property=\"og:title\" content=\"{title}\"><meta property=\"og:site_name\" content=\"Benchmark Zeitung\"><meta property=\"og:type\" content=\"article\">");
        sb.Append("<meta property=\"article:published_time\" content=\"2024-10-23T10:00:00Z\"><meta property=\"og:url\" content=\"https://zeitung.example/politik/artikel-123.html\">");
        for (var i = 0; i < 24; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<meta name=\"tag-{i}\" content=\"{words.Sentence(6)}\"><meta property=\"og:image:{i}\" content=\"https://img.example/{i}.jpg\">");
        for (var i = 0; i < 16; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<link rel=\"preload\" href=\"/static/chunk-{i:x4}.js\" as=\"script\"><link rel=\"stylesheet\" href=\"/static/style-{i}.css\">");
        for (var i = 0; i < 8; i++)
        {
            sb.Append("<script>(function(w,d){var c={");
            for (var k = 0; k < 150; k++) sb.Append(CultureInfo.InvariantCulture, $"k{k}:\"{words.Word()}-{k * 37 % 101}\",");
            sb.Append("};w.cfg=c;function t(e){if(e&&e.length>3){return e.split('').reverse().join('')}return e}for(var i=0;i<10;i++){t(String(i))}})(window,document);</script>");
        }
        for (var i = 0; i < 3; i++)
        {
            sb.Append("<style>");
            for (var k = 0; k < 250; k++) sb.Append(CultureInfo.InvariantCulture, $".c{i}-{k}{{margin:{k % 7}px {k % 5}px;color:#{k * 4099 % 0xFFFFFF:x6};font:{12 + k % 6}px/1.4 sans-serif}}");
            sb.Append("</style>");
        }
        var headline = JsonString(rawTitle);
        sb.Append(CultureInfo.InvariantCulture, $"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":{headline},\"datePublished\":\"2024-10-23T10:00:00Z\",\"dateModified\":\"2024-10-23T12:00:00Z\",\"publisher\":{{\"@type\":\"Organization\",\"name\":\"Benchmark Zeitung\",\"logo\":{{\"@type\":\"ImageObject\",\"url\":\"https://zeitung.example/logo.png\"}}}},\"author\":[{{\"@type\":\"Person\",\"name\":\"Redaktion\"}}],\"image\":[\"https://img.example/1.jpg\",\"https://img.example/2.jpg\"],\"articleSection\":\"Politik\"}}</script>");
        sb.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Politik\"},{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Ausland\"}]}</script>");
        // the state a script framework hydrates from: every teaser of the page again, as JSON
        sb.Append("<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"teasers\":[");
        for (var i = 0; i < 150; i++)
            sb.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}{{\"id\":{i},\"url\":\"/artikel/{i}\",\"title\":\"{words.Sentence(8)}\",\"summary\":\"{words.Sentence(40)}\"}}");
        sb.Append("]}}</script>");
        sb.Append("</head>");
    }

    private static void Furniture(StringBuilder sb, WordStream words)
    {
        sb.Append("<div class=\"cookie-consent\" role=\"dialog\"><h2>Wir respektieren Ihre Privatsphäre</h2>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>{words.Sentence(60)}</p><button>Akzeptieren</button><button>Einstellungen</button></div>");
        sb.Append("<header class=\"site-header\"><a href=\"/\" class=\"logo\"><svg viewBox=\"0 0 200 40\" width=\"200\" height=\"40\">");
        for (var i = 0; i < 20; i++) sb.Append(CultureInfo.InvariantCulture, $"<path d=\"M{i * 10} 0 L{i * 10 + 8} 40 L{i * 10 + 4} 20 Z\" fill=\"#{i * 12:x2}0000\"/>");
        sb.Append("</svg></a><form class=\"search\" action=\"/suche\"><input type=\"search\" name=\"q\"><button>Suchen</button></form>");
        sb.Append("<nav class=\"main-nav\"><ul>");
        foreach (var section in Sections)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li class=\"menu-item\"><a href=\"/{section.ToLowerInvariant()}\">{section}</a><ul class=\"submenu\">");
            for (var k = 0; k < 20; k++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{section.ToLowerInvariant()}/{k}\">{words.Word()} {words.Word()}</a></li>");
            sb.Append("</ul></li>");
        }
        sb.Append("</ul></nav></header>");
        sb.Append("<div class=\"breaking-teaser\"><strong>Eilmeldung</strong><ul>");
        for (var i = 0; i < 8; i++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/eil/{i}\">{words.Sentence(9)}</a></li>");
        sb.Append("</ul></div><nav class=\"breadcrumb\" aria-label=\"Brotkrumen\"><ol><li><a href=\"/\">Start</a></li><li><a href=\"/politik\">Politik</a></li><li>Ausland</li></ol></nav>");
    }

    private static void ReadAlso(StringBuilder sb, WordStream words)
    {
        sb.Append("<aside class=\"read-also\"><h2>Lesen Sie auch</h2><ul>");
        for (var i = 0; i < 3; i++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/artikel/{i}\">{words.Sentence(10)}</a></li>");
        sb.Append("</ul></aside>");
    }

    private static void AfterArticle(StringBuilder sb, WordStream words)
    {
        sb.Append("<section class=\"related-articles\"><h2>Mehr zum Thema</h2>");
        for (var i = 0; i < 12; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<article class=\"teaser teaser--small\"><a href=\"/artikel/r{i}\"><img src=\"/img/r{i}.jpg\" alt=\"\" loading=\"lazy\">");
            sb.Append(CultureInfo.InvariantCulture, $"<h3>{words.Sentence(8)}</h3><p>{words.Sentence(30)}</p></a></article>");
        }
        sb.Append("</section><aside class=\"most-read\"><h2>Meistgelesen</h2><ol>");
        for (var i = 0; i < 10; i++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/artikel/m{i}\">{words.Sentence(9)}</a></li>");
        sb.Append("</ol></aside><div id=\"comments\" class=\"comments\"><h2>Kommentare</h2>");
        for (var i = 0; i < 20; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"comment\"><span class=\"user\">Leser{i}</span><p>{words.Sentence(25)}</p><button>Antworten</button></div>");
        sb.Append("</div><div class=\"newsletter-box\"><h2>Newsletter</h2><form><input type=\"email\"><button>Abonnieren</button></form></div>");
    }

    private static void Footer(StringBuilder sb, WordStream words)
    {
        sb.Append("<footer class=\"site-footer\">");
        for (var c = 0; c < 5; c++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<div class=\"footer-col\"><h4>{Sections[c]}</h4><ul>");
            for (var k = 0; k < 10; k++) sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/f/{c}/{k}\">{words.Word()} {words.Word()}</a></li>");
            sb.Append("</ul></div>");
        }
        sb.Append("<p>© Benchmark Zeitung. Alle Rechte vorbehalten.</p></footer>");
        for (var i = 0; i < 5; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{\"event\":\"pageview\",\"id\":{i},\"section\":\"politik\",\"tags\":[\"{words.Word()}\",\"{words.Word()}\"]}});</script>");
        sb.Append("<noscript><iframe src=\"https://tracking.example/ns.html\" height=\"0\" width=\"0\"></iframe></noscript>");
    }

    private static string JsonString(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    /// <summary>Filler words in a fixed order from a seed: pages differ between articles but never between runs.</summary>
    private sealed class WordStream(int seed)
    {
        private uint _state = (uint)seed * 2654435761u + 1;

        public string Word()
        {
            _state = _state * 1664525u + 1013904223u;
            return Filler[(int)(_state >> 16) % Filler.Length];
        }

        public string Sentence(int count)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < count; i++) sb.Append(i == 0 ? "" : " ").Append(Word());
            return sb.Append('.').ToString();
        }
    }
}
