using NewsClaims.Extraction.Contract;

namespace NewsClaims.Extraction;

/// <summary>How often an article names each country, with the words it first used: the article's most named one wins.</summary>
internal sealed class MentionTally
{
    private readonly Dictionary<string, (int Count, int Order, string Text)> _seen = new(StringComparer.Ordinal);

    public void Add(string name, string text)
    {
        _seen[name] = _seen.TryGetValue(name, out var s) ? (s.Count + 1, s.Order, s.Text) : (1, _seen.Count, text);
    }

    /// <summary>The most named; on a tie, the one named first.</summary>
    public NamedRef? Most() => MostOtherThan(null);

    /// <summary>The most named apart from <paramref name="except"/>; on a tie, the one named first.</summary>
    public NamedRef? MostOtherThan(string? except)
    {
        NamedRef? best = null;
        (int Count, int Order) top = (0, int.MaxValue);
        foreach (var (name, s) in _seen)
        {
            if (name == except) continue;
            if (s.Count < top.Count || s.Count == top.Count && s.Order > top.Order) continue;
            top = (s.Count, s.Order);
            best = new NamedRef(name, s.Text);
        }
        return best;
    }
}
