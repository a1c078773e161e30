using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// "Somchai Wattana of Kasetsart University": after "of" that follows a full name, one plain word and an organization's
/// head name the person's workplace (OrganizationNames), though "of" otherwise marks the end of a longer name.
/// </summary>
public class WorkplaceAfterNameTests
{
    [Fact]
    public void A_workplace_after_a_name_and_of_is_an_organization()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Podcast\n\nWith me are Somchai Wattana of Kasetsart University and, from Vientiane, a colleague.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Kasetsart University");
    }

    [Fact]
    public void The_of_part_of_a_body_is_not_read_apart()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Funding\n\nThe Ministry of Defence Police said the fence was cut.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Defence Police");
    }
}
