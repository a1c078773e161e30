using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A bare "Parliament" is the parliament of the country whose seats of government the article names ("Downing Street",
/// "Number 10"; countries.yml seats), even when its headline and text name another country more often.
/// </summary>
public class SeatOfGovernmentTests
{
    private const string Story =
        "Iraq memo row grows\n\n" +
        "Ministers faced new questions on Tuesday over a memo on the Iraq war that critics say was drafted at Number 10. " +
        "The memo, given to Parliament days before the vote on Iraq, set out the case for action against Iraq.\n\n" +
        "Downing Street said the memo was accurate.";

    [Fact]
    public void Parliament_in_a_story_of_downing_street_is_the_british_parliament()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(Story, path: "content/articles/a.md"));
        keys.ShouldContain("Parliament of the United Kingdom");
        keys.ShouldNotContain("Council of Representatives of Iraq");
    }

    [Fact]
    public void One_seat_word_alone_changes_nothing()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(Story.Replace("Downing Street said", "Officials said"), path: "content/articles/a.md"));
        keys.ShouldNotContain("Parliament of the United Kingdom");
    }

    [Fact]
    public void Another_countrys_commons_is_no_british_seat()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Budget vote\n\nCanada's minority government survived a confidence vote in the House of Commons on Tuesday. The budget now goes " +
            "back to the Commons for a final reading before Parliament rises for the summer, Canadian officials said.", path: "content/articles/a.md"));
        keys.ShouldNotContain("Parliament of the United Kingdom");
    }
}
