using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>Bodies organizations.yml knows under their own names, and the forms news writing gives them.</summary>
public class KnownBodiesTests
{
    [Fact]
    public void A_configuration_of_the_eu_council_is_the_council()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Fisheries quotas\n\nThe Danish minister will ask the Agriculture and Fisheries Council to cut the EU herring quota next month.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Council of the European Union");
    }

    [Fact]
    public void A_council_configuration_word_without_the_eu_is_left_alone()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Parks plan\n\nThe city's Environment Council met on Tuesday to discuss the new parks plan for Leeds.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Council of the European Union");
    }

    [Fact]
    public void The_african_union_commission_is_a_body_of_its_own()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Border talks\n\nThe AU Commission said on Monday that the talks between Chad and Niger would resume in June.\n", path: "content/articles/a.md"));
        keys.ShouldContain("African Union Commission");
        keys.ShouldNotContain("African Union");
    }

    [Fact]
    public void A_known_bodys_short_form_of_another_owner_is_not_the_known_body()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Budget passed\n\nThe General Assembly of Pecsvar County approved the flood budget on Thursday by 12 votes to 3.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("UN General Assembly");
    }

    [Fact]
    public void A_known_bodys_short_form_of_its_own_owner_stays_the_known_body()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Vote due\n\nThe General Assembly of the United Nations will vote on the resolution on Friday.\n", path: "content/articles/a.md"));
        keys.ShouldContain("UN General Assembly");
    }

    [Fact]
    public void A_body_named_with_its_country_before_it_is_the_body()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Debate moved\n\nThe United States Commission on Presidential Debates said the third debate would be held in Denver.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Commission on Presidential Debates");
    }

    [Fact]
    public void Regional_broadcasters_agencies_and_papers_are_known_by_acronym()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Budget row\n\nThe plan was first reported by RTHK and the Review-Journal. Figures from the NCSL and CONAF were cited.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Radio Television Hong Kong");
        keys.ShouldContain("Las Vegas Review-Journal");
        keys.ShouldContain("National Conference of State Legislatures");
        keys.ShouldContain("Corporación Nacional Forestal");
    }
}
