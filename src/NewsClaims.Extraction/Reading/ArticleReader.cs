namespace NewsClaims.Extraction.Reading;

/// <summary>
/// The first stage: pasted text or an HTML page in, clean article text and metadata out. What the
/// user supplied (publisher, date, language) wins over what the page says.
/// </summary>
public static class ArticleReader
{
    public const int MaxContentLength = 5_000_000;

    public static ReadArticle Read(ArticleInput input)
    {
        var content = input.Content ?? "";
        if (string.IsNullOrWhiteSpace(content)) throw new UnreadableArticleException("The article is empty.");
        if (content.Length > MaxContentLength)
            throw new UnreadableArticleException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The article is too large ({content.Length:N0} characters; at most {MaxContentLength:N0})."));
        if (LooksBinary(content)) throw new UnreadableArticleException("The input looks like a binary file, not text or HTML.");

        string? pageTitle = null, pagePublisher = null, pageLanguage = null, pageUrl = null;
        DateOnly? pagePublished = null;
        var text = content;
        if (HtmlArticleReader.LooksLikeHtml(content))
        {
            var page = HtmlArticleReader.Read(content);
            (pageTitle, pagePublisher, pagePublished, pageLanguage, pageUrl) = (page.Title, page.Publisher, page.Published, page.Language, page.Url);
            text = page.BodyText;
        }

        var cleaned = PlainTextCleaner.Clean(text, pageTitle);
        if (string.IsNullOrWhiteSpace(cleaned.Text)) throw new UnreadableArticleException("No article text was found in the input.");
        var language = input.Language ?? pageLanguage ?? LanguageDetector.Detect(cleaned.Text);
        return new ReadArticle(
            cleaned.Text,
            cleaned.Title,
            cleaned.Kicker,
            input.Publisher ?? pagePublisher ?? cleaned.Credit?.Publisher,
            input.Published ?? pagePublished,
            language,
            cleaned.Credit?.Agencies ?? [],
            input.Url ?? pageUrl,
            cleaned.Removed)
        { HeadlineLength = cleaned.HeadlineLength };
    }

    /// <summary>NUL bytes or many control characters: an image or a zip pasted as text.</summary>
    public static bool LooksBinary(string content)
    {
        var sample = content.AsSpan(0, Math.Min(content.Length, 8192)); // a view, not a copy of the page's head
        if (sample.ContainsAny('\0', '\uFFFD')) return true;
        // vectorised searches for the rare control characters instead of a test of every character
        var control = 0;
        for (var rest = sample; rest.IndexOfAny(ControlCharacters) is var at and >= 0; rest = rest[(at + 1)..]) control++;
        return control > sample.Length / 100 + 2;
    }

    /// <summary>What <see cref="char.IsControl(char)"/> calls control (U+0000–U+001F, U+007F–U+009F) but line breaks, tabs and form feeds.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))]);
}
