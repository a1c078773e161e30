using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A name in apposition with kin of someone ("Ilze Ozola, sister of Marta Ozola,") is a person of her own, though she shares the surname.</summary>
public class KinAppositionTests
{
    [Fact]
    public void Kin_sharing_a_surname_is_a_person_of_her_own()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Rally in Riga\n\nThousands gathered in Riga on Sunday for the opposition's last rally before the vote.\n\nIlze Ozola, sister of Marta Ozola, a candidate who left the country, addressed the crowd.\n",
            path: "content/articles/a.md"));
        keys.ShouldContain("Ilze Ozola");
        keys.ShouldContain("Marta Ozola");
    }

    [Fact]
    public void Kin_without_of_is_no_apposition()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Rally in Riga\n\nThousands gathered in Riga on Sunday for the last rally before the vote.\n\nFor Dzintars Lapsa, sister cities matter more than slogans now.\n",
            path: "content/articles/a.md"));
        keys.ShouldNotContain("Dzintars Lapsa");
    }
}
