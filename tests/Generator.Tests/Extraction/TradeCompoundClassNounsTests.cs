using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A trade named by its goods and a noun before a name ("gas producer Velmora", "the car maker Tarvel"), from words.yml's
/// organizationClassNouns, is a company's; the noun alone after other words ("record producer") may stay a person's role.
/// </summary>
public class TradeCompoundClassNounsTests
{
    private static List<(string Key, ActorKind Kind)> Actors(string text) =>
        Extracting.Facts("Markets\n\n" + text, path: "content/articles/a.md").Mentions.Select(m => (m.Key, m.Kind)).Distinct().ToList();

    [Fact]
    public void Goods_and_a_trade_noun_before_a_name_make_a_company()
    {
        var actors = Actors("Shares in gas producer Velmora rose 4% on Tuesday. Velmora said output would rise.");
        actors.ShouldContain(("Velmora", ActorKind.Organization));
        actors.ShouldNotContain(("Velmora", ActorKind.Person));
        Actors("The car maker Tarvel said profits fell in the first half.").ShouldContain(("Tarvel", ActorKind.Organization));
        Actors("The film distributor Hanzo said the release would go ahead.").ShouldContain(("Hanzo", ActorKind.Organization));
    }

    [Fact]
    public void A_producer_of_records_stays_a_person()
    {
        var actors = Actors("The record producer Tom Vellacott said the album was finished.");
        actors.ShouldContain(("Tom Vellacott", ActorKind.Person));
        actors.ShouldNotContain(a => a.Kind == ActorKind.Organization);
    }
}
