using System.CommandLine;
using System.Globalization;
using NewsClaims.Cli.Generation;

namespace NewsClaims.Cli;

/// <summary>
/// `newsclaims generate --articles N --out DIR [--seed S]`: synthetic articles for load tests, named
/// YYYY-MM-DD-NNNNN.txt so that `newsclaims import` takes the publication date from the name.
/// </summary>
public static class GenerateCommand
{
    public static Command Build()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to write", DefaultValueFactory = _ => 1000 };
        var output = new Option<string>("--out") { Description = "Folder to write them to (created when missing)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Same seed, same articles", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Write realistic synthetic German and English articles for load tests") { articles, output, seed };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(articles);
            if (count is < 1 or > 1_000_000)
            {
                Console.Error.WriteLine("newsclaims: --articles must be between 1 and 1000000");
                return ExtractCommand.BadInput;
            }
            var folder = parse.GetValue(output)!;
            Write(count, folder, parse.GetValue(seed));
            Console.Out.WriteLine($"{count} articles written to {folder}");
            return 0;
        });
        return command;
    }

    public static void Write(int count, string folder, int seed)
    {
        Directory.CreateDirectory(folder);
        var generator = new SyntheticArticles(seed);
        for (var i = 0; i < count; i++)
        {
            var article = generator.Next();
            var name = string.Create(CultureInfo.InvariantCulture, $"{article.Published:yyyy-MM-dd}-{i:00000}.txt");
            File.WriteAllText(Path.Combine(folder, name), article.Text);
        }
    }
}
