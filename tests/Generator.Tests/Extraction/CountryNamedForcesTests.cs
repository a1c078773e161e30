using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A force named right after its country's name ("Moldova Police say") is an organization of its own (titles.yml's countryNamedForces).</summary>
public class CountryNamedForcesTests
{
    [Fact]
    public void A_police_force_named_after_its_country_is_an_organization()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Crossing closed\n\nMoldova Police say the Leuseni crossing was closed for two hours after a bomb threat.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Moldova Police");
    }

    [Fact]
    public void A_country_possessive_before_lower_case_police_stays_the_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Crossing closed\n\nMoldova's police chief resigned on Monday after the crossing was closed.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Moldova");
        keys.ShouldNotContain("Moldova Police");
    }
}
