using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace NewsClaims.Extraction.Reading;

/// <summary>
/// The &lt;meta&gt; elements and JSON-LD scripts of a page, in document order, found in one walk over the tree instead
/// of one search each: on a heavy page (thousands of elements) every walk costs tens of microseconds.
/// </summary>
internal sealed record HeadElements(List<IElement> Metas, List<IElement> LdScripts)
{
    /// <summary>Parsed once; asked only about script elements.</summary>
    private static readonly ISelector LdScript = new CssSelectorParser().ParseSelector("script[type='application/ld+json']")
        ?? throw new InvalidOperationException("the JSON-LD selector does not parse");

    /// <summary>
    /// What GetElementsByTagName("meta") gives (every element whose local name is "meta" in any case) and what
    /// QuerySelectorAll of the JSON-LD selector gives, both in document order.
    /// </summary>
    public static HeadElements Collect(IDocument doc)
    {
        var found = new HeadElements([], []);
        var pending = new Stack<INode>();
        pending.Push(doc);
        while (pending.TryPop(out var node))
        {
            if (node is IElement e)
            {
                if (string.Equals(e.LocalName, "meta", StringComparison.OrdinalIgnoreCase)) found.Metas.Add(e);
                else if (string.Equals(e.LocalName, "script", StringComparison.OrdinalIgnoreCase) && LdScript.Match(e)) found.LdScripts.Add(e);
            }
            // children pushed last first, so that they are visited in document order
            var children = node.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                if (children[k] is IElement child) pending.Push(child);
            }
        }
        return found;
    }
}
