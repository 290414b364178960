using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsClaims.Extraction;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Reading;

namespace NewsClaims.Cli;

/// <summary>`newsclaims extract FILE|-`: prints the extraction contract; exit 2 with one line on bad input.</summary>
public static class ExtractCommand
{
    public const int BadInput = 2;

    public static RootCommand BuildRoot()
    {
        var file = new Argument<string>("FILE") { Description = "A text or HTML file, or - for standard input" };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD" };
        var publisher = new Option<string?>("--publisher") { Description = "Publisher name" };
        var language = new Option<string?>("--language") { Description = "de or en (detected when absent)" };
        var extract = new Command("extract", "Print the claims found in an article as newsclaims.extraction/v1 JSON")
        {
            file, published, publisher, language,
        };
        extract.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(published), parse.GetValue(publisher), parse.GetValue(language)));
        return new RootCommand("NewsClaims: conflict news into tracked claims") { extract, ImportCommand.Build(), GenerateCommand.Build() };
    }

    public static int Run(string file, string? published, string? publisher, string? language)
    {
        DateOnly? date = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Fail($"unreadable date '{published}': use YYYY-MM-DD");
            date = d;
        }
        if (language is not null && language is not ("de" or "en")) return Fail($"unknown language '{language}': use de or en");

        string content;
        try
        {
            content = file == "-" ? Console.In.ReadToEnd() : ReadFile(file);
        }
        catch (UnreadableArticleException e)
        {
            return Fail(e.Message);
        }
        catch (FileNotFoundException)
        {
            return Fail($"no such file: {file}");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail($"no such file: {file}");
        }
        catch (UnauthorizedAccessException)
        {
            return Fail($"cannot read {file}: permission denied");
        }

        try
        {
            var article = ClaimExtractor.Default.Extract(new ArticleInput(content, date, publisher, language));
            Console.Out.Write(ContractJson.Serialize(article));
            Console.Out.WriteLine();
            return 0;
        }
        catch (UnreadableArticleException e)
        {
            return Fail(e.Message);
        }
    }

    private static string ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        // NUL bytes mean binary; otherwise UTF-8 (with or without BOM)
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new UnreadableArticleException("The input looks like a binary file, not text or HTML.");
        return new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"newsclaims: {message}");
        return BadInput;
    }
}
