using NewsClaims.Extraction.Reading;

namespace NewsClaims.Web.Ingestion;

/// <summary>A save needs a publication date: given by the user, or read from the page. It is never guessed.</summary>
public static class PublicationDate
{
    public const string Missing = "Give the publication date (YYYY-MM-DD): dates in the text are read against it.";

    /// <summary>"2024-10-18-nis-report.txt" names its day; other names name none.</summary>
    public static DateOnly? FromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.Length >= 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d) ? d : null;
    }

    public static bool KnownFor(ArticleSubmission submission)
    {
        if (submission.Published is not null) return true;
        try
        {
            return ArticleReader.Read(new ArticleInput(submission.Content)).Published is not null;
        }
        catch (UnreadableArticleException)
        {
            return true; // the extraction step says what is wrong with the input
        }
    }
}
