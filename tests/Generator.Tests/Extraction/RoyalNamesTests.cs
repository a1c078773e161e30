using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Royals news writing calls "Prince X" are the listed people (people.yml), not one-word persons "X".
/// </summary>
public class RoyalNamesTests
{
    [Fact]
    public void Prince_and_a_given_name_is_the_listed_royal()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Memorial service\n\nPrince Harry laid a wreath at the harbour memorial on Thursday, while Prince Philip sent a message to the families.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Prince Harry, Duke of Sussex");
        keys.ShouldContain("Prince Philip, Duke of Edinburgh");
        keys.ShouldNotContain("Harry");
        keys.ShouldNotContain("Philip");
    }
}
