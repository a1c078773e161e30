using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A country's ministry written in lower case after "the", its country after "of", is that country's body.</summary>
public class LowerCaseBodiesTests
{
    [Fact]
    public void A_lower_case_ministry_of_a_country_is_its_body()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Rally in Vilnius\n\nAccording to the ministry of internal affairs of Lithuania, about 20,000 people attended the rally on Sunday.\n\nThe foreign ministry of Latvia said on Monday it had summoned the ambassador.\n",
            path: "content/articles/a.md"));
        keys.ShouldContain("Ministry of Internal Affairs of Lithuania");
        keys.ShouldContain("Ministry of Foreign Affairs of Latvia");
        keys.ShouldContain("Lithuania");
    }

    [Fact]
    public void A_ministry_without_the_is_left_alone()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Budget talks\n\nOfficials from a finance ministry of Lithuania's neighbours met in Riga on Sunday to discuss the budget.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain(k => k.StartsWith("Ministry", StringComparison.Ordinal));
    }
}
