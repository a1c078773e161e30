using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>Two names joined by "and" after "Head of ...": one organization whose name holds "and", or two actors.</summary>
public class CoordinatedOrganizationTests
{
    [Fact]
    public void A_second_organization_opening_with_its_head_and_of_is_its_own_actor()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("The study by the University of Lund and Centre for Arctic Studies was published on Monday."));
        keys.ShouldContain("University of Lund");
        keys.ShouldContain("Centre for Arctic Studies");
        keys.ShouldNotContain("University of Lund and Centre for Arctic Studies");
    }

    [Fact]
    public void A_second_organization_ending_in_its_head_is_its_own_actor()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Researchers at the Institute of Hydrology and Tallinn Polytechnic University said the lake was shrinking."));
        keys.ShouldContain("Institute of Hydrology");
        keys.ShouldNotContain("Institute of Hydrology and Tallinn Polytechnic University");
    }

    [Fact]
    public void A_person_after_and_is_not_part_of_the_organization()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("The survey was led by the University of Porto and Marta Quelhas, a marine biologist."));
        keys.ShouldContain("University of Porto");
        keys.ShouldNotContain("University of Porto and Marta Quelhas");
    }

    [Theory]
    [InlineData("The Board of Fisheries and Wildlife said on Tuesday that the quota would fall.", "Board of Fisheries and Wildlife")]
    [InlineData("The Tribunal of Land and Water Rights said on Tuesday that the claim was void.", "Tribunal of Land and Water Rights")]
    [InlineData("The Federation of Norland and Sudria said on Tuesday that it would appeal.", "Federation of Norland and Sudria")]
    public void A_name_whose_words_after_and_open_no_name_of_their_own_stays_whole(string text, string name) =>
        Extracting.ActorKeys(Extracting.Facts(text)).ShouldContain(name);

    [Fact]
    public void An_adverb_opening_a_sentence_is_not_part_of_the_name_after_it()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts("Governor Rolf Ekberg toured the valley on Friday. Afterwards Ekberg met the mayors of three towns."));
        keys.ShouldNotContain("Afterwards Ekberg");
        keys.ShouldContain("Rolf Ekberg");
    }
}
