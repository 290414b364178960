namespace NewsClaims.Web.Pages.Review;

/// <summary>Splits an evidence sentence so the figure and source words can be marked (rendered encoded, never as HTML).</summary>
public static class Highlight
{
    public sealed record Part(string Text, string? Kind);

    public static IReadOnlyList<Part> Split(string sentence, string? figure, string? source)
    {
        var marks = new List<(int Start, int End, string Kind)>();
        void Mark(string? words, string kind)
        {
            if (string.IsNullOrEmpty(words)) return;
            var at = sentence.IndexOf(words, StringComparison.Ordinal);
            if (at >= 0 && !marks.Any(m => m.Start < at + words.Length && at < m.End)) marks.Add((at, at + words.Length, kind));
        }
        Mark(figure, "figure");
        Mark(source, "source");
        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        var parts = new List<Part>();
        var pos = 0;
        foreach (var (start, end, kind) in marks)
        {
            if (start > pos) parts.Add(new Part(sentence[pos..start], null));
            parts.Add(new Part(sentence[start..end], kind));
            pos = end;
        }
        if (pos < sentence.Length) parts.Add(new Part(sentence[pos..], null));
        return parts;
    }
}
