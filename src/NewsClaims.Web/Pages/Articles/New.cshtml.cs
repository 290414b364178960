using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsClaims.Extraction.Contract;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Api;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Pages.Articles;

/// <summary>
/// Bring an article in: paste text or HTML, or upload files; preview what was found, correct it, save.
/// Every save goes through the ingestion service in one transaction.
/// </summary>
public sealed class NewArticleModel(IngestionService ingestion, ArticleIntake intake, IOptions<NewsClaimsOptions> options, TimeProvider clock,
    Data.NewsClaimsDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public string? Content { get; set; }
        public string? Publisher { get; set; }
        public string? Published { get; set; }
        public string? Language { get; set; }
        public string? Url { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public List<ClaimEdit> Claims { get; set; } = [];

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>The cleaned article with every claim's evidence marked, as encoded HTML (built here so its text is exact).</summary>
    public string? PreviewHtml { get; private set; }

    public IReadOnlyList<string> RemovedLines { get; private set; } = [];

    /// <summary>Canonical source names to pick from; a name typed that is an alias finds its source on save.</summary>
    public IReadOnlyList<string> SourceNames { get; private set; } = [];

    public void OnGet()
    {
    }

    /// <summary>Save as extracted: pasted content, or each uploaded file.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Uploads.Count > 0) return await SaveUploadsAsync(ct);
        var outcome = await intake.SaveAsync(RequestFor(Input.Content, Input.Published), Who, ct);
        if (outcome.Saved is not { } saved) return Refused(outcome);
        if (saved.Duplicate) TempData["Notice"] = "This article was already stored; here it is.";
        return Redirect($"/articles/{saved.ArticleId}");
    }

    /// <summary>Read and extract without saving: the editor checks the claims against the marked text.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (await ValidateAsync(ct) is not { } submission) return Page();
        try
        {
            var extraction = ingestion.Extract(submission);
            Claims = extraction.Claims.Select(ClaimEdit.From).ToList();
            SourceNames = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Sources.OrderBy(x => x.Name).Select(x => x.Name).Take(1000), ct);
            // what the reader found is prefilled and stays editable
            Input.Publisher ??= extraction.Article.Publisher;
            Input.Published ??= extraction.Article.Published;
            Input.Language ??= extraction.Article.Language;
            PreviewHtml = Mark(extraction.Text, extraction.Claims, submission.Published ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            RemovedLines = extraction.RemovedLines;
            ModelState.Clear();
            return Page();
        }
        catch (UnreadableArticleException e)
        {
            ModelState.AddModelError("Input.Content", e.Message);
            return Page();
        }
    }

    /// <summary>Save what the editor corrected: the claims as edited, each marked extracted, corrected or added.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await ValidateAsync(ct) is not { } submission) return Page();
        ExtractedArticle extraction;
        try
        {
            extraction = ingestion.Extract(submission);
        }
        catch (UnreadableArticleException e)
        {
            ModelState.AddModelError("Input.Content", e.Message);
            return Page();
        }
        var published = DateOnly.ParseExact(extraction.Article.Published ?? clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var kept = new List<ExtractedClaim>();
        var origins = new List<string>();
        foreach (var edit in Claims.Where(c => !c.Delete))
        {
            var evidence = extraction.Claims.FirstOrDefault(x => x.Evidence.Any(e => e.Start == edit.EvidenceStart && e.End == edit.EvidenceEnd))?.Evidence ?? [];
            var (claim, problem) = edit.ToClaim(extraction.Text, evidence, published);
            if (problem is not null) ModelState.AddModelError("", problem);
            else
            {
                kept.Add(claim!);
                origins.Add(edit.Origin);
            }
        }
        if (!ModelState.IsValid)
        {
            PreviewHtml = Mark(extraction.Text, extraction.Claims, published);
            return Page();
        }
        var result = await ingestion.SaveAsync(extraction with { Claims = kept }, User.Identity?.Name ?? "editor", ct, origins);
        if (result.Duplicate) TempData["Notice"] = "This article was already stored; here it is. Nothing was changed.";
        return Redirect($"/articles/{result.ArticleId}");
    }

    private async Task<IActionResult> SaveUploadsAsync(CancellationToken ct)
    {
        var report = new List<string>();
        int? last = null;
        foreach (var file in Uploads)
        {
            if (file.Length > options.Value.MaxArticleCharacters * 4L)
            {
                report.Add($"{file.FileName}: larger than the size limit, not saved.");
                continue;
            }
            string content;
            using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                content = await reader.ReadToEndAsync(ct);
            var published = Input.Published ?? PublicationDate.FromFileName(file.FileName)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var outcome = await intake.SaveAsync(RequestFor(content, published), Who, ct);
            if (outcome.Saved is { } saved)
            {
                last = saved.ArticleId;
                report.Add($"{file.FileName}: {(saved.Duplicate ? "already stored" : "saved")} as article {saved.ArticleId}.");
            }
            else
            {
                report.Add($"{file.FileName}: {outcome.Problem} Not saved.");
            }
        }
        TempData["Notice"] = string.Join(" ", report);
        return Uploads.Count == 1 && last is { } id ? Redirect($"/articles/{id}") : Redirect("/articles");
    }

    private string Who => User.Identity?.Name ?? "editor";

    private ArticleRequest RequestFor(string? content, string? published) =>
        new(content, Input.Url, published, Input.Publisher, Input.Language);

    /// <summary>The request made ready (URL fetched, date known), or null with the problems shown on the form.</summary>
    private async Task<ArticleSubmission?> ValidateAsync(CancellationToken ct)
    {
        var outcome = await intake.PrepareAsync(RequestFor(Input.Content, Input.Published), Who, ct);
        if (outcome.Submission is not { } submission)
        {
            Refused(outcome);
            return null;
        }
        // the fetched page stays in the form, so that preview and save read the same text
        Input.Content = submission.Content;
        return submission;
    }

    private PageResult Refused(IntakeOutcome outcome)
    {
        foreach (var (key, messages) in outcome.Errors)
        {
            foreach (var m in messages) ModelState.AddModelError("Input." + char.ToUpperInvariant(key[0]) + key[1..], m);
        }
        return Page();
    }

    /// <summary>The article text with each claim's figure and source words marked inside its evidence sentence.</summary>
    private static string Mark(string text, IReadOnlyList<ExtractedClaim> claims, DateOnly published)
    {
        var marks = new List<(int Start, int End, string Kind)>();
        foreach (var c in claims)
        {
            foreach (var e in c.Evidence)
            {
                void Add(string? words, string kind)
                {
                    if (string.IsNullOrEmpty(words)) return;
                    var at = text.IndexOf(words, e.Start, e.End - e.Start, StringComparison.Ordinal);
                    if (at >= 0 && !marks.Any(m => m.Start < at + words.Length && at < m.End)) marks.Add((at, at + words.Length, kind));
                }
                Add(c.Quantity?.Text, "figure");
                Add(c.Source?.Text, "source");
            }
        }
        // date words ("am Freitag", "bis Dezember") in the evidence sentences, found the way the extractor finds them
        foreach (var (start, end) in claims.SelectMany(c => c.Evidence).Select(e => (e.Start, e.End)).Distinct())
        {
            var tokens = NewsClaims.Extraction.Text.Tokenizer.Tokenize(text[start..end]);
            foreach (var d in NewsClaims.Extraction.Dates.DateFinder.Find(tokens, published))
            {
                var (from, to) = (start + tokens[d.First].Start, start + tokens[d.Last].End);
                if (!marks.Any(m => m.Start < to && from < m.End)) marks.Add((from, to, "date"));
            }
        }
        marks.Sort((a, b) => a.Start.CompareTo(b.Start));
        var html = new StringBuilder();
        var enc = HtmlEncoder.Default;
        var pos = 0;
        foreach (var (start, end, kind) in marks)
        {
            Append(html, enc, text, pos, start);
            html.Append("<mark class=\"").Append(kind).Append("\">").Append(enc.Encode(text[start..end])).Append("</mark>");
            pos = end;
        }
        Append(html, enc, text, pos, text.Length);
        return html.ToString();
    }

    private static void Append(StringBuilder html, HtmlEncoder enc, string text, int from, int to)
    {
        if (to > from) html.Append(enc.Encode(text[from..to]));
    }
}
