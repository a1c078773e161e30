using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

public class QuoteDisplayTests
{
    [Theory]
    [InlineData("a very productive meeting", "\u2026a very productive meeting")]
    [InlineData("élan and resolve", "\u2026élan and resolve")]
    [InlineData("We will not back down.", "We will not back down.")]
    [InlineData("2,000 troops by spring", "2,000 troops by spring")]
    [InlineData("", "")]
    public void A_quote_opening_in_lower_case_is_shown_as_part_of_a_sentence(string quoted, string shown) =>
        ActorArticleLinks.Shown(quoted).ShouldBe(shown);
}
