using NewsClaims.Extraction.Entities;
using NewsClaims.Extraction.Figures;

namespace NewsClaims.Extraction;

/// <summary>Whose people or things a figure counts when its own sentences do not say: decided once the whole article is read.</summary>
internal static class ArticleSides
{
    /// <summary>
    /// A figure whose sentences name no side counts the people or things of the country the article is about: for people
    /// killed or driven out, where the article's places are; otherwise the country it names most.
    /// </summary>
    public static void FillUnnamed(List<ClaimDraft> drafts, ArticleContext context)
    {
        var mostNamed = context.CountryMentions.Most();
        var mostPlaced = context.PlaceMentions.Most() ?? mostNamed;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i] is not { Quantity: not null, Actor: null } d) continue;
            var country = d.Unit is "civilians" or "refugees" or Units.Killed or Units.Wounded or Units.Casualties ? mostPlaced : mostNamed;
            if (d.Attacker is not null && country?.Name == d.Attacker) country = context.CountryMentions.MostOtherThan(d.Attacker);
            drafts[i] = d with { Actor = country ?? d.CountedPeople };
        }
    }

    /// <summary>
    /// "the defence ministry said it had downed 34 drones over the Moscow region": weapons a side shot down, with no side
    /// named in the sentence, are the armed group the article names or the country it names most, other than the speaker's.
    /// </summary>
    public static void TurnIntercepted(List<ClaimDraft> drafts, ArticleContext context, Lexicon lexicon)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i] is not { SideSettledAtEnd: true } d) continue;
            var own = lexicon.HomeOf(d.Source.Name);
            // ("Iran launched more than 300 drones …" before "American forces shot down 70 drones": the side that fired them)
            if (d.FiredBy is { } firer && firer.Name != own)
            {
                drafts[i] = d with { Actor = firer };
                continue;
            }
            // (a speaker of no known side gives no other side to turn to: what was carried stays)
            if (own is null && d.Actor is not null) continue;
            if ((context.LastGroup is { } group && group.Name != d.Source.Name ? group : context.CountryMentions.MostOtherThan(own)) is { } other)
                drafts[i] = d with { Actor = other };
        }
    }
}
