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
}
