using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>Companies and bodies read from the words around a name with no head noun (OrganizationCues).</summary>
public class OrganizationCuesTests
{
    private static ActorKind KindOf(string text, string key) =>
        Extracting.Facts(text).Mentions.Where(m => m.Key == key).Select(m => m.Kind).Distinct().ShouldHaveSingleItem();

    [Fact]
    public void A_company_that_also_speaks_stays_an_organization()
    {
        const string text = "Kelvane said on Monday it would cut 400 jobs. The steel firm Kelvane has struggled since the merger.";
        KindOf(text, "Kelvane").ShouldBe(ActorKind.Organization);
    }

    [Fact]
    public void Every_later_mention_of_a_discovered_company_is_linked()
    {
        var facts = Extracting.Facts("The grid operator runs two links. Its rival, the utility Sarnet Power, runs one.\n\nSarnet Power recorded a loss of power at midnight.\n");
        facts.Mentions.Count(m => m.Key == "Sarnet Power").ShouldBe(2);
    }

    [Fact]
    public void A_title_after_the_company_name_is_not_part_of_it()
    {
        var facts = Extracting.Facts("Analysts at the security firm Kortex Chief Executive Anna Berg said the flaw was serious.");
        Extracting.ActorKeys(facts).ShouldContain("Kortex");
        Extracting.ActorKeys(facts).ShouldNotContain("Kortex Chief Executive");
    }

    [Fact]
    public void A_glued_letter_of_a_longer_name_is_no_company()
    {
        var facts = Extracting.Facts("Retail analysts said it was bad news for M&S' margins.");
        Extracting.ActorKeys(facts).ShouldNotContain("S");
    }

    [Fact]
    public void One_of_a_class_named_in_the_plural_is_a_body()
    {
        const string text = "Two aid workers of Tarvenhilfe, one of Norway's largest aid agencies, were freed on Monday. Their families thanked Mali.";
        KindOf(text, "Tarvenhilfe").ShouldBe(ActorKind.Organization);
    }
}
