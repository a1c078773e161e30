using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A person one article introduces (with a title) is found again where another article of the site names them bare,
/// with no title or verb of saying to discover them by; later in that article the surname alone is them too. Invented
/// names and a regional-paper style the extraction cases do not use.
/// </summary>
public class SiteWideNamesTests
{
    private const string Spec = """
        === site.yml ===
        title: Harbour Post
        === articles/quota.md ===
        ---
        date: 2031-03-02
        ---
        # Tuna quota cut

        Fisheries Minister Tavita Leausa announced a cut to the tuna quota on Monday, to take effect in April.
        === articles/letter.md ===
        ---
        date: 2031-03-05
        ---
        # Cooperative writes to the ministry

        The island's largest fishing cooperative sent an open letter to Tavita Leausa this week, asking for the cut to be
        delayed until the end of the season.

        Members of the cooperative met on the quay at dawn. Many blame Leausa for the timing, which falls in the best month
        for tuna.

        Boats from the Tavita Leausa Memorial Regatta were moored nearby.
        === articles/market.md ===
        ---
        date: 2031-03-06
        ---
        # Prices rise at the market

        Traders said prices rose at Harbour Market on Tuesday. Prices would go on rising, Neru Fale said.
        === articles/stall.md ===
        ---
        date: 2031-03-07
        ---
        # Stall holders

        The stall run by Neru Fale sold out before noon.
        === articles/yard.md ===
        ---
        date: 2031-03-08
        ---
        # Ferry contract awarded

        The shipbuilder Marovo Harbour Works won the contract for two inter-island ferries on Friday. The Finance Committee
        said the price was fair.
        === articles/ferries.md ===
        ---
        date: 2031-03-20
        ---
        # Ferries on schedule

        Work on the two ferries ordered from Marovo Harbour Works began this week, and a report to Finance Committee
        members found no delay.
        === articles/contract.md ===
        ---
        date: 2031-04-02
        ---
        # Supply contract signed

        Tavrin Metals LLC and Quellor Trading Corporation signed a ten-year supply contract on Thursday.
        === articles/cargo.md ===
        ---
        date: 2031-04-20
        ---
        # First cargo

        The first cargo left on Monday, four months after the state-owned Tavrin Metals agreed a supply deal with Quellor Trading.

        Quellor said regular shipments would follow. Members of the Union of Tavrin Metals Workers met on Tuesday.
        """;

    private static (SiteGraph Site, Dictionary<string, string> SlugOf) Build() => TestSite.Linked(Spec);

    private static List<(string Text, string Actor)> People(SiteGraph site, string article, ActorKind kind = ActorKind.Person) =>
        site.Facts[article].Mentions.Where(m => m.Kind == kind)
            .Select(m => (site.Facts[article].Paragraphs[m.Paragraph].Text.Substring(m.Start, m.Length), site.ActorIndex.SlugFor(article, m.Key)!))
            .ToList();

    [Fact]
    public void A_titled_person_of_one_article_is_found_where_another_names_them_bare()
    {
        var (site, slugOf) = Build();
        var people = People(site, slugOf["letter"]);
        people.ShouldContain(("Tavita Leausa", "tavita-leausa"));
        site.ActorIndex.Find("tavita-leausa")!.Articles.Length.ShouldBe(2);
    }

    [Fact]
    public void After_the_bare_full_name_the_surname_alone_is_the_same_person()
    {
        var (site, slugOf) = Build();
        People(site, slugOf["letter"]).ShouldContain(("Leausa", "tavita-leausa"));
    }

    [Fact]
    public void A_name_inside_a_longer_capitalized_name_is_not_the_person()
    {
        var (site, slugOf) = Build();
        var letter = site.Facts[slugOf["letter"]];
        letter.Mentions.Where(m => m.Paragraph == letter.Paragraphs.Length - 1).ShouldBeEmpty();
    }

    [Fact]
    public void A_name_found_only_by_a_verb_of_saying_is_not_looked_for_elsewhere()
    {
        // "Neru Fale said" is evidence enough inside its article, too weak to make every "Neru Fale" on the site a person.
        var (site, slugOf) = Build();
        People(site, slugOf["market"]).Select(p => p.Text).ShouldContain("Neru Fale");
        People(site, slugOf["stall"]).ShouldBeEmpty();
    }

    [Fact]
    public void An_organization_one_article_discovers_is_found_where_another_names_it_bare()
    {
        var (site, slugOf) = Build();
        People(site, slugOf["yard"], ActorKind.Organization).ShouldContain(("Marovo Harbour Works", "marovo-harbour-works"));
        People(site, slugOf["ferries"], ActorKind.Organization).ShouldContain(("Marovo Harbour Works", "marovo-harbour-works"));
    }

    [Fact]
    public void A_body_named_only_with_words_any_body_has_is_not_looked_for_elsewhere()
    {
        // "the Finance Committee" of one article may be another body than a "Finance Committee" another article names.
        var (site, slugOf) = Build();
        People(site, slugOf["yard"], ActorKind.Organization).Select(o => o.Text).ShouldContain("Finance Committee");
        People(site, slugOf["ferries"], ActorKind.Organization).Select(o => o.Text).ShouldNotContain("Finance Committee");
    }

    [Fact]
    public void An_organization_read_as_a_person_by_a_verb_alone_is_the_organization_another_article_found()
    {
        var (site, slugOf) = Build();
        var cargo = slugOf["cargo"];
        People(site, cargo, ActorKind.Organization).ShouldContain(("Tavrin Metals", "tavrin-metals"));
        People(site, cargo).ShouldNotContain(p => p.Text.StartsWith("Tavrin"));
    }

    [Fact]
    public void A_short_form_of_a_site_organization_is_it_where_the_article_names_it_longer_too()
    {
        // "Quellor Trading" of "Quellor Trading Corporation", then "Quellor said": both the company, not a person.
        var (site, slugOf) = Build();
        var cargo = slugOf["cargo"];
        People(site, cargo, ActorKind.Organization).ShouldContain(("Quellor Trading", "quellor-trading-corporation"));
        People(site, cargo, ActorKind.Organization).ShouldContain(("Quellor", "quellor-trading-corporation"));
        People(site, cargo).ShouldBeEmpty();
    }

    [Fact]
    public void A_site_organization_inside_a_longer_name_joined_by_of_is_not_it()
    {
        var (site, slugOf) = Build();
        var cargo = site.Facts[slugOf["cargo"]];
        cargo.Mentions.Where(m => m.Paragraph == cargo.Paragraphs.Length - 1 && m.Key == "Tavrin Metals").ShouldBeEmpty();
    }
}
