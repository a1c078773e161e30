using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A place named after a saint ("San Carlos de Bariloche", "Santa Rosa de Lima") holds a given name and a particle, but
/// names no person (words.yml placeSaints); a trade opening a sentence before a name ("Baker Ana Roe, whose shop ...")
/// is the person's role.
/// </summary>
public class PlaceSaintsTests
{
    [Fact]
    public void A_place_named_after_a_saint_is_no_person()
    {
        const string text = "Ministers meet\n\nThe ministers of Chile and Argentina will meet in San Carlos de Bariloche on Friday. "
            + "Santa Rosa de Lima sent two fire engines, the Chilean minister said.\n";
        var keys = Extracting.ActorKeys(Extracting.Facts(text, path: "content/articles/a.md"));
        keys.ShouldNotContain("Carlos de Bariloche");
        keys.ShouldNotContain("Rosa de Lima");
    }

    [Fact]
    public void A_trade_opening_a_sentence_before_a_name_is_the_role()
    {
        const string text = "Fire nears town\n\nBaker Tadeo Villaroel Paz, whose shop faces the square, has baked bread for the brigades since Thursday.\n";
        var keys = Extracting.ActorKeys(Extracting.Facts(text, path: "content/articles/a.md"));
        keys.ShouldContain("Tadeo Villaroel Paz");
    }
}
