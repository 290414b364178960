using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace NewsClaims.Cli;

/// <summary>
/// `newsclaims import DIR|FILES --server URL --token T`: sends text and HTML files through the app's API.
/// The server recognises an article it already has, so a re-run after an interruption saves only what is missing.
/// </summary>
public static class ImportCommand
{
    public sealed record FileResult(string File, string Outcome, string Detail);

    public sealed record Summary(int Saved, int Duplicates, int Failed, IReadOnlyList<FileResult> Files);

    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    public static Command Build()
    {
        var paths = new Argument<string[]>("PATHS") { Description = "Folders and files (.txt, .html)", Arity = ArgumentArity.OneOrMore };
        var server = new Option<string>("--server") { Description = "The app's address, e.g. http://localhost:5005", Required = true };
        var token = new Option<string>("--token") { Description = "An access token from POST /api/identity/login (Editor role)", Required = true };
        var published = new Option<string?>("--published") { Description = "Publication date for files that give none (YYYY-MM-DD); otherwise from a YYYY-MM-DD file-name prefix or the page" };
        var parallel = new Option<int>("--parallel") { Description = "Requests in flight at once (the server extracts in parallel and saves one article at a time)", DefaultValueFactory = _ => 4 };
        var batch = new Option<int>("--batch") { Description = "Articles per request (POST /api/articles/batch saves each batch in one transaction)", DefaultValueFactory = _ => 20 };
        var command = new Command("import", "Send articles to a NewsClaims server; duplicates are skipped") { paths, server, token, published, parallel, batch };
        command.SetAction(async (parse, ct) =>
        {
            if (!Uri.TryCreate(parse.GetValue(server), UriKind.Absolute, out var uri))
            {
                Console.Error.WriteLine("newsclaims: --server must be an absolute http(s) address");
                return ExtractCommand.BadInput;
            }
            if (parse.GetValue(parallel) is < 1 or > 64)
            {
                Console.Error.WriteLine("newsclaims: --parallel must be between 1 and 64");
                return ExtractCommand.BadInput;
            }
            if (parse.GetValue(batch) is < 1 or > 100)
            {
                Console.Error.WriteLine("newsclaims: --batch must be between 1 and 100");
                return ExtractCommand.BadInput;
            }
            var summary = await RunAsync(parse.GetValue(paths)!, uri, parse.GetValue(token)!, parse.GetValue(published), ct,
                parallel: parse.GetValue(parallel), batch: parse.GetValue(batch));
            return summary.Failed == 0 ? 0 : 1;
        });
        return command;
    }

    public static IReadOnlyList<string> FilesIn(IEnumerable<string> paths) =>
        paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                : [p])
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static async Task<Summary> RunAsync(IEnumerable<string> paths, Uri server, string token, string? published, CancellationToken ct,
        HttpMessageHandler? handler = null, int parallel = 1, int batch = 1)
    {
        var files = FilesIn(paths);
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = server;
        http.Timeout = TimeSpan.FromMinutes(2);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var slots = new FileResult[files.Count];
        var gate = new Lock();

        var chunks = Enumerable.Range(0, files.Count).Chunk(batch).ToList();
        async Task ImportAllAsync(Action<FileResult> advance) =>
            await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
                async (chunk, token) =>
                {
                    var done = await ImportBatchAsync(http, chunk.Select(i => files[i]).ToList(), published, token);
                    lock (gate)
                    {
                        for (var n = 0; n < chunk.Length; n++)
                        {
                            slots[chunk[n]] = done[n];
                            advance(done[n]);
                        }
                    }
                });

        if (Console.IsOutputRedirected || files.Count == 0)
        {
            await ImportAllAsync(r => Console.Out.WriteLine($"{r.Outcome,-9} {r.File} {r.Detail}"));
        }
        else
        {
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: files.Count);
                await ImportAllAsync(_ => task.Increment(1));
            });
            var table = new Table().AddColumns("File", "Outcome", "Detail");
            // a long import lists only what needs attention
            var shown = slots.Length <= 200 ? slots : slots.Where(r => r.Outcome == "failed").ToArray();
            foreach (var r in shown) table.AddRow(Markup.Escape(r.File), Markup.Escape(r.Outcome), Markup.Escape(r.Detail));
            AnsiConsole.Write(table);
        }

        var summary = new Summary(slots.Count(r => r.Outcome == "saved"), slots.Count(r => r.Outcome == "duplicate"),
            slots.Count(r => r.Outcome == "failed"), slots);
        Console.Out.WriteLine($"{summary.Saved} saved, {summary.Duplicates} already stored, {summary.Failed} failed");
        return summary;
    }

    /// <summary>Several files in one request; a file that cannot be read is reported and left out.</summary>
    private static async Task<FileResult[]> ImportBatchAsync(HttpClient http, IReadOnlyList<string> files, string? published, CancellationToken ct)
    {
        var results = new FileResult[files.Count];
        var sent = new List<int>();
        var articles = new List<object>();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                articles.Add(new { content = await File.ReadAllTextAsync(files[i], ct), published = published ?? DateFromName(files[i]) });
                sent.Add(i);
            }
            catch (IOException e)
            {
                results[i] = new FileResult(files[i], "failed", e.Message);
            }
        }
        try
        {
            using var response = await http.PostAsJsonAsync("/api/articles/batch", new { articles }, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                foreach (var i in sent) results[i] = new FileResult(files[i], "failed", $"{(int)response.StatusCode}: {Detail(body)}");
                return results;
            }
            using var json = JsonDocument.Parse(body);
            foreach (var r in json.RootElement.GetProperty("results").EnumerateArray())
            {
                var i = sent[r.GetProperty("index").GetInt32()];
                var status = r.GetProperty("status").GetInt32();
                results[i] = status switch
                {
                    201 => new FileResult(files[i], "saved", $"article {r.GetProperty("id").GetInt32()}"),
                    200 => new FileResult(files[i], "duplicate", $"already stored as article {r.GetProperty("id").GetInt32()}"),
                    _ => new FileResult(files[i], "failed", $"{status}: {r.GetProperty("problem").GetString()}"),
                };
            }
        }
        catch (HttpRequestException e)
        {
            foreach (var i in sent) results[i] = new FileResult(files[i], "failed", e.Message);
        }
        return results;
    }

    private static string? DateFromName(string file)
    {
        var name = Path.GetFileName(file);
        return name.Length >= 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? name[..10] : null;
    }

    private static string Detail(string problem)
    {
        try
        {
            using var json = JsonDocument.Parse(problem);
            if (json.RootElement.TryGetProperty("errors", out var errors))
                return string.Join(" ", errors.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(v => v.GetString())));
            return json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : problem;
        }
        catch (JsonException)
        {
            return problem.Length > 200 ? problem[..200] : problem;
        }
    }
}
