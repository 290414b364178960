using System.Net;
using AngleSharp.Html.Parser;

namespace NewsClaims.Web.Tests.Infrastructure;

/// <summary>Posts a Razor Pages form as a browser would: with the antiforgery token from the page.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var doc = new HtmlParser().ParseDocument(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token");
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public static bool IsRedirect(HttpResponseMessage r) => r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther;
}
