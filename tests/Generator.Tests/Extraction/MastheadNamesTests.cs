using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Outlets by their titles: one ending in a masthead word before a newsroom noun or a verb of reporting (MastheadNames),
/// one told something after "told the" (OutletNames).
/// </summary>
public class MastheadNamesTests
{
    [Fact]
    public void A_title_before_a_newsroom_noun_is_an_outlet()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Ferry strike\n\nAccording to Tonga Observer editor Sione Vake, the ferry strike could last a week.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Tonga Observer");
    }

    [Fact]
    public void A_title_after_the_before_a_verb_of_reporting_keeps_the()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Ferry strike\n\nOn Monday The Lakeside Herald reported that the ferry strike could last a week.\n", path: "content/articles/a.md"));
        keys.ShouldContain("The Lakeside Herald");
    }

    [Fact]
    public void A_masthead_word_alone_is_no_outlet()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Ferry strike\n\nThe Times reported that the ferry strike could last a week, said Mr Vake.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Times");
    }

    [Fact]
    public void An_outlet_told_something_after_lower_case_the_is_found()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Ferry strike\n\nThe union leader Mara Quist spoke on Monday, telling the Coastal Ledger: \"We will not go back to work.\"\n", path: "content/articles/a.md"));
        keys.ShouldContain("The Coastal Ledger");
    }

    [Fact]
    public void A_body_told_something_is_no_outlet()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Ferry strike\n\nThe minister told the Harbour Assembly: \"We will not give in.\"\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("The Harbour Assembly");
    }

    [Fact]
    public void A_title_told_or_cited_is_an_outlet()
    {
        Extracting.ActorKeys(Extracting.Facts(
            "Missile strike\n\nA spokesperson told the Harbour Times the attack took place at about 7:45 p.m.\n", path: "content/articles/a.md"))
            .ShouldContain("Harbour Times");
    }
}
