namespace NewsClaims.Extraction.Text;

/// <summary>One sentence of the article: its span, its tokens and the paragraph it stands in.</summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, IReadOnlyList<Token> Tokens)
{
    public string TextOf(string articleText) => articleText[Start..End];
}
