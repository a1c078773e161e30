using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A peer named only by title ("Lord Tolland", a judge) is not the commoner of that surname another article names with a
/// given name ("Derek Tolland", an MP), unless an article calls that person by the title too ("Alan Pryde ... Lord
/// Pryde"). Invented names.
/// </summary>
public class PeerTitleTests
{
    private const string Spec = """
        === site.yml ===
        title: Northern Courier
        === articles/budget.md ===
        ---
        date: 2033-02-01
        ---
        # MP criticises budget

        Conservative MP Derek Tolland said the budget would hurt small farms in the north.
        === articles/appeal.md ===
        ---
        date: 2033-02-03
        ---
        # Appeal dismissed

        Judge Lord Brodie, sitting with Lord Marwick and Lord Tolland, dismissed the appeal on Tuesday.
        === articles/peerage.md ===
        ---
        date: 2033-02-05
        ---
        # New peers named

        Former minister Alan Pryde is to join the Lords. Lord Pryde will sit as a crossbencher.
        === articles/lords.md ===
        ---
        date: 2033-02-07
        ---
        # Lords debate

        Lord Pryde spoke in the debate on farm subsidies on Thursday.
        """;

    private static (SiteGraph Site, Dictionary<string, string> SlugOf) Build() => TestSite.Linked(Spec);

    [Fact]
    public void A_peer_named_by_title_is_not_the_commoner_of_that_surname()
    {
        var (site, slugOf) = Build();
        var derek = site.ActorIndex.Find("derek-tolland")!;
        derek.Articles.ShouldNotContain(slugOf["appeal"]);
        site.ActorIndex.SlugFor(slugOf["appeal"], "Tolland").ShouldBe("tolland");
    }

    [Fact]
    public void A_peer_is_the_person_an_article_names_both_by_full_name_and_by_title()
    {
        var (site, slugOf) = Build();
        site.ActorIndex.Find("alan-pryde")!.Articles.ShouldContain(slugOf["lords"]);
    }
}
