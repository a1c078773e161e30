using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>A lone word read as a speaker is a company when the article refers back to it as a thing (LoneOrganizationWords).</summary>
public class LoneOrganizationWordsTests
{
    private static ActorKind KindOf(string text, string key) =>
        Extracting.Facts("Results\n\n" + text).Mentions.Where(m => m.Key == key).Select(m => m.Kind).Distinct().ShouldHaveSingleItem();

    [Fact]
    public void Its_after_the_verb_of_saying_makes_an_organization()
    {
        KindOf("Fornvik said its profits had doubled in the second half.", "Fornvik").ShouldBe(ActorKind.Organization);
        KindOf("Fornvik said on Monday its plant would close.", "Fornvik").ShouldBe(ActorKind.Organization);
    }

    [Fact]
    public void Which_in_apposition_makes_an_organization()
    {
        KindOf("Tallberg, which makes the sensors, said sales would rise.", "Tallberg").ShouldBe(ActorKind.Organization);
    }

    [Fact]
    public void He_his_or_who_keep_a_person()
    {
        KindOf("Engqvist said his team had worked through the night.", "Engqvist").ShouldBe(ActorKind.Person);
        // Both readings in one article: the person wins.
        KindOf("Engqvist, who chairs the board, spoke first. Engqvist said its rules were clear.", "Engqvist").ShouldBe(ActorKind.Person);
        // "it" is too often no reference at all ("said it was time") to tell a thing.
        KindOf("Engqvist said it was time to go.", "Engqvist").ShouldBe(ActorKind.Person);
        KindOf("Engqvist said it would be hard to finish in time.", "Engqvist").ShouldBe(ActorKind.Person);
    }

    [Fact]
    public void It_as_the_subject_of_an_auxiliary_and_an_act_makes_an_organization()
    {
        KindOf("Fornvik said it would appeal against the fine.", "Fornvik").ShouldBe(ActorKind.Organization);
        KindOf("Fornvik said it had signed a contract for the new network.", "Fornvik").ShouldBe(ActorKind.Organization);
    }
}
