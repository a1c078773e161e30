using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Bodies nobody listed, by the head noun their name ends in ("the Harbour Integrity Unit", "Tamsin Asset Securities",
/// "Lorvane Cathode Materials") or by speaking after "the" ("the Velsian Voivodeship asked"): organizations, not people.
/// </summary>
public class BodyHeadNounsTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Notes\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void Unit_securities_and_materials_end_a_bodys_name()
    {
        var facts = Facts("The case was opened by the Harbour Integrity Unit in March.\n\n"
                          + "Our first question comes from Tom Varga of Tamsin Asset Securities, who covers Lorvane Cathode Materials for the bank.");
        facts.Mentions.ShouldContain(m => m.Key == "Harbour Integrity Unit" && m.Kind == ActorKind.Organization);
        facts.Mentions.ShouldContain(m => m.Key == "Tamsin Asset Securities" && m.Kind == ActorKind.Organization);
        facts.Mentions.ShouldContain(m => m.Key == "Lorvane Cathode Materials" && m.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_name_after_the_that_speaks_is_a_body()
    {
        var facts = Facts("In March the Velsian Voivodeship asked for a second environmental review of the plant.");
        facts.Mentions.ShouldContain(m => m.Key == "Velsian Voivodeship" && m.Kind == ActorKind.Organization);
        facts.Mentions.ShouldNotContain(m => m.Kind == ActorKind.Person);
    }
}
