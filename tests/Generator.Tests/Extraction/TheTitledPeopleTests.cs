using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>"the Queen" alone names Elizabeth II in an article of her reign (people.yml calledThe, until).</summary>
public class TheTitledPeopleTests
{
    [Fact]
    public void The_Queen_alone_is_Elizabeth_II()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Memorial\n\nThe Queen's grandson laid a wreath at the harbour on Thursday, and the Queen will host a reception later.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Queen Elizabeth II");
    }

    [Fact]
    public void Not_a_name_that_goes_on_nor_another_queen_nor_after_her_reign()
    {
        Extracting.ActorKeys(Extracting.Facts("Speech\n\nMinisters drafted the Queen's Speech over the summer.\n", path: "content/articles/a.md"))
            .ShouldNotContain("Queen Elizabeth II");
        Extracting.ActorKeys(Extracting.Facts("Visit\n\nQueen Rania arrived in Amman, where the Queen opened a school.\n", path: "content/articles/a.md"))
            .ShouldNotContain("Queen Elizabeth II");
        Extracting.ActorKeys(Extracting.Facts("---\ntitle: Visit\ndate: 2024-05-01\n---\nThe Queen opened a school in Leeds on Tuesday.\n", path: "content/articles/a.md"))
            .ShouldNotContain("Queen Elizabeth II");
    }
}
