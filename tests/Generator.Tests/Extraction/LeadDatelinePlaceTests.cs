using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A Markdown article keeps its dateline in the lead; its place still names the article's own country.</summary>
public class LeadDatelinePlaceTests
{
    [Fact]
    public void A_markdown_wire_dateline_gives_the_lower_case_ministry_its_country()
    {
        const string text = "Japan weighs talks with Russia\n\nTOKYO, Mar 9 - Japan will send a senior diplomat to Moscow next week to discuss a fishing boat detained by Russia, the foreign ministry said on Monday.\n\nJapan and Russia have argued over the islands for decades, and Russia said it would not return the boat.\n";
        var keys = Extracting.ActorKeys(Extracting.Facts(text, path: "content/articles/a.md"));
        keys.ShouldContain("Ministry of Foreign Affairs of Japan");
        keys.ShouldNotContain("Ministry of Foreign Affairs of Russia");
    }

    [Fact]
    public void A_date_before_a_hyphen_makes_a_dateline()
    {
        var d = BriefingSite.Normalize.Dateline.Parse("TOKYO, Mar 9 - Japan will send a diplomat.");
        d.ShouldNotBeNull();
        d!.Place.ShouldBe("Tokyo");
        d.Rest.ShouldBe("Japan will send a diplomat.");
    }
}
