using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A sea or land feature named after someone ("Second Thomas Shoal", "Lucas Reef") is a place, never a person (words.yml nonNameWords).</summary>
public class FeatureNamePlacesTests
{
    [Fact]
    public void A_shoal_or_reef_named_with_a_given_name_is_no_person()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Standoff at sea\n\nTwo coast guard ships blocked a supply boat near Second Thomas Shoal on Monday, and a patrol later circled Lucas Reef, Captain Ana Reyes said.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Thomas Shoal");
        keys.ShouldNotContain("Lucas Reef");
        keys.ShouldContain("Ana Reyes");
    }
}
