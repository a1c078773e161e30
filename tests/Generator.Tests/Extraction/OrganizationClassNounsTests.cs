using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Organizations introduced by a lower-case class noun (words.yml's organizationClassNouns), in apposition or before the
/// name (OrganizationCues): compounds in the apposition, plurals naming two names, "is a ... company".
/// </summary>
public class OrganizationClassNounsTests
{
    private static List<string> Keys(string text) => Extracting.ActorKeys(Extracting.Facts(text, path: "content/articles/a.md"));

    [Fact]
    public void A_hyphenated_compound_in_the_apposition_counts_as_one_word()
    {
        var keys = Keys("Flight to Oslo\n\nVelora, a Lisbon-based non-profit, paid for the flight to Oslo on Monday.\n");
        keys.ShouldContain("Velora");
    }

    [Fact]
    public void A_plural_class_noun_names_both_names_joined_by_and()
    {
        var keys = Keys("Signing in Dakar\n\nOfficials from Petrolis and Gazmar, the national oil companies of the two countries, attended the signing.\n");
        keys.ShouldContain("Petrolis");
        keys.ShouldContain("Gazmar");
    }

    [Fact]
    public void A_name_that_is_a_company_after_is_is_an_organization()
    {
        var keys = Keys("Licence row\n\nThe licence went to Brenholt last year. Brenholt is a Texas company.\n");
        keys.ShouldContain("Brenholt");
    }

    [Fact]
    public void A_group_or_house_before_the_name_makes_it_an_organization()
    {
        var facts = Extracting.Facts("Detentions\n\nThe rights group Dalnov said 12 more were detained. The crew was taken ashore by the Norwegian trading house Kvalvik.\n",
            path: "content/articles/a.md");
        facts.Mentions.Where(m => m.Key == "Dalnov").Select(m => m.Kind).Distinct().ShouldHaveSingleItem().ShouldBe(ActorKind.Organization);
        Extracting.ActorKeys(facts).ShouldContain("Kvalvik");
    }

    [Fact]
    public void A_name_joined_by_for_is_whole()
    {
        var keys = Keys("Rivers\n\nThe survey was paid by Oars for Change, a Bergen-based charity, on Monday.\n");
        keys.ShouldContain("Oars for Change");
        keys.ShouldNotContain("Change");
    }

    [Fact]
    public void The_end_of_a_longer_name_or_a_short_form_is_no_organization_of_its_own()
    {
        var keys = Keys("Bank bid ends\n\nOsaka's Kanzaki Mitsuya Financial has withdrawn its offer.\n\nKanzaki, Japan's third-largest bank, tabled a higher offer. " +
                        "Tom Wray, from the campaign group Parents 4 Change, said it was sad. Jim Roe of Apex Dive Tours, a company that runs shark trips, agreed.\n");
        keys.ShouldNotContain("Kanzaki");
        keys.ShouldNotContain("Parents");
        keys.ShouldNotContain("Jim Roe of Apex Dive Tours");
    }

    [Fact]
    public void An_organization_set_off_by_a_long_apposition_still_speaks_its_quote()
    {
        var facts = Extracting.Facts("Seabed\n\nDeepline Metals, a Vancouver-listed company that applied for a commercial licence in March, said its " +
                                     "application should \"be considered on its merits and without further delay\". Deepline's chief executive did not respond.\n",
            path: "content/articles/a.md");
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Deepline Metals");
    }
}
