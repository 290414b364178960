using System.Globalization;

namespace NewsClaims.Web.Api;

internal static class ArticleResults
{
    public static IResult TooLarge(NewsClaimsOptions options) =>
        Results.Problem(
            string.Create(CultureInfo.InvariantCulture, $"The article is larger than the limit of {options.MaxArticleCharacters:N0} characters."),
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Article too large");
}
