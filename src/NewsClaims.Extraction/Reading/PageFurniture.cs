using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace NewsClaims.Extraction.Reading;

/// <summary>
/// Takes what is not the article out of a page: navigation, banners, scripts, forms, media (<see cref="DropSelector"/>)
/// and containers whose class or id says boilerplate ("cookie", "related", "teaser" …).
/// </summary>
internal static class PageFurniture
{
    private static readonly string[] DropSelectors =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe",
        "svg", "figure", "figcaption", "picture", "video", "audio", "select", "[role=navigation]", "[role=banner]",
        "[role=contentinfo]", "[aria-hidden=true]", "[hidden]",
    ];

    /// <summary>Parsed once: a selector string given to QuerySelectorAll is parsed again for every page.</summary>
    private static readonly ISelector DropSelector = new CssSelectorParser().ParseSelector(string.Join(", ", DropSelectors))
        ?? throw new InvalidOperationException("the drop selector does not parse");

    /// <summary>The element names of <see cref="DropSelectors"/>; any case, as a superset of what the selector matches.</summary>
    private static readonly HashSet<string> DropNames = new(DropSelectors.Where(IsName), StringComparer.OrdinalIgnoreCase);

    /// <summary>The attributes the "[name]" and "[name=value]" selectors ask about.</summary>
    private static readonly HashSet<string> DropAttributes =
        new(DropSelectors.Where(s => s.StartsWith('[')).Select(s => s[1..].Split('=', ']')[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Only a list of names and attribute tests can be pre-filtered; any other selector asks about every element.</summary>
    private static readonly bool Prefiltered = DropSelectors.All(s => IsName(s) || s.StartsWith('[') && s.EndsWith(']') && s.IndexOfAny([' ', '[', ','], 1) < 0);

    private static readonly string[] BoilerplateHints =
    [
        "cookie", "consent", "newsletter", "related", "share", "social", "promo", "advert", "subscribe", "comment",
        "breadcrumb", "teaser", "sidebar", "paywall", "byline", "author", "caption", "credit", "recommend", "more-",
    ];

    /// <summary>
    /// One walk over the tree. An element goes with everything inside it when the drop selector matches it or it is a
    /// boilerplate container; what is inside a removed element need not be looked at. This leaves the same tree as
    /// removing every match of the selector and then every boilerplate container left, at a fraction of the cost of
    /// matching 23 selectors against every element: the selector is only asked about elements with one of its names
    /// or attributes.
    /// </summary>
    public static void Remove(IDocument doc)
    {
        var pending = new Stack<INode>();
        pending.Push(doc);
        while (pending.TryPop(out var node))
        {
            var children = node.ChildNodes;
            // from the last child back, so that a removal does not move the children still to be looked at
            for (var k = children.Length - 1; k >= 0; k--)
            {
                if (children[k] is not IElement child) continue;
                if (IsFurniture(child) || IsBoilerplateContainer(child)) child.Remove();
                else pending.Push(child);
            }
        }
    }

    private static bool IsFurniture(IElement e) => MayMatchDrop(e) && DropSelector.Match(e);

    private static bool IsName(string selector) => selector.All(char.IsAsciiLetterOrDigit);

    private static bool MayMatchDrop(IElement e)
    {
        if (!Prefiltered || DropNames.Contains(e.LocalName)) return true;
        var attributes = e.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var a = attributes[i];
            if (a is not null && (DropAttributes.Contains(a.Name) || DropAttributes.Contains(a.LocalName))) return true;
        }
        return false;
    }

    private static bool IsBoilerplateContainer(IElement e)
    {
        if (e.LocalName is "html" or "body" or "article" or "main") return false;
        return HasHint(e.GetAttribute("class")) || HasHint(e.Id);
    }

    private static bool HasHint(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute)) return false;
        foreach (var hint in BoilerplateHints)
        {
            if (attribute.Contains(hint, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
