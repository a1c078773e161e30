using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A company one article names in full ("Brevik Minerals") and another only by its first word ("Brevik is a Norwegian
/// company") is one organization when the words left out are a legal form or a trade; a body whose longer name adds
/// another kind of word ("Morrow Party" beside a campaign group "Morrow") stays apart. Invented names.
/// </summary>
public class CorporateShortFormTests
{
    private const string Spec = """
        === site.yml ===
        title: Fjord Ledger
        === articles/licence.md ===
        ---
        date: 2032-04-02
        ---
        # Licence granted

        The mining company Brevik Minerals was granted a licence for the northern field on Monday.
        === articles/talks.md ===
        ---
        date: 2032-04-09
        ---
        # Talks on the field

        The ministry met the operator on Thursday. Brevik is a Norwegian company that has drilled in the region since 2020.
        === articles/vote.md ===
        ---
        date: 2032-04-10
        ---
        # Vote in the council

        The Morrow Party won three seats in the council election on Sunday.
        === articles/march.md ===
        ---
        date: 2032-04-11
        ---
        # March in the capital

        Morrow, a campaign group, led a march through the capital on Saturday.
        """;

    private static (SiteGraph Site, Dictionary<string, string> SlugOf) Build() => TestSite.Linked(Spec);

    private static List<string> Organizations(SiteGraph site, string article) =>
        site.Facts[article].Mentions.Where(m => m.Kind == ActorKind.Organization).Select(m => site.ActorIndex.SlugFor(article, m.Key)!).ToList();

    [Fact]
    public void A_company_named_by_its_first_word_alone_is_the_company_another_article_names_in_full()
    {
        var (site, slugOf) = Build();
        Organizations(site, slugOf["talks"]).ShouldContain("brevik-minerals");
        Organizations(site, slugOf["talks"]).ShouldNotContain("brevik");
    }

    [Fact]
    public void A_body_whose_longer_name_adds_no_legal_form_or_trade_stays_apart()
    {
        var (site, slugOf) = Build();
        Organizations(site, slugOf["march"]).ShouldNotContain("morrow-party");
    }
}
