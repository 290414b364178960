using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsClaims.Extraction.Reading;
using NewsClaims.Web.Api;
using NewsClaims.Web.Ingestion;

namespace NewsClaims.Web.Pages.Articles;

public sealed class NewArticleModel(IngestionService ingestion, IOptions<NewsClaimsOptions> options, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? Content { get; set; }
        public string? Publisher { get; set; }
        public string? Published { get; set; }
        public string? Language { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new ArticleRequest(Input.Content, null, Input.Published, Input.Publisher, Input.Language);
        var (submission, errors, tooLarge) = request.Validate(options.Value, clock, User.Identity?.Name ?? "editor");
        if (tooLarge) ModelState.AddModelError("Input.Content", "The article is larger than the size limit.");
        foreach (var (key, messages) in errors)
        {
            foreach (var m in messages) ModelState.AddModelError("Input." + char.ToUpperInvariant(key[0]) + key[1..], m);
        }
        if (submission is null) return Page();
        try
        {
            var result = await ingestion.IngestAsync(submission, ct);
            if (result.Duplicate) TempData["Notice"] = "This article was already stored; here it is.";
            return Redirect($"/articles/{result.ArticleId}");
        }
        catch (UnreadableArticleException e)
        {
            ModelState.AddModelError("Input.Content", e.Message);
            return Page();
        }
    }
}
