using System.Security.Cryptography;
using System.Text;

namespace NewsClaims.Web.Ingestion;

/// <summary>The identity of an article's text: white space and case folded, so a re-paste is recognised.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()))).ToLowerInvariant();
    }
}
