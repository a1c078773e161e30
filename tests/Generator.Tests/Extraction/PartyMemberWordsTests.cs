using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A party's word describing a member named after it (PartyAffiliations): "Democratic rival Ann Roe", "a Republican, Ann Roe,".</summary>
public class PartyMemberWordsTests
{
    [Fact]
    public void A_party_word_before_a_described_member_names_the_party()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Town hall set\n\nPresident Donald Trump will face Democratic rival Marta Quill in a town hall in Washington next week.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Democratic Party");
    }

    [Fact]
    public void A_party_noun_before_a_member_in_apposition_names_the_party()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Inquiry backed\n\nSince then, a Republican, Mark Hoskins, has said the Senate inquiry in Washington should go on.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Republican Party");
    }

    [Fact]
    public void A_party_word_before_a_common_noun_names_no_party()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Inquiry backed\n\nIn Washington, Senator Dale Hoskins said Democratic values were at stake in the Senate inquiry.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Democratic Party");
    }

    [Fact]
    public void Members_in_the_plural_name_the_party_in_an_article_with_its_country_cues()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Budget vote\n\nThe spending bill passed the House in Washington with 212 Republicans in favour, and most of the opposition came from the left.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Republican Party");
    }

    [Fact]
    public void Members_in_the_plural_inside_a_longer_name_or_without_the_cues_name_no_party()
    {
        Extracting.ActorKeys(Extracting.Facts(
            "Coalition talks\n\nIn Stockholm, the Christian Democrats said the coalition talks would go on.\n", path: "content/articles/a.md"))
            .ShouldNotContain("Democratic Party");
        Extracting.ActorKeys(Extracting.Facts(
            "Coalition talks\n\nThe Republicans won the most seats in the regional vote in Lyon, the count showed.\n", path: "content/articles/a.md"))
            .ShouldNotContain("Republican Party");
    }

    [Fact]
    public void Members_in_the_plural_inside_a_quotation_name_no_party()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Rally in Ohio\n\nAt a rally in Washington, Senator Lena Marsh said: \"I am asking every voter, and plenty of Republicans too, to join us.\"\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Republican Party");
    }
}
