using System.Diagnostics;
using System.Text.Json;

namespace NewsClaims.Extraction.Tests.Corpus;

/// <summary>
/// Runs ../shared/eval/score.py (the project's yardstick) against the command line built beside these
/// tests, and returns its summary.
/// </summary>
public static class ScoreScript
{
    public sealed record Summary(double TupleF1, double TupleRecall, double FigureF1, double StanceF1, double StanceRecall, double StancePrecision,
        int Errors, int Gold, int Predicted);

    public static Summary Run(string goldFolder)
    {
        var script = Path.Combine(SharedFixtures.RequireFolder(), "eval", "score.py");
        var cli = Path.Combine(AppContext.BaseDirectory, "newsclaims.dll");
        var output = Path.Combine(AppContext.BaseDirectory, $"score-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { script, goldFolder, "--cli", $"dotnet {cli}", "--json", output }) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5))) throw new TimeoutException("score.py took over five minutes");
            if (process.ExitCode != 0) throw new InvalidOperationException($"score.py failed: {stderr}{stdout.Result}");
            using var json = JsonDocument.Parse(File.ReadAllText(output));
            var s = json.RootElement.GetProperty("summary");
            double F(string level, string key) => s.GetProperty(level).GetProperty(key).GetDouble();
            return new Summary(F("tuple", "f1"), F("tuple", "r"), F("figure", "f1"), F("stance", "f1"), F("stance", "r"), F("stance", "p"),
                s.GetProperty("errors").GetInt32(), s.GetProperty("gold").GetInt32(), s.GetProperty("predicted").GetInt32());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed; the scoring script needs it.");
            throw;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
